import type { EntityManager } from 'typeorm';
import type { NominalRole, OcgStatus, TaskStatus } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import type { LoadedAgenda } from '../agenda/agenda.service.js';
import { handlingViewer } from '../intelligence/intelligence.service.js';
import { handlingCondition, INTELLIGENCE_COLUMNS, type IntelligenceRow } from '../intelligence/intelligence.rows.js';
import { visibleItems, type AgendaView } from '../meetings/meeting-access.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { meetingTasks } from '../tasks/task-access.js';

export interface PackAgendaItem {
  position: number;
  /** Null for an item withheld from this agency: only its slot is shown. */
  title: string | null;
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

/** What the viewer's role and agency let them receive in a pack, besides the agenda's own rules. */
export interface PackAudience {
  personalData: boolean;
  intelligence: boolean;
}

const INTELLIGENCE_PER_GROUP = 10;

/**
 * The pack's agenda in the meeting's running order: the items the agenda's one reader gives this viewer, and the
 * slot of each item withheld from them, so that every item keeps its real number and time.
 */
export function packAgenda(loaded: LoadedAgenda): PackAgendaItem[] {
  return loaded.slots.map(({ number, item, minutes, startsAt, endsAt, overruns }) => ({
    position: number,
    title: item?.title ?? null,
    minutes,
    startsAt,
    endsAt,
    overruns,
    presenter: item?.presenterName ?? null,
    restricted: item ? item.restrictedToIds.length > 0 : true,
  }));
}

/**
 * The pack's other records, read for one viewer. Everything hanging from an item (the groups for review, tasks
 * raised there or put under it) goes with it, by the agenda item rule of the view; tasks follow the task rule of
 * the meeting channels; intelligence the handling-code rule. A fixed number of statements, whatever the size
 * of the agenda.
 */
export class PackReader {
  private readonly meeting: MeetingEntity;

  constructor(
    private readonly m: EntityManager,
    private readonly access: AccessService,
    private readonly ctx: RequestContext,
    private readonly view: AgendaView,
    private readonly audience: PackAudience,
  ) {
    this.meeting = view.meeting;
  }

  /** Open tasks of the panel that the viewer sees in any meeting channel. */
  async actions(today: string): Promise<PackAction[]> {
    const tasks = meetingTasks(this.access, this.ctx, this.view.audience, 't');
    const rows: (Omit<PackAction, 'dueOn'> & { due_on: string | null })[] = await this.m
      .createQueryBuilder()
      .select(['t.reference AS reference', 't.title AS title', 'a.name AS agency', 't.due_on::text AS due_on', 't.status AS status'])
      .addSelect('(t.due_on < :today)', 'overdue')
      .from('task', 't')
      .innerJoin('agency', 'a', 'a.id = t.agency_id')
      .where('t.panel_id = :panelId', { panelId: this.meeting.panelId })
      .andWhere(`t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`)
      .andWhere(tasks.sql, tasks.params)
      .setParameter('today', today)
      .orderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.reference')
      .limit(1000)
      .getRawMany();
    return rows.map((r) => ({
      reference: r.reference,
      title: r.title,
      agency: r.agency,
      dueOn: r.due_on,
      status: r.status,
      overdue: Boolean(r.overdue),
    }));
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
    const items = visibleItems(this.view.audience, 'ai');
    const groups: Omit<PackOcg, 'nominals' | 'intelligence'>[] = await this.m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.reference AS reference', 'o.name AS name', 'o.tier AS tier', 'o.score_total AS score', 'o.status AS status'])
      .from('ocg', 'o')
      .where('o.panel_id = :panelId', { panelId: this.meeting.panelId })
      .andWhere(
        `o.id IN (SELECT r.record_id FROM agenda_item_record r JOIN agenda_item ai ON ai.id = r.agenda_item_id
                   WHERE r.record_kind = 'OCG' AND ai.meeting_id = :meetingId AND ${items.sql})`,
        { ...items.params, meetingId: this.meeting.id },
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
    const handling = handlingViewer(this.access.requireViewer(this.ctx));
    const intelligence: IntelligenceRow[] = this.audience.intelligence
      ? await this.m.query(
          `SELECT * FROM (
             SELECT ${INTELLIGENCE_COLUMNS}, row_number() OVER (PARTITION BY i.subject_id ORDER BY i.recorded_on DESC, i.created_at DESC) AS n
               FROM intelligence i
              WHERE i.panel_id = $1 AND i.subject_kind = 'OCG' AND i.subject_id = ANY($2)
                AND ${handlingCondition(handling, '$3')}) ranked
            WHERE n <= ${INTELLIGENCE_PER_GROUP}`,
          [this.meeting.panelId, ids, handling.agencyId],
        )
      : [];
    return groups.map((g) => ({
      ...g,
      nominals: nominals.filter((n) => n.ocg_id === g.id).map(({ ocg_id: _, ...n }) => n),
      intelligence: intelligence.filter((i) => i.subject_id === g.id),
    }));
  }
}
