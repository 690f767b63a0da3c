import { TZDate } from '@date-fns/tz';
import type { EntityManager } from 'typeorm';
import { MEETING_TIME_ZONE, STANDING_AGENDA } from '@sentinel/shared';
import { MeetingEntity } from '../modules/meetings/meeting.entity.js';
import { MEETINGS_AHEAD } from '../modules/meetings/meeting-schedule.service.js';
import { buildMinutesContent } from '../modules/minutes/minutes-content.js';

const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/northmoor-ocg-panel';
const LOCATION = 'Force Headquarters, Conference Room 2, Northmoor';

// What was said under each standing item at the past panels (fictional).
const NOTES: Record<string, [notes: string, decisions: string | null]> = {
  WELCOME_APOLOGIES: ['<p>The chair welcomed members and read the confidentiality statement. Apologies were noted.</p>', null],
  PREVIOUS_MINUTES_ACTIONS: [
    '<p>Minutes of the last meeting agreed. Open actions reviewed agency by agency; overdue actions carried forward.</p>',
    '<p>Minutes approved as a true record.</p>',
  ],
  THREAT_PICTURE: [
    '<p>The intelligence bureau presented the threat picture: county lines into Eastfield and Moorside remain the highest harm.</p>',
    null,
  ],
  OCG_REVIEW: [
    '<p>Operation Larch and Operation Osprey reviewed. Safeguarding of the runners discussed with children’s services.</p>',
    '<p>HMRC and DWP to look at the Crossley family’s finances before the next panel.</p>',
  ],
  NEW_OCGS_REFERRALS: ['<p>The retail crime referral was discussed and accepted into Operation Tinsel.</p>', '<p>Referral R-0001 accepted.</p>'],
  PARTNER_UPDATES: ['<p>Licensing reported the takeaway review; the Environment Agency reported the Moor Lane site.</p>', null],
  EMERGING_THREATS: [
    '<p>Members discussed the rise in courier fraud against older residents.</p>',
    '<p>Trading Standards to brief the panel on doorstep crime at the next meeting.</p>',
  ],
  ANY_OTHER_BUSINESS: ['<p>None.</p>', null],
  NEXT_MEETING: ['<p>The next meeting will be held on Microsoft Teams.</p>', null],
};

/** The second Tuesday of a month, 10:00 in the UK (BST or GMT as the date falls). */
function secondTuesday(year: number, month: number): Date {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((2 - first + 7) % 7) + 7;
  return new Date(new TZDate(year, month, day, 10, 0, MEETING_TIME_ZONE).getTime());
}

/**
 * The panel's series (second Tuesday, every other month, alternating Teams and headquarters), three past
 * meetings with their agenda, attendance and approved minutes, and the next meetings planned as far ahead as the
 * nightly job keeps a series (MEETINGS_AHEAD).
 */
