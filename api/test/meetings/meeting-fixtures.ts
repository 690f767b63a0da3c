import type { TestApp } from '../support/test-app.js';

export const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
export const HQ = 'Force HQ, Aykley Heads, Durham';

export const SET_SERIES = `mutation($i: SetMeetingSeriesInput!) { setMeetingSeries(input: $i) { id rule version } }`;
export const MEETINGS = `query($p: ID!, $from: String, $to: String) { meetings(panelId: $p, from: $from, to: $to, limit: 50) {
  totalCount nodes { id title startsAt endsAt mode teamsUrl location status version seriesId } } }`;

export interface MeetingRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: 'TEAMS' | 'IN_PERSON';
  teamsUrl: string | null;
  location: string | null;
  status: string;
  version: number;
  seriesId: string | null;
}

/** Second Tuesday, every other month, from January 2027: both sides of the 2027 clock changes. */
export const BIMONTHLY = {
  rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU',
  startsOn: '2027-01-01',
  startTime: '10:00',
  firstMode: 'TEAMS',
  teamsUrl: TEAMS_URL,
  location: HQ,
};

export async function setSeries(
  t: TestApp,
  session: string,
  panelId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const res = await t.gql<{ setMeetingSeries: { id: string; version: number } }>(SET_SERIES, { i: { panelId, ...BIMONTHLY, ...extra } }, { session });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.setMeetingSeries;
}

export async function listMeetings(t: TestApp, session: string, panelId: string): Promise<MeetingRow[]> {
  const res = await t.gql<{ meetings: { nodes: MeetingRow[] } }>(MEETINGS, { p: panelId }, { session });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.meetings.nodes;
}
