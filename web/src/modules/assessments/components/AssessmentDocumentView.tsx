import type { ReactNode } from 'react';
import type { AssessmentDocument, AssessmentSection, DocumentTable } from '@sentinel/shared';
import { SummaryList } from '../../../ui/SummaryList';
import { cx } from '../../../ui/classes';

function DocumentTableView({ table }: { table: DocumentTable }) {
  if (table.rows.length === 0) return <p className="govuk-body">{table.empty}</p>;
  const numeric = (i: number) => table.numeric[i] ?? false;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {table.head.map((h, i) => (
            <th key={h} scope="col" className={cx('govuk-table__header', numeric(i) && 'govuk-table__header--numeric')}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {table.rows.map((row, r) => (
          <tr key={`${r}-${row[0]}`} className="govuk-table__row">
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {cell}
                </th>
              ) : (
                <td key={i} className={cx('govuk-table__cell', numeric(i) && 'govuk-table__cell--numeric')}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The chair's note as members read it; line breaks kept, shown as text. */
export function ChairNote({ text }: { text: string }) {
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s">Chair’s note</h3>
      {text.split('\n').map((line, i) => (
        <p key={i} className="govuk-body">
          {line}
        </p>
      ))}
    </div>
  );
}

type Props = {
  doc: AssessmentDocument;
  /** Beside the title: the version's status and the document's download link. */
  actions?: ReactNode;
  /** What follows each section: the note editor for a draft, else the chair's note as published. */
  note?: (section: AssessmentSection, title: string, text: string) => ReactNode;
};

/** The assessment as the document the panel publishes: the same words and order as its PDF (assessmentDocument). */
export function AssessmentDocumentView({ doc, actions, note }: Props) {
  return (
    <article aria-labelledby="assessment-title">
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="document-marking-top">
        <span className="govuk-visually-hidden">Protective marking: </span>
        {doc.marking}
      </p>
      <span className="govuk-caption-l">{doc.panel}</span>
      <h1 className="govuk-heading-l" id="assessment-title">
        {doc.title}: {doc.period}
      </h1>
      <p className="govuk-body">{doc.status}.</p>
      {actions}
      <h2 className="govuk-heading-m">The period in figures</h2>
      <SummaryList rows={doc.summary.map(([key, value]) => ({ key, value }))} />
      {doc.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id={`section-${s.key}`}>
            {s.title}
          </h2>
          {s.intro.map((p) => (
            <p key={p} className="govuk-body">
              {p}
            </p>
          ))}
          {s.tables.map((t) => (
            <DocumentTableView key={t.caption} table={t} />
          ))}
          {note ? note(s.key, s.title, s.chairNote ?? '') : s.chairNote && <ChairNote text={s.chairNote} />}
        </section>
      ))}
      <p className="govuk-body govuk-!-font-weight-bold" data-testid="document-marking-bottom">
        <span className="govuk-visually-hidden">Protective marking: </span>
        {doc.marking}
      </p>
    </article>
  );
}
