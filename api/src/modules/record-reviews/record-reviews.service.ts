import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  londonToday,
  PERMISSIONS,
  REVIEW_DECISION_LABELS,
  REVIEW_NEXT_MAX_YEARS,
  REVIEW_SUBJECT_KIND_LABELS,
  reviewDecisionsFor,
  type ReviewSubjectKind,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { disposeOfNominal } from './record-disposal.js';
import type {
  RecordReviewDueObject,
  RecordReviewDuePageObject,
  RecordReviewObject,
  RecordReviewPageObject,
  RecordReviewsArgs,
  ReviewRecordInput,
} from './record-review.objects.js';

/** The records due, with their lead officers: a group's own, or those of the groups a nominal is in. */
const DUE_SQL = `
WITH due AS (
  SELECT 'OCG'::text AS kind, o.id, o.reference, o.name, o.next_review_on, o.created_at, o.version,
         CASE WHEN o.lro_user_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[o.lro_user_id] END AS leads
    FROM ocg o WHERE o.panel_id = $1 AND o.next_review_on <= $2::date AND o.archived_at IS NULL
  UNION ALL
  SELECT 'NOMINAL', n.id, n.reference, concat_ws(' ', nullif(n.forenames, ''), upper(n.surname)), n.next_review_on, n.created_at, n.version,
         ARRAY(SELECT DISTINCT o.lro_user_id FROM ocg_nominal l JOIN ocg o ON o.id = l.ocg_id
                WHERE l.nominal_id = n.id AND o.lro_user_id IS NOT NULL)
    FROM nominal n WHERE n.panel_id = $1 AND n.next_review_on <= $2::date AND n.archived_at IS NULL),
mine AS (SELECT * FROM due WHERE ($3 OR $4::uuid = ANY (leads)) AND ($7::uuid IS NULL OR id = $7::uuid))
SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM mine) t LEFT JOIN LATERAL (
  SELECT m.kind, m.id, $1::uuid AS "panelId", m.reference, m.name, m.next_review_on::text AS "nextReviewOn", m.created_at AS "createdAt", m.version,
         m.leads AS "leadOfficerIds"
    FROM mine m ORDER BY m.next_review_on, m.reference LIMIT $5 OFFSET $6) p ON true`;

interface Subject {
  id: string;
  panel_id: string;
  reference: string;
  next_review_on: string | null;
  created_at: Date;
  version: number;
  lead: boolean;
}

/**
 * Review and retention (MoPI). The chair and coordinator see every record of the panel whose review date has come,
 * a lead officer those of their groups and of the nominals in them; each decision is kept (`record_review`) and
 * applied in the same transaction: retained to a new date, archived, or the nominal disposed of (record-disposal).
 */
