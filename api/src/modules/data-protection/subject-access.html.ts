import {
  CONSULTATION_ACTION_LABELS,
  DATA_CHANNEL_LABELS,
  GSC_MARKING_LABELS,
  NOMINAL_ROLE_LABELS,
  PLACE_KIND_LABELS,
  TACTIC_HEADING_LABELS,
  TASK_STATUS_LABELS,
  type DataChannelName,
  type GscMarking,
  type NominalRole,
  type PlaceKind,
  type TacticHeading,
  type TaskStatus,
} from '@sentinel/shared';
import { dayLabel, documentPage, esc, londonStamp, table } from '../minutes/document-html.js';
import { fullName, type SubjectAccessContent } from './subject-access.content.js';

const yes = (b: boolean) => (b ? 'Yes' : 'No');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const label = <K extends string>(labels: Record<K, string>, key: string | null) => (key ? (labels[key as K] ?? key) : '');

/**
 * The subject-access report of one nominal (DPA 2018 s.45): every record the panel holds about them and every
 * consultation and disclosure of them in the s.62 log. It is for the data protection officer, who decides what
 * may be given: intelligence text and stated purposes can name other people, and disclosure may be restricted.
 */
export function subjectAccessHtml(c: SubjectAccessContent, preparedAt: Date, preparedBy: string): string {
  const n = c.nominal;
  const name = fullName(n);
  const title = `Subject access report: ${name} (${n.reference})`;
  const disclosures = c.log.filter((r) => r.action === 'DISCLOSE').length;
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(n.panelName)}. Prepared ${esc(londonStamp(preparedAt))} by ${esc(preparedBy)}.</p>`,
    `<p class="notice">For the data protection officer. Review before anything is released: intelligence and stated purposes can name
      other people, and disclosure may be restricted where it would prejudice an investigation (DPA 2018 s.45(4)).</p>`,
    '<h2>The record</h2>',
    table(
      'The nominal as recorded',
      ['Field', 'Value'],
      [
        ['Reference', n.reference],
        ['Surname', n.surname],
        ['Forenames', n.forenames || 'None recorded'],
        ['Aliases', n.aliases.length ? n.aliases.join(', ') : 'None recorded'],
        ['Date of birth', n.dateOfBirth ? dayLabel(n.dateOfBirth) : 'Not recorded'],
        ['Vulnerable or exploited', yes(n.isVulnerable)],
        ['Child', yes(n.isChild)],
        ['Risk to officers', yes(n.riskToOfficers)],
        ['Next review', n.nextReviewOn ? dayLabel(n.nextReviewOn) : 'Not set'],
        ['Marking', label(GSC_MARKING_LABELS as Record<GscMarking, string>, n.gscMarking)],
        ['Recorded', londonStamp(n.createdAt)],
        ['Last changed', londonStamp(n.updatedAt)],
      ],
      '',
    ),
    '<h2>Groups</h2>',
    table(
      'Organised crime groups the person is recorded against',
      ['Group', 'Role', 'Linked'],
      c.groups.map((g) => [`${g.reference} ${g.name}`, label(NOMINAL_ROLE_LABELS as Record<NominalRole, string>, g.role), londonStamp(g.addedAt)]),
      'Not recorded against any group.',
    ),
    '<h2>Vehicles</h2>',
    table(
      'Vehicles linked to the person',
      ['Registration', 'Vehicle', 'Linked'],
      c.vehicles.map((v) => [v.registration, [v.colour, v.make, v.model].filter(Boolean).join(' ') || 'Not recorded', londonStamp(v.addedAt)]),
      'No vehicles linked.',
    ),
    '<h2>Places</h2>',
    table(
      'Places linked to the person',
      ['Place', 'Kind', 'Area', 'Linked'],
      c.places.map((p) => [p.label, label(PLACE_KIND_LABELS as Record<PlaceKind, string>, p.kind), p.area ?? '', londonStamp(p.addedAt)]),
      'No places linked.',
    ),
    '<h2>Intelligence</h2>',
    table(
      'Intelligence recorded about the person (3x5x2 grading)',
      ['Recorded', 'Agency', 'Grading', 'Handling', 'Text'],
      c.intelligence.map((i) => [
        dayLabel(i.recordedOn),
        i.agencyName ?? '',
        `${i.sourceGrade.replace('S', '')}${i.intelligenceGrade}`,
        i.handling === 'C' ? `C: ${i.handlingConditions ?? ''}` : i.handling,
        i.text,
      ]),
      'No intelligence recorded.',
    ),
    '<h2>Disruptions</h2>',
    table(
      'Disruptions that name the person',
      ['Date', 'Group', 'Agency', '4P', 'Tactic', 'Description'],
      c.disruptions.map((d) => [
        dayLabel(d.occurredOn),
        d.groupReference,
        d.agencyName ?? '',
        capitalise(d.strand.toLowerCase()),
        label(TACTIC_HEADING_LABELS as Record<TacticHeading, string>, d.tacticHeading),
        d.description,
      ]),
      'No disruptions name the person.',
    ),
    '<h2>Tasks</h2>',
    table(
      'Tasks about the person',
      ['Reference', 'Task', 'Agency', 'Status', 'Due'],
      c.tasks.map((t) => [
        t.reference,
        t.title,
        t.agencyName ?? '',
        label(TASK_STATUS_LABELS as Record<TaskStatus, string>, t.status),
        t.dueOn ? dayLabel(t.dueOn) : '',
      ]),
      'No tasks are about the person.',
    ),
    '<h2>Changes to the record</h2>',
    table(
      'Collection and alteration of the record and of the intelligence about the person (audit trail)',
      ['When', 'What', 'By', 'Fields'],
      c.changes.map((e) => [londonStamp(e.at), `${e.entityType}: ${e.action.toLowerCase()}`, e.actorName ?? 'Sentinel', e.fields.join(', ')]),
      'No changes recorded.',
    ),
    '<h2>Consultations and disclosures</h2>',
    `<p>${esc(`${c.log.length} ${c.log.length === 1 ? 'entry' : 'entries'} in the s.62 log, of which ${disclosures} ${disclosures === 1 ? 'disclosure' : 'disclosures'}.`)}</p>`,
    table(
      'Every consultation and disclosure of the person’s data (s.62 log), oldest first',
      ['When', 'Action', 'Channel', 'By', 'Their agency', 'Disclosed to', 'Purpose', 'What', 'Log entry'],
      c.log.map((r) => [
        londonStamp(r.at),
        CONSULTATION_ACTION_LABELS[r.action],
        r.channel ? label(DATA_CHANNEL_LABELS as Record<DataChannelName, string>, r.channel) : 'Not recorded',
        r.actorName ?? 'Sentinel',
        r.actorAgencyName ?? '',
        r.disclosedToAgencyName ?? '',
        r.purpose ?? '',
        capitalise(r.records),
        r.id,
      ]),
      'No consultations or disclosures recorded.',
    ),
  ].join('\n');
  return documentPage(title, body);
}
