import { SummaryList } from '../../../ui/SummaryList';
import { display, humanise, orderKeys } from '../utils/content';

const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

/** The generated figures of one section: lists of rows as tables, records as summary lists, nested once. */
export function ContentView({ value, caption }: { value: unknown; caption: string }) {
  if (Array.isArray(value)) {
    const rows = value.filter(isRecord);
    if (rows.length === 0) return <p className="govuk-body">None.</p>;
    const keys = orderKeys(Object.keys(rows[0]).filter((k) => k !== 'id'));
    return (
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {keys.map((k) => (
              <th key={k} scope="col" className="govuk-table__header">
                {humanise(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row, i) => (
            <tr key={String(row.id ?? i)} className="govuk-table__row">
              {keys.map((k) => (
                <td key={k} className="govuk-table__cell">
                  {display(row[k])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  // Records of the same figures side by side (current and previous period) read best as one table.
  if (isRecord(value) && Object.values(value).length > 1 && Object.values(value).every(isRecord)) {
    const columns = Object.keys(value);
    const figures = Object.keys(value[columns[0]] as Record<string, unknown>).filter((k) => k !== 'period');
    return (
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Figure
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {humanise(c)} period
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {figures.map((f) => (
            <tr key={f} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {humanise(f)}
              </th>
              {columns.map((c) => (
                <td key={c} className="govuk-table__cell govuk-table__cell--numeric">
                  {display((value[c] as Record<string, unknown>)[f])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (isRecord(value)) {
    const nested = Object.entries(value).filter(([, v]) => Array.isArray(v));
    const flat = Object.entries(value).filter(([, v]) => !Array.isArray(v));
    return (
      <>
        {flat.length > 0 && <SummaryList rows={flat.map(([k, v]) => ({ key: humanise(k), value: display(v) }))} />}
        {nested.map(([k, v]) => (
          <ContentView key={k} value={v} caption={`${caption}: ${humanise(k).toLowerCase()}`} />
        ))}
      </>
    );
  }
  return <p className="govuk-body">{display(value)}</p>;
}
