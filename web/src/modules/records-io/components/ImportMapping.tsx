import type { ImportField, ImportPreview } from '@sentinel/shared';
import { Select } from '../../../ui/Select';
import { Table } from '../../../ui/Table';

type Preview = ImportPreview;
export type Mapping = Partial<Record<ImportField, string>>;

export function mappingFrom(list: ReadonlyArray<{ column: string; field: ImportField }>): Mapping {
  return Object.fromEntries(list.map((m) => [m.field, m.column]));
}

export function mappingInput(mapping: Mapping) {
  return Object.entries(mapping)
    .filter(([, column]) => column)
    .map(([field, column]) => ({ field: field as ImportField, column: column as string }));
}

type Props = { preview: Preview; mapping: Mapping; onChange: (mapping: Mapping) => void };

// One select per field the import can fill, listing the file's columns.
export function ImportMapping({ preview, mapping, onChange }: Props) {
  const options = [{ value: '', label: 'Not imported' }, ...preview.columns.map((c) => ({ value: c, label: c }))];
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Match the file’s columns to the fields</legend>
      {preview.fields.map((f) => (
        <Select
          key={f.field}
          id={`map-${f.field}`}
          label={f.required ? f.label : `${f.label} (optional)`}
          hint={f.accepts}
          value={mapping[f.field] ?? ''}
          options={options}
          onChange={(column) => onChange({ ...mapping, [f.field]: column })}
        />
      ))}
    </fieldset>
  );
}

type ImportErrorRow = Preview['errors'][number];

export function ImportErrors({ errors }: { errors: readonly ImportErrorRow[] }) {
  if (errors.length === 0) return null;
  return (
    <Table
      caption={`Problems found (${errors.length})`}
      captionVisible
      columns={[
        { key: 'row', header: 'Row', cell: (e) => (e.row === null || e.row === undefined ? 'Whole file' : String(e.row)), numeric: true },
        { key: 'column', header: 'Column', cell: (e) => e.column ?? '' },
        { key: 'message', header: 'Problem', cell: (e) => e.message },
      ]}
      rows={[...errors]}
      rowKey={(e) => `${e.row ?? ''}:${e.column ?? ''}:${e.message}`}
    />
  );
}
