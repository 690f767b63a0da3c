import type { DataSource } from 'typeorm';
import { MeetingEntity } from '../../src/modules/meetings/meeting.entity.js';
import { buildMinutesContent } from '../../src/modules/minutes/minutes-content.js';
import { hitDetail, item, manager, member, raisedAt, task, type CanaryBook, type Rule } from './canaries.js';
import type { People } from './seed-people.js';
import type { RecordIds } from './seed-records.js';

export interface MeetingIds {
  /** By name: 'A.past' (minutes approved), 'A.next' (agenda published), 'A.draft' (planned), 'B.past', 'B.next'. */
  meeting: Record<string, string>;
  /** Agenda items by name, e.g. 'A.next.restrictedDwp'. */
  item: Record<string, string>;
  minutes: Record<string, string>;
  series: Record<string, string>;
  /** Subjects of the hit/no-hit checks circulated for the next meetings, by group: 'A.main', 'B.main'. */
  hitCheckSubject: Record<string, string>;
  /** The checks themselves, by meeting: 'A.next', 'B.next'. */
  hitCheck: Record<string, string>;
}

interface ItemSpec {
  key: string;
  kind: string;
  restrictedTo: string[];
  /** Who may read the item's title, notes and decisions. */
  rule: Rule;
  records?: [string, string][];
}

/**
 * Meetings of both panels as the meeting services leave them: a past meeting whose minutes were drafted from
 * what was recorded (buildMinutesContent, the service's own) and approved; the next one with its agenda
 * published; a planned one whose agenda is still the chair's draft. Items are open, or restricted to DWP or HMRC,
 * and tasks were raised at them.
 */
