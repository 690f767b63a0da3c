import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { EMERGING_THREAT_OUTCOME_LABELS, MEETING_MODE_LABELS, PRESENCE_LABELS, PROTECTIVE_MARKING } from '@sentinel/shared';
import { londonDate, londonTime } from './document-html.js';
import type { MinutesContent, MinutesTask } from './minutes-content.js';
import { richTextToParagraphs } from '../agenda/rich-text.js';

export interface DocxMinutes {
  title: string;
  subtitle: string;
  agencyName: string;
  content: MinutesContent;
}

const marking = () => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: PROTECTIVE_MARKING, bold: true })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });

/**
 * The styles Word needs to read the file as a document rather than formatted text: each heading style carries its
 * outline level (the navigation pane and the bookmarks of a PDF saved from Word are built from it), and the
 * defaults give every run a font, a size and UK English, so spelling and screen readers use en-GB.
 */
const STYLES = {
  default: {
    document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } },
    heading1: { paragraph: { outlineLevel: 0 } },
    heading2: { paragraph: { outlineLevel: 1 } },
    heading3: { paragraph: { outlineLevel: 2 } },
  },
};

/** A simple table with a header row that Word repeats on each page, as the HTML tables have captions. */
function table(head: string[], rows: string[][]): Table {
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: header })] })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(head, true), ...rows.map((r) => row(r))] });
}

function tasks(list: MinutesTask[]): Table {
  return table(
    ['Reference', 'Action', 'Agency'],
    list.map((t) => [t.reference, t.title, t.agencyName]),
  );
}

/** The minutes as a Word file, the marking in every page's header and footer (Word repeats them). */
export async function minutesDocx(d: DocxMinutes): Promise<Buffer> {
  const c = d.content;
  // The marking also opens the body: a reader that drops headers and footers (or a screen reader) still meets it.
  const body: (Paragraph | Table)[] = [
    marking(),
    heading(d.title, HeadingLevel.TITLE),
    para(d.subtitle),
    para(
      `${londonDate(c.meeting.startsAt)}, ${londonTime(c.meeting.startsAt)} to ${londonTime(c.meeting.endsAt)}. ${MEETING_MODE_LABELS[c.meeting.mode] ?? ''}${c.meeting.location ? `: ${c.meeting.location}` : ''}.`,
    ),
    para(`Prepared for ${d.agencyName}. Do not forward outside your agency.`),
    heading('Attendance', HeadingLevel.HEADING_1),
  ];
  body.push(
    c.attendance.present.length
      ? table(
          ['Name', 'Agency', 'Attendance'],
          c.attendance.present.map((p) => [p.name, p.agencyName ?? '', PRESENCE_LABELS[p.presence] ?? p.presence]),
        )
      : para('No attendance was recorded.'),
    heading('Apologies', HeadingLevel.HEADING_2),
    c.attendance.apologies.length
      ? table(
          ['Name', 'Agency', 'Substitute'],
          c.attendance.apologies.map((p) => [p.name, p.agencyName ?? '', p.substituteName ?? 'None']),
        )
      : para('No apologies were received.'),
  );
  for (const item of c.items) {
    body.push(heading(`${item.position}. ${item.title}`, HeadingLevel.HEADING_1));
    body.push(heading('Minutes', HeadingLevel.HEADING_2), ...richTextToParagraphs(item.notes).map(para));
    if (!item.notes) body.push(para('Nothing was minuted.'));
    body.push(heading('Decisions', HeadingLevel.HEADING_2), ...richTextToParagraphs(item.decisions).map(para));
    if (!item.decisions) body.push(para('No decisions were recorded.'));
    if (item.tasks.length) body.push(heading('Actions', HeadingLevel.HEADING_2), tasks(item.tasks));
    if (item.threatOutcomes.length) {
      body.push(
        heading('Emerging threats', HeadingLevel.HEADING_2),
        table(
          ['Emerging threat', 'Outcome', 'Note'],
          item.threatOutcomes.map((o) => [o.title, EMERGING_THREAT_OUTCOME_LABELS[o.outcome] ?? o.outcome, o.note ?? '']),
        ),
      );
    }
  }
  if (c.otherTasks.length) body.push(heading('Other actions raised', HeadingLevel.HEADING_1), tasks(c.otherTasks));
  if (c.otherThreatOutcomes.length) {
    body.push(
      heading('Other emerging threats', HeadingLevel.HEADING_1),
      table(
        ['Emerging threat', 'Outcome', 'Note'],
        c.otherThreatOutcomes.map((o) => [o.title, EMERGING_THREAT_OUTCOME_LABELS[o.outcome] ?? o.outcome, o.note ?? '']),
      ),
    );
  }
  const doc = new Document({
    title: `${d.title} – ${PROTECTIVE_MARKING}`,
    creator: 'Sentinel',
    styles: STYLES,
    sections: [
      { headers: { default: new Header({ children: [marking()] }) }, footers: { default: new Footer({ children: [marking()] }) }, children: body },
    ],
  });
  return Packer.toBuffer(doc);
}
