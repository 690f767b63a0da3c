import type { ReactNode } from 'react';
import { cx } from './classes';

export type TableColumn<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
};

type Props<Row> = {
  caption: string;
  captionVisible?: boolean;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
};

export function Table<Row>({ caption, captionVisible = false, columns, rows, rowKey }: Props<Row>) {
  return (
    <table className="govuk-table">
      <caption className={cx('govuk-table__caption govuk-table__caption--m', !captionVisible && 'govuk-visually-hidden')}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th key={column.key} scope="col" className={cx('govuk-table__header', column.numeric && 'govuk-table__header--numeric')}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.key} className={cx('govuk-table__cell', column.numeric && 'govuk-table__cell--numeric')}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
