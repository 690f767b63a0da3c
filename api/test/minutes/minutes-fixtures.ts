import type { DataSource } from 'typeorm';
import { TEST_PASSWORD_HASH, type PanelFixture } from '../support/fixtures.js';

export interface MeetingFixture {
  previousId: string;
  meetingId: string;
  openItemId: string;
  restrictedItemId: string;
  ocgId: string;
  nominalId: string;
  tsPartnerEmail: string;
}

const one = async (ds: DataSource, sql: string, params: unknown[]): Promise<string> => (await ds.query(sql, params))[0].id;

/**
 * Written straight to the database, as the schedule and agenda engineers' services would leave it: a past
 * meeting with approved minutes (one item restricted to HMRC), the next one with its agenda published (its second
 * item restricted to HMRC, one open item after it), a group
 * for review with a named nominal, intelligence handled P and C, and a Trading Standards partner (no ISA cover).
 */
export async function createMeetings(ds: DataSource, p: PanelFixture): Promise<MeetingFixture> {
  const hmrc = p.agencies.HMRC;
  const ts = p.agencies['Trading Standards'];
  const tsPartnerEmail = `ts.partner.${p.panelId.slice(0, 8)}@example.test`;
  const tsUser = await one(ds, `INSERT INTO app_user (email, name, agency_id, password_hash) VALUES ($1, 'TS partner', $2, $3) RETURNING id`, [
    tsPartnerEmail,
    ts,
    TEST_PASSWORD_HASH,
  ]);
  await ds.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, tsUser]);

  const previousId = await one(
    ds,
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, status) VALUES ($1, 'Panel meeting, January', '2026-01-13T10:00:00Z', '2026-01-13T12:00:00Z', 'TEAMS', 'MINUTES_APPROVED') RETURNING id`,
    [p.panelId],
  );
  const content = {
    meeting: { title: 'Panel meeting, January', startsAt: '2026-01-13T10:00:00Z', endsAt: '2026-01-13T12:00:00Z', mode: 'TEAMS', location: null },
    items: [
      {
        itemId: previousId,
        position: 1,
        kind: 'OTHER',
        title: 'Open business item',
        restrictedTo: [],
        notes: '<p>PREVIOUS-OPEN-NOTES</p>',
        decisions: null,
        tasks: [],
        threatOutcomes: [],
      },
      {
        itemId: p.panelId,
        position: 2,
        kind: 'OTHER',
        title: 'Prior HMRC-only item',
        restrictedTo: [hmrc],
        notes: '<p>PREVIOUS-RESTRICTED-NOTES</p>',
        decisions: null,
        tasks: [],
        threatOutcomes: [],
      },
    ],
    otherTasks: [],
    otherThreatOutcomes: [],
    attendance: { present: [], apologies: [] },
  };
  await ds.query(
    `INSERT INTO meeting_minutes (meeting_id, panel_id, number, status, content, approved_at) VALUES ($1, $2, 1, 'APPROVED', $3, now())`,
    [previousId, p.panelId, JSON.stringify(content)],
  );

  const meetingId = await one(
    ds,
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location, status, agenda_published_at)
     VALUES ($1, 'Panel meeting, March', '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z', 'IN_PERSON', 'Force HQ', 'AGENDA_PUBLISHED', now()) RETURNING id`,
    [p.panelId],
  );
  const openItemId = await one(
    ds,
    `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated) VALUES ($1, $2, 1, 'OCG_REVIEW', 'Groups for review', 30) RETURNING id`,
    [meetingId, p.panelId],
  );
  const restrictedItemId = await one(
    ds,
    `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated, restricted_to)
     VALUES ($1, $2, 2, 'OTHER', 'Operation Quill tax enquiry', 10, ARRAY[$3]::uuid[]) RETURNING id`,
    [meetingId, p.panelId, hmrc],
  );
  await ds.query(
    `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, minutes_allocated) VALUES ($1, $2, 3, 'ANY_OTHER_BUSINESS', 'Any other business', 5)`,
    [meetingId, p.panelId],
  );
  const ocgId = await one(
    ds,
    `INSERT INTO ocg (panel_id, reference, name, status, tier, score_total, crime_types) VALUES ($1, 'OCG-0001', 'Operation Larch', 'ACTIVE', 'Tier 1', 420, ARRAY['COUNTY_LINES_CCE']) RETURNING id`,
    [p.panelId],
  );
  await ds.query(`INSERT INTO agenda_item_record (agenda_item_id, record_kind, record_id) VALUES ($1, 'OCG', $2)`, [openItemId, ocgId]);
  const nominalId = await one(
    ds,
    `INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, 'N-0001', 'Whitlock', 'Dean') RETURNING id`,
    [p.panelId],
  );
  await ds.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [ocgId, nominalId]);
  const intel = `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling, handling_conditions)
                 VALUES ($1, 'OCG', $2, '2026-02-01', $3, $4, 'S1', 'B', $5, $6)`;
  await ds.query(intel, [p.panelId, ocgId, p.agencies['Police SOC unit'], 'SHAREABLE-P-INTEL cash moved through the car wash', 'P', null]);
  await ds.query(intel, [p.panelId, ocgId, hmrc, 'CONDITIONAL-C-INTEL offshore accounts', 'C', 'HMRC use only']);
  await ds.query(
    `INSERT INTO task (panel_id, reference, title, agency_id, status, due_on) VALUES ($1, 'A-0001', 'Review the car wash accounts', $2, 'OPEN', '2026-03-01')`,
    [p.panelId, hmrc],
  );
  return { previousId, meetingId, openItemId, restrictedItemId, ocgId, nominalId, tsPartnerEmail };
}
