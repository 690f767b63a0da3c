import { Injectable } from '@nestjs/common';
import { londonToday, PERMISSIONS, type ChbPhase, type PlaceKind } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { showsPlace, withheldPlaceLabel } from '../places/place-presenter.js';
import type { AreaActivityObject, HighHarmMapArgs, HighHarmMapObject } from './places-map.objects.js';
import { ReadDatabase } from '../../core/database/read-database.js';

/** Groups still being worked (the same rule as the link chart). */
const OPEN_OCG = `status NOT IN ('DISMANTLED','ARCHIVED')`;

/** Per area: open groups operating there, high-harm places, and the last 12 months' disruptions of its groups. */
const AREAS_SQL = `
  WITH g AS (SELECT id, areas, status FROM ocg WHERE panel_id = $1 AND ($2::text IS NULL OR $2::text = ANY(crime_types))),
       ga AS (SELECT DISTINCT g.id, g.status, a.area FROM g CROSS JOIN LATERAL unnest(g.areas) AS a(area)),
       groups_in AS (SELECT area, count(*)::int AS n FROM ga WHERE ${OPEN_OCG} GROUP BY area),
       places_in AS (SELECT p.area, count(*)::int AS n FROM place p
                      WHERE p.panel_id = $1 AND p.high_harm AND p.area IS NOT NULL
                        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM ocg_place gp JOIN g ON g.id = gp.ocg_id WHERE gp.place_id = p.id))
                      GROUP BY p.area),
       disruptions_in AS (SELECT ga.area, count(*)::int AS n FROM ga JOIN disruption d ON d.ocg_id = ga.id
                           WHERE d.occurred_on > ($3::date - interval '12 months') AND d.occurred_on <= $3::date GROUP BY ga.area)
  SELECT area, COALESCE(gi.n, 0) AS active_groups, COALESCE(pi.n, 0) AS high_harm_places, COALESCE(di.n, 0) AS disruptions
    FROM groups_in gi FULL JOIN places_in pi USING (area) FULL JOIN disruptions_in di USING (area)
   ORDER BY area`;

/** The high-harm places map: two statements whatever the data size (and one for the consultation log). */
@Injectable()
export class PlacesMapService {
  constructor(
    private readonly reads: ReadDatabase,
    private readonly access: AccessService,
  ) {}

  async highHarmMap(ctx: RequestContext, args: HighHarmMapArgs): Promise<HighHarmMapObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.OCG_READ);
    const crimeType = args.filter?.crimeType ?? null;
    const places: {
      id: string;
      label: string;
      kind: PlaceKind;
      area: string | null;
      latitude: string | null;
      longitude: string | null;
      chb_phase: ChbPhase | null;
      refs: string[];
    }[] = await this.reads.source().query(
      `SELECT p.id, p.label, p.kind, p.area, p.latitude, p.longitude, p.chb_phase,
                COALESCE(array_agg(o.reference ORDER BY o.reference) FILTER (WHERE o.id IS NOT NULL), '{}') AS refs
           FROM place p
           LEFT JOIN ocg_place gp ON gp.place_id = p.id
           LEFT JOIN ocg o ON o.id = gp.ocg_id
          WHERE p.panel_id = $1 AND p.high_harm
          GROUP BY p.id
         HAVING $2::text IS NULL OR bool_or($2::text = ANY(o.crime_types))
          ORDER BY p.area NULLS LAST, p.label`,
      [args.panelId, crimeType],
    );
    const areas: { area: string; active_groups: number; high_harm_places: number; disruptions: number }[] = await this.reads
      .source()
      .query(AREAS_SQL, [args.panelId, crimeType, londonToday()]);
    return {
      places: places.map((p) => {
        // A home address, and its exact position, is personal data: without cover show the area only; with it,
        // the address shown is noted for the consultation log.
        const withheld = !showsPlace(ctx, this.access, { id: p.id, panelId: args.panelId, kind: p.kind });
        return {
          id: p.id,
          label: withheld ? withheldPlaceLabel(p.area) : p.label,
          withheld,
          kind: p.kind,
          area: p.area,
          latitude: withheld || p.latitude === null ? null : Number(p.latitude),
          longitude: withheld || p.longitude === null ? null : Number(p.longitude),
          chbPhase: p.chb_phase,
          groupReferences: p.refs,
        };
      }),
      areas: areas.map((a): AreaActivityObject => ({
        area: a.area,
        activeGroups: a.active_groups,
        highHarmPlaces: a.high_harm_places,
        disruptionsLast12Months: a.disruptions,
      })),
    };
  }
}
