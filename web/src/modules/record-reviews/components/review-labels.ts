import { REVIEW_DECISION_LABELS, REVIEW_SUBJECT_KIND_LABELS, type ReviewDecision, type ReviewSubjectKind } from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const kindLabel = (kind: string) => REVIEW_SUBJECT_KIND_LABELS[kind as ReviewSubjectKind] ?? kind;
export const decisionLabel = (decision: string) => REVIEW_DECISION_LABELS[decision as ReviewDecision] ?? decision;
export const DECISION_COLOURS: Record<ReviewDecision, TagColour> = { RETAIN: 'blue', ARCHIVE: 'grey', DISPOSE: 'red' };

/** Where the record is read: the group's page or the nominal's. */
export const recordPath = (kind: string, id: string) => (kind === 'OCG' ? `/ocgs/${id}` : `/nominals/${id}`);
