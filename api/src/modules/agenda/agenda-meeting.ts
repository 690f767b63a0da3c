import { MEETING_STATUS_LABELS, type MeetingStatus } from '@sentinel/shared';
import { AppError } from '../../core/errors/app-error.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';

/** Statuses in which the agenda may be built from the template before the meeting runs. */
export const BUILDABLE: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED'];
/** Items can still be added or changed during the meeting (any other business), not once it has closed. */
export const EDITABLE: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED', 'IN_PROGRESS'];

export function requireStatus(meeting: MeetingEntity, allowed: readonly MeetingStatus[], doing: string): void {
  if (!allowed.includes(meeting.status)) {
    throw AppError.badInput('status', `You cannot ${doing} while the meeting is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}`);
  }
}
