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
        await m.query(`UPDATE assessment SET content = $2, updated_at = now() WHERE id = $1`, [latest.id, JSON.stringify(content)]);
        await this.audit.recordChange(m, ctx, {
          panelId: args.panelId,
          entityType: 'Assessment',
          entityId: latest.id,
          action: 'UPDATE',
          after: { regenerated: true },
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

  async annotate(ctx: RequestContext, input: AnnotateAssessmentInput): Promise<AssessmentObject> {
    const text = plainText(input.text);
    return this.change(ctx, input.id, input.version, async (m, current) => {
      const annotations = { ...current.annotations };
      if (text) annotations[input.section] = text;
      else delete annotations[input.section];
      await m.getRepository(AssessmentEntity).update({ id: current.id }, { annotations, updatedAt: new Date() });
      return { section: input.section, text };
    });
  }

  async publish(ctx: RequestContext, id: string, version: number): Promise<AssessmentObject> {
    return this.change(ctx, id, version, async (m, current) => {
      await m
        .getRepository(AssessmentEntity)
        .update({ id: current.id }, { status: 'PUBLISHED', publishedAt: new Date(), publishedBy: ctx.viewer?.userId ?? null, updatedAt: new Date() });
      return { status: 'PUBLISHED' };
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

  /** A change to a draft: manager only, the version the caller saw, never a published one. */
  private async change(
    ctx: RequestContext,
    id: string,
    version: number,
    apply: (m: EntityManager, current: AssessmentEntity) => Promise<Record<string, unknown>>,
  ): Promise<AssessmentObject> {
    const saved = await this.dataSource.transaction(async (m) => {
      const current = await this.find(m, ctx, id, true);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      if (current.status !== 'DRAFT') throw new AppError('CONFLICT', 'This version is published and locked. Revise it to make a new version.');
      if (current.version !== version) throw AppError.conflict(WHAT, []);
      const after = await apply(m, current);
      await this.audit.recordChange(m, ctx, { panelId: current.panelId, entityType: 'Assessment', entityId: current.id, action: 'UPDATE', after });
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
