import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import ical from 'node-ical';
import { maskFor, type KnownTerm } from '../../src/core/access/known-names.js';
import { maskDocx, maskHtml, maskIcs } from '../../src/core/access/masked-files.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TERMS: KnownTerm[] = [
  { kind: 'NAME', term: 'Crossley' },
  { kind: 'FULL_NAME', term: 'Jason Crossley' },
  { kind: 'NAME', term: 'O’Neil' },
  { kind: 'NAME', term: 'Smith-Jones' },
  { kind: 'FULL_NAME', term: 'Zoë Ashworth' },
  { kind: 'NAME', term: 'Ashworth' },
  { kind: 'ADDRESS', term: '12 Kiln Row, Spennymoor' },
];
const mask = maskFor(TERMS);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('free text masked in each format as a reader reads it', () => {
  it('masks a name that runs through tags in HTML, leaving every tag and attribute where it was', () => {
    expect(maskHtml(mask, '<p>Met Cross<strong>ley</strong> twice</p>')).toBe('<p>Met [name withheld]<strong></strong> twice</p>');
    expect(maskHtml(mask, '<p>Jason<br>Crossley and <em>Jason</em> <em>Crossley</em></p>')).toBe(
      '<p>[name withheld]<br> and <em>[name withheld]</em><em></em></p>',
    );
    expect(maskHtml(mask, '<tr><td>Jason</td><td>Crossley</td></tr>')).not.toMatch(/Jason|Crossley/);
    expect(maskHtml(mask, '<a title="Crossley > x" href="#c">Cross<!-- a > b -->ley</a>')).toBe(
      '<a title="Crossley > x" href="#c">[name withheld]<!-- a > b --></a>',
    );
    const untouched = '<p>young <b>people</b> in Crossleyville and Cross<b>ley</b>ville</p>';
    expect(maskHtml(mask, untouched)).toBe(untouched);
  });

  it('masks a name split between two runs of a Word document', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph({ children: [new TextRun('Seen with Cross'), new TextRun({ text: 'ley', bold: true })] })] }],
      }),
    );
    const body = strFromU8(unzipSync(new Uint8Array(maskDocx(mask, Buffer.from(docx))))['word/document.xml']);
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe('Seen with [name withheld]');
  });

  it('reads character references and invisible characters as a reader sees them', () => {
    expect(maskHtml(mask, '<p>Jason&nbsp;Crossley, Jason&#160;Crossley and Jason&#xA0;Crossley</p>')).toBe(
      '<p>[name withheld], [name withheld] and [name withheld]</p>',
    );
    expect(maskHtml(mask, '<p>O&#39;Neil, O&rsquo;Neil and O&#x2019;Neil; Zo&euml;&ensp;Ashworth</p>')).not.toMatch(/Neil|Zo/);
    expect(maskHtml(mask, '<p>Cross&shy;ley and Cross&#8203;ley at 12 Kiln Row&comma; Spennymoor</p>')).toBe(
      '<p>[name withheld] and [name withheld] at [address withheld]</p>',
    );
    expect(mask('Cross\u00ADley, Smith\u2011Jones and Smith–Jones')).toBe('[name withheld], [name withheld] and [name withheld]');
    expect(maskHtml(mask, '<p>Tom &amp; Jerry&#0; &bogus; &lt;b&gt;</p>')).toBe('<p>Tom &amp; Jerry&#0; &bogus; &lt;b&gt;</p>');
    expect(maskHtml(mask, '<p>Crossley &lt;3 &amp; &#0;</p>')).toBe('<p>[name withheld] &lt;3 &amp; \uFFFD</p>');
  });

  it('masks iCalendar text unfolded and unescaped, and folds again only the lines it changed', () => {
    const summary = `SUMMARY:${'x'.repeat(63)} Jason Cross\r\n ley and more`;
    const ics = [
      'BEGIN:VEVENT',
      summary,
      'LOCATION:12 Kiln Row\\, Spennymoor',
      'DESCRIPTION:Crossley\\nnotes',
      'UID:abc@sentinel',
      'END:VEVENT',
      '',
    ].join('\r\n');
    const masked = maskIcs(mask, ics);
    expect(unfold(masked)).toBe(
      [
        'BEGIN:VEVENT',
        `SUMMARY:${'x'.repeat(63)} [name withheld] and more`,
        'LOCATION:[address withheld]',
        'DESCRIPTION:[name withheld]\\nnotes',
        'UID:abc@sentinel',
        'END:VEVENT',
        '',
      ].join('\r\n'),
    );
    expect(masked.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const untouched = 'BEGIN:VEVENT\r\nSUMMARY:Panel meeting\\, all agencies\r\nEND:VEVENT\r\n';
    expect(maskIcs(mask, untouched)).toBe(untouched);
  });

  describe('through the API', () => {
    let t: TestApp;
    let p: PanelFixture;
    let meetingId: string;
    beforeAll(async () => {
      t = await startTestApp();
      p = await createPanel(t.dataSource);
      const [n] = await t.dataSource.query(
        `INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, 'N-0001', 'Crossley', 'Jason') RETURNING id`,
        [p.panelId],
      );
      const [home] = await t.dataSource.query(
        `INSERT INTO place (panel_id, label, kind) VALUES ($1, '12 Kiln Row, Spennymoor', 'HOME') RETURNING id`,
        [p.panelId],
      );
      await t.dataSource.query(`INSERT INTO nominal_place (nominal_id, place_id) VALUES ($1, $2)`, [n.id, home.id]);
      // "LOCATION:" and 54 octets before the name, which runs past the line's 75th octet, where it is folded.
      const location = 'Room 4 in the old mill at the back of the yard kept by Jason Crossley';
      const [m] = await t.dataSource.query(
        `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location)
         VALUES ($1, 'Panel meeting, 9 March 2027, at 12 Kiln Row, Spennymoor', '2027-03-09T10:00Z', '2027-03-09T12:00Z', 'IN_PERSON', $2) RETURNING id`,
        [p.panelId, location],
      );
      meetingId = m.id;
    });
    afterAll(() => t.close());

    const invite = async (role: 'OBSERVER' | 'PARTNER_MEMBER') => {
      const session = await t.signIn(p.users[role].email, TEST_PASSWORD);
      const res = await t.gql<{ meetingInvite: { content: string } }>(
        `query($id: ID!) { meetingInvite(meetingId: $id) { content } }`,
        { id: meetingId },
        { session },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.meetingInvite.content;
    };

    it('withholds from a viewer without cover a name folded across two lines of an invitation, and an address written with its comma escaped', async () => {
      const written = await invite('PARTNER_MEMBER');
      expect(written).toMatch(/Jason Cros\r\n sley/);
      const masked = await invite('OBSERVER');
      expect(masked).not.toMatch(/Crossley|Cros\r\n sley|Kiln/);
      const [event] = Object.values(ical.sync.parseICS(masked)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
      expect(event.location).toMatch(/ \[name withheld\]$/);
      expect(event.summary).toMatch(/at \[address withheld\]$/);
      expect(masked.endsWith('END:VCALENDAR\r\n')).toBe(true);
    });
  });
});
