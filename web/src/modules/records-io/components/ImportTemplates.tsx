import { IMPORT_SPECS, importTemplateCsv, type ImportKind } from '@sentinel/shared';
import { Table } from '../../../ui/Table';

const KIND_NAMES: Record<ImportKind, { label: string; file: string }> = {
  OCGS: { label: 'Groups', file: 'groups' },
  NOMINALS: { label: 'Nominals', file: 'nominals' },
  VEHICLES: { label: 'Vehicles', file: 'vehicles' },
  LINKS: { label: 'Links between records', file: 'links' },
};

/** Saves the kind's template, made here from the columns the import accepts: nothing is fetched. */
function download(kind: ImportKind) {
  const url = URL.createObjectURL(new Blob([importTemplateCsv(kind)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `sentinel-import-${KIND_NAMES[kind].file}-template.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** For each kind of import: the columns it accepts, what each may hold, and a template to fill in. */
export function ImportTemplates() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Templates, and the columns each import accepts</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          A file made from a template needs no matching of columns. Only the columns marked required must be filled; a file may leave out any other
          column.
        </p>
        {(Object.keys(IMPORT_SPECS) as ImportKind[]).map((kind) => (
          <div key={kind}>
            <Table
              caption={KIND_NAMES[kind].label}
              captionVisible
              columns={[
                { key: 'column', header: 'Column', cell: (s) => (s.required ? `${s.label} (required)` : s.label) },
                { key: 'accepts', header: 'What it holds', cell: (s) => s.accepts },
              ]}
              rows={IMPORT_SPECS[kind]}
              rowKey={(s) => s.field}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => download(kind)}>
              {`Download the ${KIND_NAMES[kind].label.toLowerCase()} template (CSV)`}
            </button>
          </div>
        ))}
      </div>
    </details>
  );
}
