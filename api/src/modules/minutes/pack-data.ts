import type { EntityManager } from 'typeorm';
import { agendaTimings, type NominalRole, type OcgStatus, type TaskStatus } from '@sentinel/shared';
import { handlingCondition, INTELLIGENCE_COLUMNS, type IntelligenceRow } from '../intelligence/intelligence.rows.js';
import { visibleItemsSql } from '../meetings/meeting-access.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';

export interface PackAgendaItem {
  position: number;
  title: string;
  minutes: number;
  startsAt: Date;
  endsAt: Date;
  overruns: boolean;
  presenter: string | null;
  restricted: boolean;
}

export interface PackAction {
  reference: string;
  title: string;
  agency: string;
  dueOn: string | null;
  status: TaskStatus;
  overdue: boolean;
}

export interface PackNominal {
  id: string;
  reference: string;
  /** Null when the agency's agreement does not cover personal data: the name is then never read at all. */
  name: string | null;
  role: NominalRole;
}

export interface PackOcg {
  id: string;
  reference: string;
  name: string;
  tier: string | null;
  score: number | null;
  status: OcgStatus;
  nominals: PackNominal[];
  intelligence: IntelligenceRow[];
}

export interface Count {
  label: string;
  count: number;
}

/** Whose pack it is and what their agency may receive. */
export interface PackAudience {
  agencyId: string | null;
  personalData: boolean;
  intelligence: boolean;
}

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';
const INTELLIGENCE_PER_GROUP = 10;

/**
 * The pack's records, read for one agency. Restricted items use the one visibility rule (with runsMeeting off,
 * so a chair's own pack is their agency's pack too), and everything hanging from an item (the groups for
 * review, tasks raised there) goes with it. A fixed number of statements, whatever the size of the agenda.
 */
export class PackReader {
  constructor(
    private readonly m: EntityManager,
    private readonly meeting: MeetingEntity,
    private readonly audience: PackAudience,
  ) {}

  private get itemParams() {
    return { itemAgency: this.audience.agencyId ?? NO_AGENCY, runsMeeting: false };
  }

  async agenda(): Promise<PackAgendaItem[]> {
    const rows: { position: number; title: string; minutes_allocated: number; presenter: string | null; restricted: boolean }[] = await this.m
      .createQueryBuilder()
      .select(['ai.position AS position', 'ai.title AS title', 'ai.minutes_allocated AS minutes_allocated'])
      .addSelect(`NULLIF(concat_ws(', ', u.name, a.name), '')`, 'presenter')
      .addSelect('cardinality(ai.restricted_to) > 0', 'restricted')
      .from('agenda_item', 'ai')
      .leftJoin('app_user', 'u', 'u.id = ai.presenter_user_id')
      .leftJoin('agency', 'a', 'a.id = ai.presenter_agency_id')
      .where('ai.meeting_id = :meetingId', { meetingId: this.meeting.id })
      .andWhere(visibleItemsSql('ai'), this.itemParams)
      .orderBy('ai.position')
      .getRawMany();
    const slot = Math.round((this.meeting.endsAt.getTime() - this.meeting.startsAt.getTime()) / 60_000);
    // Timings count only the items this agency sees: the times it is given are the times it can plan by.
    const timings = agendaTimings(rows.map((r) => r.minutes_allocated), slot);
    const start = this.meeting.startsAt.getTime();
    return rows.map((r, i) => ({
      position: i + 1,
      title: r.title,
      minutes: r.minutes_allocated,
      startsAt: new Date(start + timings[i].start * 60_000),
      endsAt: new Date(start + timings[i].end * 60_000),
      overruns: timings[i].overruns,
      presenter: r.presenter,
      restricted: r.restricted,
    }));
  }

  /** Open tasks of the panel, but not those raised under an item restricted away from this agency. */
  async actions(today: string): Promise<PackAction[]> {
    const rows: (Omit<PackAction, 'dueOn'> & { due_on: string | null })[] = await this.m
      .createQueryBuilder()
      .select(['t.reference AS reference', 't.title AS title', 'a.name AS agency', 't.due_on::text AS due_on', 't.status AS status'])
      .addSelect('(t.due_on < :today)', 'overdue')
      .from('task', 't')
      .innerJoin('agency', 'a', 'a.id = t.agency_id')
      .leftJoin('agenda_item', 'ai', 'ai.id = t.agenda_item_id')
      .where('t.panel_id = :panelId', { panelId: this.meeting.panelId })
      .andWhere(`t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`)
      .andWhere(`(ai.id IS NULL OR ${visibleItemsSql('ai')})`, this.itemParams)
      .setParameter('today', today)
      .orderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.reference')
      .limit(1000)
      .getRawMany();
    return rows.map((r) => ({ reference: r.reference, title: r.title, agency: r.agency, dueOn: r.due_on, status: r.status, overdue: Boolean(r.overdue) }));
  }

