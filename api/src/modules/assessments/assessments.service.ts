import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { addMonths, ASSESSMENT_SECTIONS, buildAssessmentContent } from './assessment-content.js';
import { AssessmentEntity } from './assessment.entity.js';
import type { AnnotateAssessmentInput, AssessmentObject, GenerateAssessmentArgs } from './assessment.objects.js';

const WHAT = 'This assessment';

/** What a change to a draft sets, and the audited fields before and after it. */
interface DraftChange {
  set: Partial<Pick<AssessmentEntity, 'annotations' | 'status' | 'publishedAt' | 'publishedBy'>>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * Six-monthly assessments: generated from the records, annotated by the chair, published to members as a
 * locked version; a later change is a new version.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, panelId: string): Promise<AssessmentObject[]> {
    const viewer = this.access.requirePanel(ctx, panelId, PERMISSIONS.ASSESSMENT_READ);
    const drafts = this.access.holdsInPanel(viewer, panelId, PERMISSIONS.MEETING_MANAGE);
    const rows = await this.dataSource.getRepository(AssessmentEntity).find({
      where: drafts ? { panelId } : { panelId, status: 'PUBLISHED' },
      order: { periodTo: 'DESC', version: 'DESC' },
    });
    return rows.map(toAssessmentObject);
  }

  async get(ctx: RequestContext, id: string): Promise<AssessmentObject> {
    return toAssessmentObject(await this.find(this.dataSource.manager, ctx, id));
  }

  async generate(ctx: RequestContext, args: GenerateAssessmentArgs): Promise<AssessmentObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.MEETING_MANAGE);
    const to = args.periodTo ?? londonToday();
    if (Number.isNaN(Date.parse(`${to}T00:00:00Z`))) throw AppError.badInput('periodTo', 'Enter a real date');
    const from = addMonths(dayAfter(to), -6);
    const saved = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('assessment:' || $1))`, [args.panelId]);
      const repo = m.getRepository(AssessmentEntity);
      const latest = await repo.findOne({ where: { panelId: args.panelId, periodFrom: from, periodTo: to }, order: { version: 'DESC' } });
      if (latest?.status === 'PUBLISHED') {
        throw new AppError('CONFLICT', 'The assessment for this period is published. Revise it to make a new version.');
      }
      const content = await buildAssessmentContent(m, args.panelId, from, to);
      if (latest) {
        // Regenerating a draft refreshes its figures and keeps the chair's notes.
        await m.query(`UPDATE assessment SET content = $2, edit_version = edit_version + 1, updated_at = now() WHERE id = $1`, [
          latest.id,
          JSON.stringify(content),
        ]);
        await this.audit.recordChange(m, ctx, {
          panelId: args.panelId,
          entityType: 'Assessment',
          entityId: latest.id,
          action: 'UPDATE',
          before: { editVersion: latest.editVersion },
          after: { regenerated: true, editVersion: latest.editVersion + 1 },
        });
        return repo.findOneByOrFail({ id: latest.id });
      }
      const created = await repo.save(
        repo.create({
          panelId: args.panelId,
          periodFrom: from,
          periodTo: to,
          version: 1,
          status: 'DRAFT',
          content,
          annotations: {},
          createdBy: ctx.viewer?.userId ?? null,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: args.panelId,
        entityType: 'Assessment',
        entityId: created.id,
        action: 'CREATE',
        after: { periodFrom: from, periodTo: to, version: 1 },
      });
      return created;
    });
    return toAssessmentObject(saved);
  }

  /**
   * Notes are saved one section at a time, against the edit version the note was written on: only a change to the
   * same section's note since then is a CONFLICT, so that notes on other sections saved meanwhile are never in the way.
   */
  async annotate(ctx: RequestContext, input: AnnotateAssessmentInput): Promise<AssessmentObject> {
    const text = plainText(input.text);
    return this.change(ctx, input.id, async (m, current) => {
      if (current.editVersion !== input.editVersion) {
        const changed = await this.audit.changedSince(m, 'Assessment', current.id, input.editVersion, { counter: 'editVersion' });
        if (changed.includes(input.section)) throw AppError.conflict(WHAT, [input.section], 'Assessment');
      }
      const annotations = { ...current.annotations };
      if (text) annotations[input.section] = text;
      else delete annotations[input.section];
      return {
        set: { annotations },
        before: { [input.section]: current.annotations[input.section] ?? null },
        after: { [input.section]: text || null },
      };
    });
  }

  async publish(ctx: RequestContext, id: string, version: number): Promise<AssessmentObject> {
    return this.change(ctx, id, async (_m, current) => {
      if (current.version !== version) throw AppError.conflict(WHAT, []);
      return {
        set: { status: 'PUBLISHED', publishedAt: new Date(), publishedBy: ctx.viewer?.userId ?? null },
        before: { status: current.status },
        after: { status: 'PUBLISHED' },
      };
    });
  }

  async revise(ctx: RequestContext, id: string): Promise<AssessmentObject> {
    const saved = await this.dataSource.transaction(async (m) => {
      const current = await this.find(m, ctx, id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      if (current.status !== 'PUBLISHED') throw new AppError('CONFLICT', 'This version is still a draft: change it directly.');
      const repo = m.getRepository(AssessmentEntity);
      const latest = await repo.findOne({
        where: { panelId: current.panelId, periodFrom: current.periodFrom, periodTo: current.periodTo },
        order: { version: 'DESC' },
      });
      if (latest && latest.version !== current.version)
        throw new AppError('CONFLICT', `Version ${latest.version} of this assessment already exists.`);
      const created = await repo.save(
        repo.create({
          panelId: current.panelId,
          periodFrom: current.periodFrom,
          periodTo: current.periodTo,
          version: current.version + 1,
          status: 'DRAFT',
          content: current.content,
          annotations: current.annotations,
          createdBy: ctx.viewer?.userId ?? null,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Assessment',
        entityId: created.id,
        action: 'CREATE',
        after: { revises: current.id, version: created.version },
      });
      return created;
    });
    return toAssessmentObject(saved);
  }

  /**
   * A change to a draft, never a published one, by a manager: `apply` checks what the caller saw and answers what to
   * set; the edit version moves on with it, and the audit row records the change.
   */
  private async change(
    ctx: RequestContext,
    id: string,
    apply: (m: EntityManager, current: AssessmentEntity) => Promise<DraftChange>,
  ): Promise<AssessmentObject> {
    const saved = await this.dataSource.transaction(async (m) => {
      const current = await this.find(m, ctx, id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      if (current.status !== 'DRAFT') throw new AppError('CONFLICT', 'This version is published and locked. Revise it to make a new version.');
      const { set, before, after } = await apply(m, current);
      const editVersion = current.editVersion + 1;
      await m.getRepository(AssessmentEntity).update({ id: current.id }, { ...set, editVersion, updatedAt: new Date() });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Assessment',
        entityId: current.id,
        action: 'UPDATE',
        before: { ...before, editVersion: current.editVersion },
        after: { ...after, editVersion },
      });
      return m.getRepository(AssessmentEntity).findOneByOrFail({ id });
    });
    return toAssessmentObject(saved);
  }

  /** Drafts exist only for those who manage meetings; to anyone else they are not found. */
  private async find(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<AssessmentEntity> {
    const scope = this.access.scope(ctx, PERMISSIONS.ASSESSMENT_READ);
    const cond = scopeCondition(scope, 'a.panel_id');
    const qb = m.getRepository(AssessmentEntity).createQueryBuilder('a').where('a.id = :id', { id }).andWhere(cond.sql, cond.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    const viewer = this.access.requireViewer(ctx);
    if (!row || (row.status === 'DRAFT' && !this.access.holdsInPanel(viewer, row.panelId, PERMISSIONS.MEETING_MANAGE)))
      throw AppError.notFound('Assessment');
    return row;
  }
}

// Control characters other than the line feed.
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g;

/** Notes are plain text: control characters other than line breaks are dropped, and the web shows them as text. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

export function toAssessmentObject(a: AssessmentEntity): AssessmentObject {
  return {
    id: a.id,
    panelId: a.panelId,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    version: a.version,
    editVersion: a.editVersion,
    status: a.status,
    content: JSON.stringify(a.content),
    annotations: ASSESSMENT_SECTIONS.filter((s) => a.annotations[s]).map((s) => ({ section: s, text: a.annotations[s] })),
    publishedAt: a.publishedAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