export async function seedMeetings(ds: DataSource, book: CanaryBook, people: People, rec: RecordIds): Promise<MeetingIds> {
  const one = async (sql: string, params: unknown[]): Promise<string> => (await ds.query(sql, params))[0].id;
  const ids: MeetingIds = { meeting: {}, item: {}, minutes: {}, series: {}, hitCheckSubject: {}, hitCheck: {} };
  const ag = people.agencies;
  const c = (record: string, field: string, rule: Rule) => book.mint(record, field, rule);
  let taskNumber = 20;

  for (const panel of ['A', 'B'] as const) {
    const panelId = panel === 'A' ? people.panelA : people.panelB;
    const all = member(panel);
    const chair = panel === 'A' ? people.users.chair : people.users.chairB;
    ids.series[panel] = await one(
      `INSERT INTO meeting_series (panel_id, rule, starts_on, start_time, first_mode, teams_url, location)
       VALUES ($1, 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', current_date - 60, '10:00', 'IN_PERSON', $2, $3) RETURNING id`,
      [panelId, `https://teams.example.test/${c(`series ${panel}`, 'teamsUrl', all)}`, c(`series ${panel}`, 'location', all)],
    );
    const meeting = async (key: string, status: string, days: number) => {
      ids.meeting[`${panel}.${key}`] = await one(
        `INSERT INTO meeting (panel_id, series_id, title, starts_at, ends_at, mode, location, teams_url, status, agenda_published_at, opened_at, closed_at)
         VALUES ($1, $2, $3, date_trunc('hour', now()) + make_interval(days => $4), date_trunc('hour', now()) + make_interval(days => $4) + interval '2 hours',
                 'IN_PERSON', $5, $6, $7::varchar, CASE WHEN $7::varchar <> 'PLANNED' THEN now() - interval '1 day' END,
                 CASE WHEN $4 < 0 THEN now() + make_interval(days => $4) END, CASE WHEN $4 < 0 THEN now() + make_interval(days => $4) + interval '2 hours' END)
         RETURNING id`,
        [
          panelId,
          ids.series[panel],
          `Panel meeting ${c(`meeting ${panel}.${key}`, 'title', all)}`,
          days,
          c(`meeting ${panel}.${key}`, 'location', all),
          `https://teams.example.test/${c(`meeting ${panel}.${key}`, 'teamsUrl', all)}`,
          status,
        ],
      );
      return ids.meeting[`${panel}.${key}`];
    };
    const items = async (meetingKey: string, specs: ItemSpec[]) => {
      for (const [i, s] of specs.entries()) {
        const record = `agenda item ${panel}.${meetingKey}.${s.key}`;
        const id = await one(
          `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, presenter_user_id, minutes_allocated, restricted_to, notes, decisions)
           VALUES ($1, $2, $3, $4, $5, $6, 15, $7::uuid[], $8, $9) RETURNING id`,
          [
            ids.meeting[`${panel}.${meetingKey}`],
            panelId,
            i + 1,
            s.kind,
            `Item ${c(record, 'title', s.rule)}`,
            chair.userId,
            s.restrictedTo.map((a) => ag[a]),
            `<p>${c(record, 'notes', s.rule)}${rec.mention[panel]}</p>`,
            `<p>${c(record, 'decisions', s.rule)}${rec.mention[panel]}</p>`,
          ],
        );
        ids.item[`${panel}.${meetingKey}.${s.key}`] = id;
        for (const [kind, recordId] of s.records ?? []) {
          await ds.query(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, $2, $3)`, [id, kind, recordId]);
        }
      }
    };
    /** A task raised at a meeting, under an item or not; who may read it is the task's rule and the item's. */
    const raised = async (meetingKey: string, itemKey: string | null, agency: string, rule: Rule) => {
      taskNumber += 1;
      const record = `task raised at ${panel}.${meetingKey}${itemKey ? `.${itemKey}` : ''} for ${agency}`;
      const id = await one(
        `INSERT INTO task (panel_id, reference, title, description, agency_id, meeting_id, agenda_item_id, due_on, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, current_date + 40, 'OPEN') RETURNING id`,
        [
          panelId,
          `A-00${taskNumber}`,
          c(record, 'title', rule),
          c(record, 'description', rule),
          ag[agency],
          ids.meeting[`${panel}.${meetingKey}`],
          itemKey ? ids.item[`${panel}.${meetingKey}.${itemKey}`] : null,
        ],
      );
      rec.task[`${panel}.${meetingKey}.${itemKey ?? 'meeting'}.${agency}`] = id;
    };

    if (panel === 'A') {
      await meeting('past', 'MINUTES_APPROVED', -30);
      await items('past', [
        {
          key: 'open',
          kind: 'OCG_REVIEW',
          restrictedTo: [],
          rule: all,
          records: [
            ['OCG', rec.ocg['A.main']],
            ['EMERGING_THREAT', rec.threat['A.main']],
          ],
        },
        { key: 'restrictedDwp', kind: 'OTHER', restrictedTo: ['DWP'], rule: item('A', ['DWP']) },
        { key: 'restrictedHmrc', kind: 'OTHER', restrictedTo: ['HMRC'], rule: item('A', ['HMRC']) },
      ]);
      await raised('past', 'open', 'DWP', task('A', 'DWP'));
      await raised('past', 'restrictedDwp', 'DWP', raisedAt('A', 'DWP', ['DWP']));
      await raised('past', 'restrictedHmrc', 'HMRC', raisedAt('A', 'HMRC', ['HMRC']));
      await raised('past', null, 'POLICE', task('A', 'POLICE'));
      await ds.query(`INSERT INTO emerging_threat_outcome (meeting_id, emerging_threat_id, outcome, note) VALUES ($1, $2, 'DISCUSSED', $3)`, [
        ids.meeting['A.past'],
        rec.threat['A.main'],
        c('emerging threat A outcome at A.past', 'note', all),
      ]);
      for (const [user, reply, presence] of [
        ['chair', 'ATTENDING', 'IN_PERSON'],
        ['hmrc', 'APOLOGIES', null],
        ['dwp', 'ATTENDING', 'REMOTE'],
      ] as const) {
        const who = people.users[user];
        await ds.query(
          `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, reply, replied_at, presence, substitute_user_id) VALUES ($1, $2, $3, $4, now(), $5, $6)`,
          [ids.meeting['A.past'], who.userId, ag[who.agencyKey], reply, presence, user === 'hmrc' ? people.users.hmrc2.userId : null],
        );
      }
      await minutes(ds, ids, 'A.past');

      await meeting('next', 'AGENDA_PUBLISHED', 20);
      await items('next', [
        {
          key: 'open',
          kind: 'OCG_REVIEW',
          restrictedTo: [],
          rule: all,
          records: [
            ['OCG', rec.ocg['A.main']],
            ['TASK', rec.task['A.dwp']],
            ['TASK', rec.task['A.hmrc']],
            ['REFERRAL', rec.referral['A.dwp']],
            ['EMERGING_THREAT', rec.threat['A.main']],
          ],
        },
        {
          key: 'restrictedDwp',
          kind: 'OTHER',
          restrictedTo: ['DWP'],
          rule: item('A', ['DWP']),
          records: [
            ['OCG', rec.ocg['A.other']],
            ['TASK', rec.task['A.dwp']],
          ],
        },
        { key: 'restrictedHmrc', kind: 'OTHER', restrictedTo: ['HMRC'], rule: item('A', ['HMRC']) },
        { key: 'aob', kind: 'ANY_OTHER_BUSINESS', restrictedTo: [], rule: all },
      ]);

      await meeting('draft', 'PLANNED', 75);
      await items('draft', [
        {
          key: 'open',
          kind: 'OTHER',
          restrictedTo: [],
          rule: manager('A'),
          records: [
            ['OCG', rec.ocg['A.main']],
            ['TASK', rec.task['A.police']],
          ],
        },
        { key: 'restrictedDwp', kind: 'OTHER', restrictedTo: ['DWP'], rule: manager('A') },
      ]);
    } else {
      await meeting('past', 'MINUTES_APPROVED', -30);
      await items('past', [{ key: 'open', kind: 'OCG_REVIEW', restrictedTo: [], rule: all, records: [['OCG', rec.ocg['B.main']]] }]);
      await raised('past', 'open', 'POLICE_B', task('B', 'POLICE_B'));
      await minutes(ds, ids, 'B.past');
      await meeting('next', 'AGENDA_PUBLISHED', 20);
      await items('next', [
        {
          key: 'open',
          kind: 'OCG_REVIEW',
          restrictedTo: [],
          rule: all,
          records: [
            ['OCG', rec.ocg['B.main']],
            ['TASK', rec.task['B.main']],
          ],
        },
      ]);
    }
    await hitCheck(panel, panelId, chair.userId);
  }
  return ids;

  /**
   * The next meeting's check, as circulating it leaves it (the group of its open item), answered: in panel A HMRC
   * and DWP hold something and say what, the police unit holds nothing; in panel B its police unit holds something.
   */
  async function hitCheck(panel: 'A' | 'B', panelId: string, chairId: string): Promise<void> {
    const check = await one(`INSERT INTO hit_check (panel_id, meeting_id, circulated_by) VALUES ($1, $2, $3) RETURNING id`, [
      panelId,
      ids.meeting[`${panel}.next`],
      chairId,
    ]);
    ids.hitCheck[`${panel}.next`] = check;
    const group = rec.ocg[`${panel}.main`];
    const subject = await one(
      `INSERT INTO hit_check_subject (hit_check_id, panel_id, subject_kind, subject_id, reference, position)
       SELECT $1, $2, 'OCG', id, reference, 1 FROM ocg WHERE id = $3 RETURNING id`,
      [check, panelId, group],
    );
    ids.hitCheckSubject[`${panel}.main`] = subject;
    const answers: [string, boolean][] =
      panel === 'A'
        ? [
            ['HMRC', true],
            ['DWP', true],
            ['POLICE', false],
          ]
        : [['POLICE_B', true]];
    const holders = answers.filter(([, hit]) => hit).map(([agency]) => agency);
    for (const [agency, hit] of answers) {
      await ds.query(`INSERT INTO hit_check_answer (subject_id, agency_id, panel_id, hit, detail) VALUES ($1, $2, $3, $4, $5)`, [
        subject,
        ag[agency],
        panelId,
        hit,
        hit ? `Held by ${agency}: ${c(`hit check answer ${panel}.${agency}`, 'detail', hitDetail(panel, holders))}` : null,
      ]);
    }
  }
}

/** Drafts the minutes with the service's own builder and approves them, as the chair would have. */
async function minutes(ds: DataSource, ids: MeetingIds, key: string): Promise<void> {
  const meeting = await ds.getRepository(MeetingEntity).findOneByOrFail({ id: ids.meeting[key] });
  const content = await buildMinutesContent(ds.manager, meeting);
  const [row] = await ds.query(
    `INSERT INTO meeting_minutes (meeting_id, panel_id, number, status, content, approved_at) VALUES ($1, $2, 1, 'APPROVED', $3, now()) RETURNING id`,
    [meeting.id, meeting.panelId, JSON.stringify(content)],
  );
  ids.minutes[key] = row.id;
}