@Injectable()
export class RecordReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async due(ctx: RequestContext, args: RecordReviewsArgs, only: string | null = null): Promise<RecordReviewDuePageObject> {
    const viewer = this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_REVIEW);
    const all = this.access.holdsInPanel(viewer, args.panelId, PERMISSIONS.RECORD_REVIEW_ALL);
    const rows: (Omit<RecordReviewDueObject, 'id'> & { id: string | null; total: number })[] = await this.dataSource.query(DUE_SQL, [
      args.panelId,
      londonToday(new Date()),
      all,
      viewer.userId,
      args.limit,
      args.offset,
      only,
    ]);
    const nodes = rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => ({ ...r, id: r.id as string }));
    return { nodes, totalCount: rows[0]?.total ?? 0 };
  }

  /** One record of the queue, for its decision page; null when it is not due, or not the caller's to review. */
  async dueOne(ctx: RequestContext, panelId: string, id: string): Promise<RecordReviewDueObject | null> {
    return (await this.due(ctx, { panelId, limit: 1, offset: 0 }, id)).nodes[0] ?? null;
  }

  async decisions(ctx: RequestContext, args: RecordReviewsArgs): Promise<RecordReviewPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.RECORD_REVIEW);
    const rows: (RecordReviewObject & { total: number; decidedById: string | null })[] = await this.dataSource.query(
      `SELECT count(*) OVER ()::int AS total, r.id, r.subject_kind AS "subjectKind", r.subject_id AS "subjectId", r.reference,
              r.due_on::text AS "dueOn", r.decision, r.rationale, r.next_review_on::text AS "nextReviewOn",
              cardinality(r.erased) AS "erasedCount", r.decided_at AS "decidedAt", u.name AS "decidedBy"
         FROM record_review r LEFT JOIN app_user u ON u.id = r.decided_by
        WHERE r.panel_id = $1 ORDER BY r.decided_at DESC, r.id LIMIT $2 OFFSET $3`,
      [args.panelId, args.limit, args.offset],
    );
    return { nodes: rows.map(({ total: _t, ...r }) => r), totalCount: rows[0]?.total ?? 0 };
  }

  async decide(ctx: RequestContext, input: ReviewRecordInput): Promise<RecordReviewObject> {
    const viewer = this.access.requireViewer(ctx);
    const today = londonToday(new Date());
    return this.dataSource.transaction(async (m) => {
      const subject = await lockSubject(m, input.kind, input.id, viewer.userId);
      const what = REVIEW_SUBJECT_KIND_LABELS[input.kind];
      if (!subject) throw AppError.notFound(what);
      this.access.requireInPanel(ctx, subject.panel_id, PERMISSIONS.RECORD_REVIEW);
      if (!subject.lead && !this.access.holdsInPanel(viewer, subject.panel_id, PERMISSIONS.RECORD_REVIEW_ALL)) {
        throw AppError.forbidden(
          `Only the chair, the coordinator or a lead officer of the ${input.kind === 'OCG' ? 'group' : 'nominal’s groups'} can review it`,
        );
      }
      const entityType = input.kind === 'OCG' ? 'Ocg' : 'Nominal';
      if (subject.version !== input.version) {
        throw AppError.conflict(`This ${what.toLowerCase()}`, await this.audit.changedSince(m, entityType, subject.id, input.version), entityType);
      }
      AppError.refuseIf('decision', decisionProblem(input, subject, today));

      const erased = input.decision === 'DISPOSE' ? await disposeOfNominal(m, subject.id) : [];
      if (input.decision === 'RETAIN') {
        await m.query(`UPDATE ${entityTable(input.kind)} SET next_review_on = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
          subject.id,
          input.nextReviewOn,
        ]);
      } else if (input.decision === 'ARCHIVE') {
        await m.query(
          `UPDATE ${entityTable(input.kind)} SET archived_at = now(), next_review_on = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
          [subject.id],
        );
      }
      const [review]: { id: string; decided_at: Date }[] = await m.query(
        `INSERT INTO record_review (panel_id, subject_kind, subject_id, reference, due_on, decision, rationale, next_review_on, held_since, erased, decided_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, decided_at`,
        [
          subject.panel_id,
          input.kind,
          subject.id,
          subject.reference,
          subject.next_review_on,
          input.decision,
          input.rationale.trim(),
          input.decision === 'RETAIN' ? input.nextReviewOn : null,
          subject.created_at,
          erased,
          viewer.userId,
        ],
      );
      if (erased.length) await m.query(`SELECT redact_disposed_audit($1)`, [review.id]);
      await this.audit.recordChanges(m, ctx, [
        {
          panelId: subject.panel_id,
          entityType,
          entityId: subject.id,
          action: input.decision === 'DISPOSE' ? 'DELETE' : 'UPDATE',
          before: { review: subject.next_review_on },
          after: { review: REVIEW_DECISION_LABELS[input.decision], nextReviewOn: input.decision === 'RETAIN' ? input.nextReviewOn : null },
        },
        {
          panelId: subject.panel_id,
          entityType: 'RecordReview',
          entityId: review.id,
          action: 'CREATE',
          after: { reference: subject.reference, decision: input.decision, erased: erased.length },
        },
      ]);
      return {
        id: review.id,
        subjectKind: input.kind,
        subjectId: subject.id,
        reference: subject.reference,
        dueOn: subject.next_review_on as string,
        decision: input.decision,
        rationale: input.rationale.trim(),
        nextReviewOn: input.decision === 'RETAIN' ? (input.nextReviewOn as string) : null,
        erasedCount: erased.length,
        decidedAt: review.decided_at,
        decidedBy: viewer.name,
      };
    });
  }
}

const entityTable = (kind: ReviewSubjectKind) => (kind === 'OCG' ? 'ocg' : 'nominal');

/** The record, locked for the decision, if the caller can see it; `lead` when the caller leads it (or one of its groups). */
async function lockSubject(m: EntityManager, kind: ReviewSubjectKind, id: string, userId: string): Promise<Subject | null> {
  const lead =
    kind === 'OCG'
      ? `s.lro_user_id = $2`
      : `EXISTS (SELECT 1 FROM ocg_nominal l JOIN ocg o ON o.id = l.ocg_id WHERE l.nominal_id = s.id AND o.lro_user_id = $2)`;
  const [row]: Subject[] = await m.query(
    `SELECT s.id, s.panel_id, s.reference, s.next_review_on::text AS next_review_on, s.created_at, s.version, ${lead} AS lead
       FROM ${entityTable(kind)} s WHERE s.id = $1 AND s.archived_at IS NULL FOR UPDATE OF s`,
    [id, userId],
  );
  return row ?? null;
}

function decisionProblem(input: ReviewRecordInput, subject: Subject, today: string): string | null {
  if (!subject.next_review_on || subject.next_review_on > today) {
    return `${subject.reference} is not due for review${subject.next_review_on ? ` until ${subject.next_review_on}` : ''}`;
  }
  if (!reviewDecisionsFor(input.kind).includes(input.decision)) {
    return 'A group carries the panel’s outcome figures: archive it, and dispose of its nominals one by one';
  }
  if (input.decision !== 'RETAIN') return input.nextReviewOn ? 'Give a next review date only to retain the record' : null;
  if (!input.nextReviewOn) return 'Enter the next review date to retain the record';
  if (input.nextReviewOn <= today) return 'The next review date must be in the future';
  const latest = `${Number(today.slice(0, 4)) + REVIEW_NEXT_MAX_YEARS}${today.slice(4)}`;
  if (input.nextReviewOn > latest) return `The next review date must be within ${REVIEW_NEXT_MAX_YEARS} years`;
  return null;
}
