import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { runAsSystem, runInPanels } from '../../core/database/panel-scope.js';
import { checkPeriod } from '../../core/reports/period.js';
import { outcomeReportFromRow, type OutcomeReportRow } from '../outcome-report/outcome-report.figures.js';
import { OUTCOME_REPORT_BY_PANEL_SQL } from '../outcome-report/outcome-report.sql.js';
import type { ThreatPictureRow } from '../threat-picture/threat-picture.service.js';
import { THREAT_PICTURE_BY_PANEL_SQL } from '../threat-picture/threat-picture.sql.js';
import { regionOutcomeFigures, regionThreatFigures, sumOutcomeFigures } from './region-figures.js';
import type { RegionReportArgs } from './region.inputs.js';
import type { RegionObject, RegionOutcomeReportObject, RegionPanelObject, RegionThreatPictureObject } from './region.objects.js';

interface RegionRow {
  id: string;
  name: string;
  kind: RegionObject['kind'];
  panel_ids: string[];
}

/**
 * What a region's analysts read: the region, and its panels' figures in aggregate. A region's panels are read under a
 * scope of exactly those panels (`runInPanels`), never the analyst's own nor every panel, and only the counts of
 * each panel's own report leave: the same statement a panel's report runs, once for all the region's panels.
 */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The regions the caller works in, by name. */
  async mine(ctx: RequestContext): Promise<RegionObject[]> {
    const viewer = this.access.requireViewer(ctx);
    const ids = viewer.regions.map((r) => r.regionId);
    if (!ids.length) return [];
    const regions = await this.regions(ids);
    const panels = await this.panels(regions.flatMap((r) => r.panel_ids));
    return regions.map((r) => ({ id: r.id, name: r.name, kind: r.kind, panels: panels.filter((p) => r.panel_ids.includes(p.id)) }));
  }

  async region(ctx: RequestContext, id: string): Promise<RegionObject> {
    this.access.requireRegion(ctx, id, PERMISSIONS.REGION_READ);
    const [region] = await this.regions([id]);
    if (!region) throw AppError.notFound('Region');
    return { id: region.id, name: region.name, kind: region.kind, panels: await this.panels(region.panel_ids) };
  }

  async outcomeReport(ctx: RequestContext, args: RegionReportArgs): Promise<RegionOutcomeReportObject> {
    this.access.requireRegion(ctx, args.regionId, PERMISSIONS.REGION_READ);
    checkPeriod(args.from, args.to);
    const panels = await this.regionPanels(args.regionId);
    const ids = panels.map((p) => p.id);
    const rows: { panel_id: string; report: OutcomeReportRow }[] = ids.length
      ? await runInPanels(ids, () => this.dataSource.query(OUTCOME_REPORT_BY_PANEL_SQL, [ids, args.from, args.to]))
      : [];
    const byPanel = new Map(rows.map((r) => [r.panel_id, regionOutcomeFigures(outcomeReportFromRow(r.report, args.from, args.to))]));
    const figures = panels.map((p) => byPanel.get(p.id)!);
    return {
      regionId: args.regionId,
      from: args.from,
      to: args.to,
      total: sumOutcomeFigures(args.from, args.to, figures),
      panels: panels.map((p, i) => ({ panelId: p.id, panelName: p.name, figures: withoutChanges(figures[i]) })),
    };
  }

  async threatPicture(ctx: RequestContext, args: RegionReportArgs): Promise<RegionThreatPictureObject> {
    this.access.requireRegion(ctx, args.regionId, PERMISSIONS.REGION_READ);
    checkPeriod(args.from, args.to);
    const panels = await this.regionPanels(args.regionId);
    const ids = panels.map((p) => p.id);
    const rows: { panel_id: string; picture: ThreatPictureRow }[] = ids.length
      ? await runInPanels(ids, () => this.dataSource.query(THREAT_PICTURE_BY_PANEL_SQL, [ids, args.from, args.to, null, null, londonToday()]))
      : [];
    const byPanel = new Map(rows.map((r) => [r.panel_id, r.picture]));
    return {
      regionId: args.regionId,
      from: args.from,
      to: args.to,
      total: regionThreatFigures(rows.map((r) => r.picture)),
      panels: panels.map((p) => ({ panelId: p.id, panelName: p.name, figures: regionThreatFigures([byPanel.get(p.id)!]) })),
    };
  }

  /**
   * Regions with the ids of their panels. Which regions a panel is in is seen in the panel's scope (migration
   * CreateRegions); an analyst sits on none of them, so this one read, of regions the caller's role there has been
   * checked for, is made in every panel's scope. It reads ids only.
   */
  private regions(ids: string[]): Promise<RegionRow[]> {
    return runAsSystem(() =>
      this.dataSource.query(
        `SELECT r.id, r.name, r.kind, coalesce(array_agg(rp.panel_id) FILTER (WHERE rp.panel_id IS NOT NULL), '{}') AS panel_ids
         FROM region r LEFT JOIN region_panel rp ON rp.region_id = r.id
        WHERE r.id = ANY($1::uuid[]) GROUP BY r.id ORDER BY lower(r.name), r.id`,
        [ids],
      ),
    );
  }

  /** A region's enabled panels, by name. */
  private async regionPanels(regionId: string): Promise<RegionPanelObject[]> {
    const [region] = await this.regions([regionId]);
    if (!region) throw AppError.notFound('Region');
    return this.panels(region.panel_ids);
  }

  /** Panels' names, read under a scope of those panels alone; disabled panels are left out, as they are for members. */
  private async panels(ids: string[]): Promise<RegionPanelObject[]> {
    if (!ids.length) return [];
    return runInPanels(ids, () =>
      this.dataSource.query(
        `SELECT id, name, force_name AS "forceName" FROM panel WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL ORDER BY lower(name), id`,
        [ids],
      ),
    );
  }
}

function withoutChanges<T extends { changes: number[] }>(figures: T): Omit<T, 'changes'> {
  const { changes: _changes, ...rest } = figures;
  return rest;
}
