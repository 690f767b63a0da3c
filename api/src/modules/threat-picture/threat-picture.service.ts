import { Injectable } from '@nestjs/common';
import {
  CRIME_TYPE_LABELS,
  DISRUPTION_IMPACT_PHRASES,
  EMERGING_THREAT_OUTCOME_LABELS,
  FOUR_P_LABELS,
  londonToday,
  PERMISSIONS,
  type CrimeType,
  type DisruptionImpact,
  type FourPStrand,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import type {
  ThreatPictureArgs,
  ThreatPictureEmergingThreat,
  ThreatPictureGroup,
  ThreatPictureGroupChanges,
  ThreatPictureObject,
  ThreatPictureRisingGroup,
  ThreatPictureTaskRate,
} from './threat-picture.objects.js';
import { THREAT_PICTURE_SQL } from './threat-picture.sql.js';
import { checkPeriod, defaultPeriod } from '../../core/reports/period.js';
import { queryPrepared } from '../../core/database/prepared-query.js';
import { PanelReadCache } from '../../core/database/panel-read-cache.js';
import type { DataSource } from 'typeorm';
import { ReadDatabase } from '../../core/database/read-database.js';
type KeyCount = { key: string; count: number };
type MonthKeyCount = KeyCount & { month: string; label?: string };

/** The JSON the statement answers with. */
export interface ThreatPictureRow {
  activeCount: number;
  activeByTier: KeyCount[];
  activeByCrimeType: KeyCount[];
  topGroups: ThreatPictureGroup[];
  baselineAt: string;
  risingCount: number;
  risingGroups: ThreatPictureRisingGroup[];
  groupChanges: ThreatPictureGroupChanges[] | null;
  emergingThreatCount: number;
  emergingThreatOutcomes: KeyCount[];
  emergingThreats: ThreatPictureEmergingThreat[];
  disruptionsByStrand: MonthKeyCount[];
  disruptionsByImpact: MonthKeyCount[];
  disruptionsByAgency: MonthKeyCount[];
  taskRates: Omit<ThreatPictureTaskRate, 'completionRate' | 'overdueRate'>[];
}

const OUTCOME_LABELS: Record<string, string> = { ...EMERGING_THREAT_OUTCOME_LABELS, NOT_YET_COVERED: 'Not yet covered' };

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

/**
 * The dashboard's figures. Every figure is a count or a group-level field, so the answer does not depend on
 * the viewer's personal-data cover: any member holding the permission sees the same picture, so one answer per
 * panel and question is kept until the panel's figures change (PanelReadCache).
 */
@Injectable()
export class ThreatPictureService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
    private readonly cache: PanelReadCache,
  ) {}

  async picture(ctx: RequestContext, args: ThreatPictureArgs): Promise<ThreatPictureObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.THREAT_PICTURE_READ);
    const today = londonToday();
    const fallback = defaultPeriod(today);
    const from = args.filter?.from ?? (args.filter?.to ? defaultPeriod(args.filter.to).from : fallback.from);
    const to = args.filter?.to ?? fallback.to;
    checkPeriod(from, to);
    const area = args.filter?.area?.trim() || null;
    const crimeType = args.filter?.crimeType ?? null;
    const key = JSON.stringify(['threatPicture', from, to, area, crimeType, today]);
    const source = this.reads.source();
    return this.cache.read(args.panelId, key, () => this.compute(source, args.panelId, from, to, area, crimeType, today), source);
  }

  private async compute(
    source: DataSource,
    panelId: string,
    from: string,
    to: string,
    area: string | null,
    crimeType: CrimeType | null,
    today: string,
  ) {
    const [row] = await queryPrepared<{ picture: ThreatPictureRow }>(source, 'threat_picture', THREAT_PICTURE_SQL, [
      panelId,
      from,
      to,
      area,
      crimeType,
      today,
    ]);
    const p = row.picture;
    const labelled = (rows: KeyCount[], labels: Record<string, string>) => rows.map((r) => ({ ...r, label: labels[r.key] ?? r.key }));
    const monthly = (rows: MonthKeyCount[], labels?: Record<string, string>) =>
      rows.map((r) => ({ ...r, label: labels ? (labels[r.key] ?? r.key) : (r.label ?? r.key) }));
    const picture: ThreatPictureObject = {
      from,
      to,
      area,
      crimeType,
      activeCount: p.activeCount,
      activeByTier: p.activeByTier.map((r) => ({ ...r, label: r.key })),
      activeByCrimeType: labelled(p.activeByCrimeType, CRIME_TYPE_LABELS as Record<CrimeType, string>),
      topGroups: p.topGroups,
      baselineAt: new Date(p.baselineAt),
      risingCount: p.risingCount,
      risingGroups: p.risingGroups,
      groupChanges: p.groupChanges ?? [],
      emergingThreatCount: p.emergingThreatCount,
      emergingThreatOutcomes: labelled(p.emergingThreatOutcomes, OUTCOME_LABELS),
      emergingThreats: p.emergingThreats,
      disruptionsByStrand: monthly(p.disruptionsByStrand, FOUR_P_LABELS as Record<FourPStrand, string>),
      disruptionsByImpact: monthly(p.disruptionsByImpact, DISRUPTION_IMPACT_PHRASES as Record<DisruptionImpact, string>),
      disruptionsByAgency: monthly(p.disruptionsByAgency),
      taskRates: p.taskRates.map((r) => ({
        ...r,
        completionRate: rate(r.completed, r.closed),
        overdueRate: rate(r.overdue, r.open),
      })),
    };
    return picture;
  }
}
