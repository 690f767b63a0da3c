import {
  CRIME_TYPE_LABELS,
  HANDLING_CODE_LABELS,
  MEETING_MODE_LABELS,
  NOMINAL_ROLE_LABELS,
  OCG_STATUS_LABELS,
  TASK_STATUS_LABELS,
  type CrimeType,
} from '@sentinel/shared';
import { WITHHELD_REASON } from '../../core/audit/consultation.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { dayLabel, documentPage, esc, londonDate, londonStamp, londonTime, minutesBody, table } from './document-html.js';
import type { MinutesContent } from './minutes-content.js';
import type { Count, PackAction, PackAgendaItem, PackOcg } from './pack-data.js';

export interface PackView {
  meeting: MeetingEntity;
  agencyName: string;
  generatedAt: Date;
  agenda: PackAgendaItem[];
  previous: { title: string; number: number; approvedAt: Date | null; content: MinutesContent } | null;
  actions: PackAction[];
  threat: { total: number; byTier: Count[]; byCrimeType: Count[] };
  groups: PackOcg[];
  personalData: boolean;
  intelligence: boolean;
}

const NO_INTELLIGENCE = 'Intelligence is not included: your agency has no information-sharing agreement in force that covers it.';

/** The pack for one agency, as one accessible HTML page; the PDF is this page printed. */
export function renderPack(v: PackView): string {
  const m = v.meeting;
  const sections = [
    `<h1>Agenda pack: ${esc(m.title)}</h1>`,
    `<p>${esc(londonDate(m.startsAt))}, ${esc(londonTime(m.startsAt))} to ${esc(londonTime(m.endsAt))}. ${esc(MEETING_MODE_LABELS[m.mode])}${m.mode === 'IN_PERSON' && m.location ? `: ${esc(m.location)}` : ''}.</p>`,
    `<p class="notice">Prepared for <strong>${esc(v.agencyName)}</strong> on ${esc(londonStamp(v.generatedAt))}. This pack holds only what you may receive, and its issue is recorded. Do not forward it outside your agency.</p>`,
    `<nav aria-label="Contents"><h2>Contents</h2><ol>
      <li><a href="#agenda">Agenda</a></li><li><a href="#previous-minutes">Minutes of the previous meeting</a></li>
      <li><a href="#action-log">Action log</a></li><li><a href="#threat-picture">Threat picture</a></li>
      <li><a href="#groups">Groups for review</a></li></ol></nav>`,
    section('agenda', 'Agenda', agenda(v.agenda)),
    section('previous-minutes', 'Minutes of the previous meeting', previous(v.previous)),
    section(
      'action-log',
      'Action log',
      table(
        'Open actions of the panel, soonest due first',
        ['Reference', 'Action', 'Agency', 'Due', 'Status'],
        v.actions.map((a) => [
          a.reference,
          a.title,
          a.agency,
          `${dayLabel(a.dueOn)}${a.overdue ? ' (overdue)' : ''}`,
          TASK_STATUS_LABELS[a.status] ?? a.status,
        ]),
        'There are no open actions.',
      ),
    ),
    section('threat-picture', 'Threat picture', threat(v.threat)),
    section('groups', 'Groups for review', groups(v)),
  ];
  return documentPage(`Agenda pack – ${m.title} – ${v.agencyName}`, sections.join('\n'));
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(title)}</h2>\n${body}\n</section>`;
}

function agenda(items: PackAgendaItem[]): string {
  const overruns = items.some((i) => i.overruns);
  return (
    table(
      'Agenda items with their predicted times',
      ['Item', 'Title', 'Time', 'Minutes', 'Presenter'],
      items.map((i) => [
        i.position,
        i.title === null
          ? `Restricted item, ${i.minutes} ${i.minutes === 1 ? 'minute' : 'minutes'}`
          : `${i.title}${i.restricted ? ' (restricted)' : ''}`,
        `${londonTime(i.startsAt)} to ${londonTime(i.endsAt)}`,
        i.minutes,
        i.presenter ?? '',
      ]),
      'The agenda has no items yet.',
    ) + (overruns ? '\n<p class="notice">The agenda runs past the end of the meeting.</p>' : '')
  );
}

function previous(p: PackView['previous']): string {
  if (!p) return '<p>There are no approved minutes of the previous meeting.</p>';
  const approved = p.approvedAt ? `, approved ${esc(londonStamp(p.approvedAt))}` : '';
  return `<p class="meta">${esc(p.title)}: version ${p.number}${approved}.</p>\n${minutesBody(p.content, 3)}`;
}

function threat(t: PackView['threat']): string {
  const crime = (c: Count) => CRIME_TYPE_LABELS[c.label as CrimeType] ?? c.label;
  return [
    `<p>${t.total} live ${t.total === 1 ? 'group' : 'groups'} (emerging or active).</p>`,
    table(
      'Live groups by tier',
      ['Tier', 'Groups'],
      t.byTier.map((c) => [c.label, c.count]),
      'No live groups.',
    ),
    table(
      'Live groups by crime type (a group may have several)',
      ['Crime type', 'Groups'],
      t.byCrimeType.map((c) => [crime(c), c.count]),
      'No crime types recorded.',
    ),
  ].join('\n');
}

function groups(v: PackView): string {
  if (!v.groups.length) return '<p>No groups are on this agenda for review.</p>';
  const notices = [
    v.personalData ? '' : `<p class="notice">${esc(WITHHELD_REASON)} Members are shown by reference only.</p>`,
    v.intelligence ? '' : `<p class="notice">${esc(NO_INTELLIGENCE)}</p>`,
  ];
  const body = v.groups.map((g) => {
    const facts = `<dl>
      <dt>Tier</dt><dd>${esc(g.tier ?? 'Not yet scored')}</dd>
      <dt>Score</dt><dd>${esc(g.score ?? 'Not yet scored')}</dd>
      <dt>Status</dt><dd>${esc(OCG_STATUS_LABELS[g.status] ?? g.status)}</dd></dl>`;
    const people = table(
      `Members of ${g.reference}`,
      v.personalData ? ['Reference', 'Name', 'Role'] : ['Reference', 'Role'],
      g.nominals.map((n) =>
        v.personalData ? [n.reference, n.name ?? '', NOMINAL_ROLE_LABELS[n.role] ?? n.role] : [n.reference, NOMINAL_ROLE_LABELS[n.role] ?? n.role],
      ),
      'No members are recorded.',
    );
    const intel = v.intelligence
      ? table(
          `Intelligence on ${g.reference} that your agency may receive (latest first)`,
          ['Recorded', 'Grading', 'Intelligence', 'Handling conditions'],
          g.intelligence.map((i) => [
            dayLabel(i.recorded_on),
            `${i.source_grade.slice(1)}/${i.intelligence_grade}/${i.handling}`,
            i.text,
            i.handling === 'C' ? (i.handling_conditions ?? HANDLING_CODE_LABELS.C) : '',
          ]),
          'No intelligence to share.',
        )
      : '';
    return `<div class="group"><h3>${esc(g.reference)}: ${esc(g.name)}</h3>\n${facts}\n<h4>Members</h4>\n${people}${v.intelligence ? `\n<h4>Intelligence</h4>\n${intel}` : ''}</div>`;
  });
  return [...notices.filter(Boolean), ...body].join('\n');
}
