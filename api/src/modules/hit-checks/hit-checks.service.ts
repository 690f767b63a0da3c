import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PANEL_ROLES, PERMISSIONS, roleHolds, type MeetingStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { MailService } from '../../core/mail/mail.service.js';
import { requireStatus } from '../agenda/agenda-meeting.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { hitCheckMail, type CirculatedCheck } from './hit-check-mail.js';
import {
  HIT_CHECK_MAX_SUBJECTS,
  type AnswerHitCheckInput,
  type HitCheckDetailObject,
  type HitCheckObject,
  type HitCheckSubjectObject,
} from './hit-check.objects.js';

/** The roles that answer for their agency: everyone on the panel but observers. */
const ANSWERING_ROLES = PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.HIT_CHECK_ANSWER));
/** Answers may be given, or changed, until the meeting closes. */
const ANSWERABLE: readonly MeetingStatus[] = ['AGENDA_PUBLISHED', 'IN_PROGRESS'];

/**
 * The check, its subjects and the answers, for one viewer's agency, in one statement: $1 meeting, $2 the viewer's
 * agency (or none). Which agencies hold something is told to everyone who reads the agenda; what they hold is not
 * read here.
 */
const CHECK_SQL = `
SELECT c.id, c.panel_id, c.meeting_id, c.circulated_at, u.name AS circulated_by,
       (SELECT count(*)::int FROM agency a WHERE a.panel_id = c.panel_id) AS asked,
       (SELECT count(*)::int FROM (SELECT a.agency_id FROM hit_check_answer a JOIN hit_check_subject s ON s.id = a.subject_id
                                    WHERE s.hit_check_id = c.id GROUP BY a.agency_id
                                   HAVING count(*) = (SELECT count(*) FROM hit_check_subject x WHERE x.hit_check_id = c.id)) f) AS answered,
       EXISTS (SELECT 1 FROM agency a WHERE a.id = $2 AND a.panel_id = c.panel_id) AS own_agency,
       coalesce((SELECT json_agg(json_build_object(
           'id', s.id, 'kind', s.subject_kind, 'reference', s.reference,
           'heldBy', coalesce((SELECT json_agg(ag.name ORDER BY lower(ag.name)) FROM hit_check_answer a JOIN agency ag ON ag.id = a.agency_id
                                WHERE a.subject_id = s.id AND a.hit), '[]'::json),
           'yourAnswer', mine.hit, 'yourDetail', mine.detail) ORDER BY s.position)
           FROM hit_check_subject s LEFT JOIN hit_check_answer mine ON mine.subject_id = s.id AND mine.agency_id = $2
          WHERE s.hit_check_id = c.id), '[]'::json) AS subjects
  FROM hit_check c LEFT JOIN app_user u ON u.id = c.circulated_by
 WHERE c.meeting_id = $1`;

/**
 * The subjects of a published agenda: the groups of its items that are open to every agency, then those groups'
 * nominals, each once. A group under an item restricted to some agencies is not circulated: the others may not know
 * it is on the agenda. $1 meeting.
 */
const SUBJECTS_SQL = `
WITH g AS (
  SELECT DISTINCT o.id, o.reference FROM agenda_item ai
    JOIN agenda_item_record r ON r.agenda_item_id = ai.id AND r.record_kind = 'OCG'
    JOIN ocg o ON o.id = r.record_id
   WHERE ai.meeting_id = $1 AND cardinality(ai.restricted_to) = 0
),
n AS (SELECT DISTINCT nm.id, nm.reference FROM g JOIN ocg_nominal x ON x.ocg_id = g.id JOIN nominal nm ON nm.id = x.nominal_id)
SELECT 'OCG' AS kind, id, reference FROM g
UNION ALL
SELECT 'NOMINAL', id, reference FROM n
ORDER BY 1 DESC, 3`;

interface CheckRow {
  id: string;
  panel_id: string;
  meeting_id: string;
  circulated_at: Date;
  circulated_by: string | null;
  asked: number;
  answered: number;
  own_agency: boolean;
  subjects: Omit<HitCheckSubjectObject, 'detailsOpen'>[];
}

/**
 * Hit/no-hit before a meeting (the Government Agency Intelligence Network's practice): the chair circulates the
 * agenda's subjects by reference; each agency answers, for each, whether it holds something; the agenda shows which
 * agencies do; what they hold passes only between those agencies, and each reading of another agency's answer is a
 * disclosure in the s.62 log.
 */
