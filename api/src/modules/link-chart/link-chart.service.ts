import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { PERMISSIONS, type NominalRole, type PlaceKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { presentNominal } from '../nominals/nominal-presenter.js';
import { showsPlace, withheldPlaceLabel } from '../places/place-presenter.js';
import type { LinkChartArgs, LinkChartObject, LinkNodeKind, LinkNodeObject, SharedNominalObject } from './link-chart.objects.js';
import { nodeKey, walkLinks, type RawLink } from './link-graph.js';
import { ReadDatabase } from '../../core/database/read-database.js';

/** Groups that are still being worked: dismantled and archived ones appear only when asked for. */
export const CLOSED_OCG_STATUSES = `('DISMANTLED','ARCHIVED')`;

const LINKS_SQL = `
  SELECT 'OCG' AS a_kind, gn.ocg_id AS a_id, 'NOMINAL' AS b_kind, gn.nominal_id AS b_id, 'MEMBER' AS kind, gn.role
    FROM ocg_nominal gn JOIN ocg o ON o.id = gn.ocg_id WHERE o.panel_id = $1 AND o.id = ANY($2)
  UNION ALL
  SELECT 'OCG', gv.ocg_id, 'VEHICLE', gv.vehicle_id, 'VEHICLE', NULL
    FROM ocg_vehicle gv JOIN ocg o ON o.id = gv.ocg_id WHERE o.panel_id = $1 AND o.id = ANY($2)
  UNION ALL
  SELECT 'OCG', gp.ocg_id, 'PLACE', gp.place_id, 'PLACE', NULL
    FROM ocg_place gp JOIN ocg o ON o.id = gp.ocg_id WHERE o.panel_id = $1 AND o.id = ANY($2)
  UNION ALL
  SELECT 'NOMINAL', nv.nominal_id, 'VEHICLE', nv.vehicle_id, 'VEHICLE', NULL
    FROM nominal_vehicle nv JOIN nominal n ON n.id = nv.nominal_id WHERE n.panel_id = $1
  UNION ALL
  SELECT 'NOMINAL', np.nominal_id, 'PLACE', np.place_id, 'PLACE', NULL
    FROM nominal_place np JOIN nominal n ON n.id = np.nominal_id WHERE n.panel_id = $1`;

/**
 * The link chart and its list view. A fixed handful of statements whatever the panel's size: groups, links,
 * nominals, vehicles and places are each read once and the walk is done in memory.
 */
@Injectable()
export class LinkChartService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
  ) {}

  async chart(ctx: RequestContext, args: LinkChartArgs): Promise<LinkChartObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OCG_READ);
    const groups: { id: string; reference: string; name: string; tier: string | null; status: string }[] = await this.reads.source().query(
      `SELECT id, reference, name, tier, status FROM ocg
        WHERE panel_id = $1 AND ($2 OR status NOT IN ${CLOSED_OCG_STATUSES} OR id = $3)
        ORDER BY score_total DESC NULLS LAST, reference`,
      [args.panelId, args.includeArchived, args.ocgId ?? null],
    );
    if (args.ocgId && !groups.some((g) => g.id === args.ocgId)) throw AppError.notFound('OCG');
    const rows: { a_kind: LinkNodeKind; a_id: string; b_kind: LinkNodeKind; b_id: string; kind: RawLink['kind']; role: NominalRole | null }[] =
      await this.reads.source().query(LINKS_SQL, [args.panelId, groups.map((g) => g.id)]);
    const links: RawLink[] = rows.map((r) => ({ aKind: r.a_kind, aId: r.a_id, bKind: r.b_kind, bId: r.b_id, kind: r.kind, role: r.role }));

    const start = args.ocgId ? [nodeKey('OCG', args.ocgId)] : groups.map((g) => nodeKey('OCG', g.id));
    // The whole panel: every group, its records, and the vehicles and places of its people (two hops).
    const graph = walkLinks(links, start, args.ocgId ? args.depth : 2);

    const groupCount = new Map<string, Set<string>>();
    for (const l of links) {
      if (l.aKind !== 'OCG') continue;
      const key = nodeKey(l.bKind, l.bId);
      if (!groupCount.has(key)) groupCount.set(key, new Set());
      groupCount.get(key)?.add(l.aId);
    }
    const idsOf = (kind: LinkNodeKind) => graph.nodeIds.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
    const [nominals, others] = await Promise.all([
      this.nominals(idsOf('NOMINAL')),
      this.vehiclesAndPlaces(args.panelId, idsOf('VEHICLE'), idsOf('PLACE')),
    ]);
    const groupById = new Map(groups.map((g) => [g.id, g]));

    const nodes: LinkNodeObject[] = [];
    for (const key of graph.nodeIds) {
      const [kind, id] = key.split(':') as [LinkNodeKind, string];
      const ocgCount = kind === 'OCG' ? null : (groupCount.get(key)?.size ?? 0);
      const base = { id: key, kind, recordId: id, ocgCount, shared: kind === 'NOMINAL' && (ocgCount ?? 0) >= 2 };
      if (kind === 'OCG') {
        const g = groupById.get(id);
        if (g) nodes.push({ ...base, label: g.name, sublabel: `${g.reference} · ${g.tier ?? 'Not scored'}` });
      } else if (kind === 'NOMINAL') {
        const n = nominals.get(id);
        if (!n) continue;
        const shown = presentNominal(ctx, this.access, n);
        nodes.push({
          ...base,
          label: shown.personalDataWithheld ? n.reference : shown.displayName,
          sublabel: shown.personalDataWithheld ? 'Details withheld' : n.reference,
        });
      } else {
        const o = others.get(key);
        if (!o) continue;
        // A home address is personal data: without cover the chart says only which area it is in; with it, the
        // address shown is noted for the consultation log, as a nominal's name is by presentNominal.
        const shown = o.place_kind === null || showsPlace(ctx, this.access, { id, panelId: args.panelId, kind: o.place_kind });
        nodes.push({ ...base, label: shown ? o.label : withheldPlaceLabel(o.area), sublabel: o.sublabel });
      }
    }
    return { nodes, edges: graph.edges, truncated: graph.truncated };
  }

  async sharedNominals(ctx: RequestContext, panelId: string): Promise<SharedNominalObject[]> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.OCG_READ);
    const rows: { nominal_id: string; groups: SharedNominalObject['groups'] }[] = await this.reads.source().query(
      `SELECT gn.nominal_id,
              json_agg(json_build_object('ocgId', o.id, 'reference', o.reference, 'name', o.name, 'role', gn.role) ORDER BY o.reference) AS groups
         FROM ocg_nominal gn JOIN ocg o ON o.id = gn.ocg_id
        WHERE o.panel_id = $1 AND o.status NOT IN ${CLOSED_OCG_STATUSES}
        GROUP BY gn.nominal_id HAVING count(*) >= 2
        ORDER BY count(*) DESC, gn.nominal_id`,
      [panelId],
    );
    const nominals = await this.nominals(rows.map((r) => r.nominal_id));
    return rows
      .filter((r) => nominals.has(r.nominal_id))
      .map((r) => ({ nominal: presentNominal(ctx, this.access, nominals.get(r.nominal_id) as NominalEntity), groups: r.groups }));
  }

  private async nominals(ids: string[]): Promise<Map<string, NominalEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.reads
      .source()
      .getRepository(NominalEntity)
      .findBy({ id: In(ids) });
    return new Map(rows.map((n) => [n.id, n]));
  }

  private async vehiclesAndPlaces(panelId: string, vehicleIds: string[], placeIds: string[]) {
    const rows: { kind: LinkNodeKind; id: string; label: string; sublabel: string | null; place_kind: PlaceKind | null; area: string | null }[] =
      vehicleIds.length + placeIds.length === 0
        ? []
        : await this.reads.source().query(
            `SELECT 'VEHICLE' AS kind, id, registration AS label, NULLIF(concat_ws(' ', colour, make, model), '') AS sublabel, NULL AS place_kind, NULL AS area
               FROM vehicle WHERE id = ANY($1) AND panel_id = $3
             UNION ALL
             SELECT 'PLACE', id, label, concat_ws(' · ', initcap(kind), area), kind, area FROM place WHERE id = ANY($2) AND panel_id = $3`,
            [vehicleIds, placeIds, panelId],
          );
    return new Map(rows.map((r) => [nodeKey(r.kind, r.id), r]));
  }
}