export async function loadDemoMeetings(m: EntityManager, panelId: string, agencies: string[], users: Record<string, string>): Promise<void> {
  const now = new Date();
  const slots: Date[] = [];
  // Every other month: MEETINGS_AHEAD slots need up to twice as many months ahead, plus this month's passed slot.
  for (let k = -8; k <= MEETINGS_AHEAD * 2 + 1; k++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 1));
    if (d.getUTCMonth() % 2 === 1) slots.push(secondTuesday(d.getUTCFullYear(), d.getUTCMonth()));
  }
  const past = slots.filter((s) => s < now).slice(-3);
  const future = slots.filter((s) => s > now).slice(0, MEETINGS_AHEAD);
  const startsOn = new TZDate(past[0].getTime(), MEETING_TIME_ZONE).toISOString().slice(0, 10);
  const [series] = await m.query(
    `INSERT INTO meeting_series (panel_id, rule, starts_on, start_time, duration_minutes, first_mode, teams_url, location)
     VALUES ($1, 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', $2, '10:00', 120, 'TEAMS', $3, $4) RETURNING id`,
    [panelId, startsOn, TEAMS_URL, LOCATION],
  );
  const chair = users['chair@northmoor.police.example'];
  const members: { id: string; agency_id: string }[] = await m.query(
    `SELECT u.id, u.agency_id FROM app_user u JOIN membership ms ON ms.user_id = u.id WHERE ms.panel_id = $1 ORDER BY u.name`,
    [panelId],
  );
  const [threat] = await m.query(
    `INSERT INTO emerging_threat (panel_id, title, description, crime_type, area, status, raised_by, raised_by_agency_id, created_at)
     VALUES ($1, 'Courier fraud against older residents', 'Several reports of callers posing as police officers collecting bank cards.', 'FRAUD', 'Force-wide', 'DISCUSSED', $2, $3, now() - interval '80 days') RETURNING id`,
    [panelId, users['hannah.webb@stoploansharks.example'] ?? chair, agencies[20]],
  );
  await m.query(
    `INSERT INTO emerging_threat (panel_id, title, description, crime_type, area, raised_by, raised_by_agency_id)
     VALUES ($1, 'Vapes sold to children from a converted van', 'A van selling illicit vapes outside two schools in Brookside.', 'OTHER', 'Brookside', $2, $3),
            ($1, 'Cash-for-crash claims linked to a garage', 'Staged collisions on the A19 using hire cars from one garage.', 'FRAUD', 'A19 corridor', $4, $5)`,
    [
      panelId,
      users['vikram.patel@northmoor-council.example'] ?? chair,
      agencies[11],
      users['sarah.whitfield@northmoor.police.example'] ?? chair,
      agencies[1],
    ],
  );

  for (const [n, startsAt] of [...past, ...future].entries()) {
    const mode = n % 2 === 0 ? 'TEAMS' : 'IN_PERSON';
    const held = startsAt < now;
    const [meeting] = await m.query(
      `INSERT INTO meeting (panel_id, series_id, title, starts_at, ends_at, mode, teams_url, location, status, agenda_published_at, opened_at, closed_at)
       VALUES ($1, $2, $3, $4, $4::timestamptz + interval '2 hours', $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        panelId,
        series.id,
        `Panel meeting, ${new TZDate(startsAt.getTime(), MEETING_TIME_ZONE).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`,
        startsAt,
        mode,
        mode === 'TEAMS' ? TEAMS_URL : null,
        mode === 'IN_PERSON' ? LOCATION : null,
        held ? 'MINUTES_APPROVED' : 'PLANNED',
        held ? new Date(startsAt.getTime() - 14 * 86400_000) : null,
        held ? startsAt : null,
        held ? new Date(startsAt.getTime() + 7200_000) : null,
      ],
    );
    if (!held) continue;
    for (const [i, item] of STANDING_AGENDA.entries()) {
      const [notes, decisions] = NOTES[item.kind];
      await m.query(
        `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated, notes, decisions, presenter_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [meeting.id, panelId, i + 1, item.kind, item.title, item.minutes, notes, decisions, i < 2 ? chair : null],
      );
    }
    for (const [i, member] of members.entries()) {
      const apologies = (i + n) % 7 === 0;
      const absent = !apologies && (i + n) % 11 === 0;
      await m.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, reply, replied_at, presence, confidentiality_acknowledged_at, marked_by, marked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)`,
        [
          meeting.id,
          member.id,
          member.agency_id,
          apologies ? 'APOLOGIES' : 'ATTENDING',
          new Date(startsAt.getTime() - 5 * 86400_000),
          apologies || absent ? (apologies ? null : 'ABSENT') : mode === 'TEAMS' || i % 3 === 0 ? 'REMOTE' : 'IN_PERSON',
          apologies || absent ? null : startsAt,
          chair,
        ],
      );
    }
    if (n === past.length - 1) {
      await m.query(
        `INSERT INTO emerging_threat_outcome (meeting_id, emerging_threat_id, outcome, note) VALUES ($1, $2, 'DISCUSSED', 'Briefing requested from Trading Standards.')`,
        [meeting.id, threat.id],
      );
      await m.query(`UPDATE task SET meeting_id = $1 WHERE panel_id = $2 AND reference IN ('A-0001', 'A-0002', 'A-0003', 'A-0005')`, [
        meeting.id,
        panelId,
      ]);
    }
    const entity = await m.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    const content = await buildMinutesContent(m, entity);
    await m.query(
      `INSERT INTO meeting_minutes (meeting_id, panel_id, number, status, content, approved_by, approved_at, created_by)
       VALUES ($1, $2, 1, 'APPROVED', $3, $4, $5, $4)`,
      [meeting.id, panelId, JSON.stringify(content), chair, new Date(startsAt.getTime() + 10 * 86400_000)],
    );
  }
}