@Injectable()
export class HitChecksService {
  private readonly logger = new Logger('HitChecks');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly mail: MailService,
  ) {}

  /** The meeting's check, or null before it is circulated; NOT_FOUND as for the agenda while the viewer may not read it. */
  async check(ctx: RequestContext, meetingId: string, m: EntityManager = this.dataSource.manager): Promise<HitCheckObject | null> {
    const view = await this.meetings.findAgenda(m, ctx, meetingId);
    const viewer = this.access.requireViewer(ctx);
    const [row]: CheckRow[] = await m.query(CHECK_SQL, [view.meeting.id, viewer.agencyId]);
    if (!row) return null;
    const answering = row.own_agency && this.access.holdsInPanel(viewer, row.panel_id, PERMISSIONS.HIT_CHECK_ANSWER);
    const reads = answering && this.access.holdsInPanel(viewer, row.panel_id, PERMISSIONS.PERSONAL_DATA_READ);
    return {
      id: row.id,
      meetingId: row.meeting_id,
      circulatedAt: row.circulated_at,
      circulatedBy: row.circulated_by,
      agenciesAsked: row.asked,
      agenciesAnswered: row.answered,
      answering,
      subjects: row.subjects.map((s) => ({
        ...s,
        yourAnswer: row.own_agency ? s.yourAnswer : null,
        yourDetail: row.own_agency ? s.yourDetail : null,
        detailsOpen: reads && s.yourAnswer === true,
      })),
    };
  }

  /** The chair circulates the published agenda's subjects; every member who answers for an agency is asked by mail. */
  async circulate(ctx: RequestContext, meetingId: string): Promise<HitCheckObject> {
    const { recipients, circulated } = await this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, ['AGENDA_PUBLISHED'], 'circulate the subjects');
      const done: unknown[] = await m.query(`SELECT 1 FROM hit_check WHERE meeting_id = $1`, [meeting.id]);
      if (done.length) throw AppError.badInput('meetingId', 'The subjects of this meeting have already been circulated');
      const subjects: { kind: string; id: string; reference: string }[] = await m.query(SUBJECTS_SQL, [meeting.id]);
      if (!subjects.length) throw AppError.badInput('meetingId', 'No group is on the agenda for everyone: add the groups to discuss first');
      if (subjects.length > HIT_CHECK_MAX_SUBJECTS) {
        throw AppError.badInput('meetingId', `The agenda names ${subjects.length} groups and nominals: circulate at most ${HIT_CHECK_MAX_SUBJECTS}`);
      }
      const [check]: { id: string }[] = await m.query(
        `INSERT INTO hit_check (panel_id, meeting_id, circulated_by) VALUES ($1, $2, $3) RETURNING id`,
        [meeting.panelId, meeting.id, ctx.viewer?.userId ?? null],
      );
      await m.query(
        `INSERT INTO hit_check_subject (hit_check_id, panel_id, subject_kind, subject_id, reference, position)
         SELECT $1, $2, s.kind, s.id, s.reference, s.position
           FROM jsonb_to_recordset($3::jsonb) AS s(kind varchar, id uuid, reference varchar, position int)`,
        [check.id, meeting.panelId, JSON.stringify(subjects.map((s, i) => ({ ...s, position: i + 1 })))],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'HitCheck',
        entityId: check.id,
        action: 'CREATE',
        after: { meetingId: meeting.id, subjects: subjects.map((s) => s.reference) },
      });
      const rows: { email: string }[] = await m.query(
        `SELECT DISTINCT u.email FROM membership ms JOIN app_user u ON u.id = ms.user_id
          WHERE ms.panel_id = $1 AND ms.role = ANY($2) AND u.disabled_at IS NULL`,
        [meeting.panelId, ANSWERING_ROLES],
      );
      const circulated: CirculatedCheck = {
        panelId: meeting.panelId,
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        startsAt: meeting.startsAt,
        subjects: subjects.length,
      };
      return { recipients: rows.map((r) => r.email), circulated };
    });
    // After the commit: a mail server that is down must not undo the circulation.
    await this.mail
      .sendAll(recipients.map((to) => hitCheckMail(to, circulated, this.mail.publicUrl)))
      .catch(() => this.logger.warn('Subjects circulated; the requests could not be recorded in the mail log'));
    return (await this.check(ctx, meetingId))!;
  }

  /** The viewer's agency answers, for some or all subjects; an answer may be changed until the meeting closes. */
  async answer(ctx: RequestContext, input: AnswerHitCheckInput): Promise<HitCheckObject> {
    const viewer = this.access.requireViewer(ctx);
    const scope = this.access.scope(ctx, PERMISSIONS.HIT_CHECK_ANSWER);
    const meetingId = await this.dataSource.transaction(async (m) => {
      const [check]: { id: string; panel_id: string; meeting_id: string; status: MeetingStatus }[] = await m.query(
        `SELECT c.id, c.panel_id, c.meeting_id, mt.status FROM hit_check c JOIN meeting mt ON mt.id = c.meeting_id
          WHERE c.id = $1 AND c.panel_id = ANY($2::uuid[]) FOR UPDATE OF c`,
        [input.checkId, scope.all ? null : scope.panelIds],
      );
      if (!check) throw AppError.notFound('Hit/no-hit check');
      if (!ANSWERABLE.includes(check.status)) throw AppError.badInput('checkId', 'The meeting has closed: its check can no longer be answered');
      const own: unknown[] = await m.query(`SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2`, [viewer.agencyId, check.panel_id]);
      if (!own.length) throw new AppError('FORBIDDEN', 'Only members of the panel’s agencies answer for their agency');
      const ids = input.answers.map((a) => a.subjectId);
      if (new Set(ids).size !== ids.length) throw AppError.badInput('answers', 'Answer each subject once');
      input.answers.forEach((a, i) => {
        if (!a.hit && a.detail?.trim())
          throw AppError.badInput(`answers.${i}.detail`, 'Say what your agency holds only for a subject it holds something on');
      });
      const [{ n }]: { n: number }[] = await m.query(
        `SELECT count(*)::int AS n FROM hit_check_subject WHERE hit_check_id = $1 AND id = ANY($2::uuid[])`,
        [check.id, ids],
      );
      if (n !== ids.length) throw AppError.badInput('answers', 'One of the subjects is not in this check: reload the page and answer again');
      const answers = input.answers.map((a) => ({ subject_id: a.subjectId, hit: a.hit, detail: a.hit ? a.detail?.trim() || null : null }));
      await m.query(
        `INSERT INTO hit_check_answer (subject_id, agency_id, panel_id, hit, detail, answered_by)
         SELECT a.subject_id, $1, $2, a.hit, a.detail, $3 FROM jsonb_to_recordset($4::jsonb) AS a(subject_id uuid, hit boolean, detail varchar)
         ON CONFLICT (subject_id, agency_id) DO UPDATE SET hit = EXCLUDED.hit, detail = EXCLUDED.detail,
                                                           answered_by = EXCLUDED.answered_by, answered_at = now()`,
        [viewer.agencyId, check.panel_id, viewer.userId, JSON.stringify(answers)],
      );
      await this.audit.recordChange(m, ctx, {
        panelId: check.panel_id,
        entityType: 'HitCheckAnswer',
        entityId: check.id,
        action: 'UPDATE',
        after: {
          agencyId: viewer.agencyId,
          hits: answers.filter((a) => a.hit).map((a) => a.subject_id),
          noHits: answers.filter((a) => !a.hit).map((a) => a.subject_id),
        },
      });
      return check.meeting_id;
    });
    return (await this.check(ctx, meetingId))!;
  }

  /**
   * What every agency holding something on a subject said it holds, for a member of one of them who may read
   * personal data. Reading the other agencies' answers is their disclosure to the viewer's agency: logged.
   */
  async details(ctx: RequestContext, subjectId: string): Promise<HitCheckDetailObject[]> {
    const viewer = this.access.requireViewer(ctx);
    const scope = this.access.scope(ctx, PERMISSIONS.HIT_CHECK_ANSWER);
    const [subject]: { id: string; panel_id: string; subject_kind: 'OCG' | 'NOMINAL'; subject_id: string; own_hit: boolean | null }[] =
      await this.dataSource.query(
        `SELECT s.id, s.panel_id, s.subject_kind, s.subject_id,
                (SELECT a.hit FROM hit_check_answer a WHERE a.subject_id = s.id AND a.agency_id = $3) AS own_hit
           FROM hit_check_subject s WHERE s.id = $1 AND s.panel_id = ANY($2::uuid[])`,
        [subjectId, scope.all ? null : scope.panelIds, viewer.agencyId],
      );
    if (!subject) throw AppError.notFound('Subject');
    if (subject.own_hit !== true || !this.access.holdsInPanel(viewer, subject.panel_id, PERMISSIONS.PERSONAL_DATA_READ)) {
      throw new AppError('FORBIDDEN', 'Only agencies that hold something on this subject, and may receive personal data, see what the others hold');
    }
    const rows: { agency_id: string; agency_name: string; detail: string | null; answered_at: Date }[] = await this.dataSource.query(
      `SELECT a.agency_id, ag.name AS agency_name, a.detail, a.answered_at FROM hit_check_answer a JOIN agency ag ON ag.id = a.agency_id
        WHERE a.subject_id = $1 AND a.hit ORDER BY lower(ag.name)`,
      [subject.id],
    );
    if (rows.some((r) => r.agency_id !== viewer.agencyId)) {
      await this.audit.disclosed(ctx, {
        panelId: subject.panel_id,
        toAgencyId: viewer.agencyId,
        purpose: 'Hit/no-hit: what the other agencies hold',
        subjects: { [subject.subject_kind === 'OCG' ? 'Ocg' : 'Nominal']: [subject.subject_id] },
      });
    }
    return rows.map((r) => ({ agencyName: r.agency_name, detail: r.detail, answeredAt: r.answered_at }));
  }
}