  /** Live groups (emerging or active), counted by tier and by crime type. */
  async threatPicture(): Promise<{ total: number; byTier: Count[]; byCrimeType: Count[] }> {
    const rows: { dimension: 'TIER' | 'CRIME' | 'TOTAL'; label: string | null; count: number }[] = await this.m.query(
      `WITH live AS (SELECT tier, score_total, crime_types FROM ocg WHERE panel_id = $1 AND status IN ('EMERGING','ACTIVE'))
       SELECT 'TOTAL' AS dimension, NULL AS label, count(*)::int AS count, NULL::int AS rank FROM live
       UNION ALL
       SELECT 'TIER', COALESCE(tier, 'Not yet scored'), count(*)::int, COALESCE(max(score_total), -1) FROM live GROUP BY tier
       UNION ALL
       SELECT 'CRIME', ct, count(*)::int, count(*)::int FROM live, unnest(crime_types) AS ct GROUP BY ct
       ORDER BY 1, 4 DESC, 2`,
      [this.meeting.panelId],
    );
    const pick = (d: string) => rows.filter((r) => r.dimension === d).map((r) => ({ label: r.label ?? '', count: r.count }));
    return { total: rows.find((r) => r.dimension === 'TOTAL')?.count ?? 0, byTier: pick('TIER'), byCrimeType: pick('CRIME') };
  }

  /** Groups on items this agency sees, with their nominals and the intelligence this agency may receive. */
  async groupsForReview(): Promise<PackOcg[]> {
    const groups: Omit<PackOcg, 'nominals' | 'intelligence'>[] = await this.m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.reference AS reference', 'o.name AS name', 'o.tier AS tier', 'o.score_total AS score', 'o.status AS status'])
      .from('ocg', 'o')
      .where('o.panel_id = :panelId', { panelId: this.meeting.panelId })
      .andWhere(
        `o.id IN (SELECT r.record_id FROM agenda_item_record r JOIN agenda_item ai ON ai.id = r.agenda_item_id
                   WHERE r.record_kind = 'OCG' AND ai.meeting_id = :meetingId AND ${visibleItemsSql('ai')})`,
        { ...this.itemParams, meetingId: this.meeting.id },
      )
      .orderBy('o.score_total', 'DESC', 'NULLS LAST')
      .addOrderBy('o.reference')
      .getRawMany();
    if (!groups.length) return [];
    const ids = groups.map((g) => g.id);
    const names = this.audience.personalData ? `concat_ws(' ', NULLIF(n.forenames, ''), upper(n.surname))` : 'NULL';
    const nominals: (PackNominal & { ocg_id: string })[] = await this.m.query(
      `SELECT onl.ocg_id, n.id, n.reference, ${names} AS name, onl.role
         FROM ocg_nominal onl JOIN nominal n ON n.id = onl.nominal_id
        WHERE onl.ocg_id = ANY($1) AND n.panel_id = $2
        ORDER BY array_position(ARRAY['PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE']::text[], onl.role::text), n.reference`,
      [ids, this.meeting.panelId],
    );
    const intelligence: IntelligenceRow[] = this.audience.intelligence
      ? await this.m.query(
          `SELECT * FROM (
             SELECT ${INTELLIGENCE_COLUMNS}, row_number() OVER (PARTITION BY i.subject_id ORDER BY i.recorded_on DESC, i.created_at DESC) AS n
               FROM intelligence i
              WHERE i.panel_id = $1 AND i.subject_kind = 'OCG' AND i.subject_id = ANY($2)
                AND ${handlingCondition({ agencyId: this.audience.agencyId, seesAll: false }, '$3')}) ranked
            WHERE n <= ${INTELLIGENCE_PER_GROUP}`,
          [this.meeting.panelId, ids, this.audience.agencyId],
        )
      : [];
    return groups.map((g) => ({
      ...g,
      nominals: nominals.filter((n) => n.ocg_id === g.id).map(({ ocg_id: _, ...n }) => n),
      intelligence: intelligence.filter((i) => i.subject_id === g.id),
    }));
  }
}
