import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ExportFormat } from '../../../gql/graphql';
import { apiErrors } from '../../app/utils/api-errors';
import { LoadFailed } from '../../app/components/StatusContent';
import type { OcgFilterValues } from '../../ocgs/utils/ocg-filter';
import { ExportOcgsMutation } from '../graphql/export-ocgs.mutation';
import { downloadBase64 } from '../utils/files';

// The export takes what the list shows where the API can: one status, a crime type, the search text.
function exportFilter(filter: OcgFilterValues) {
  return {
    search: filter.search.trim() || null,
    crimeType: filter.crimeType || null,
    status: filter.statuses.length === 1 ? filter.statuses[0] : null,
  };
}

export function OcgExportButtons({ panelId, filter }: { panelId: string; filter: OcgFilterValues }) {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [exportOcgs, { loading }] = useMutation(ExportOcgsMutation, { fetchPolicy: 'no-cache' });
  const run = async (format: ExportFormat) => {
    setMessage('');
    setFailed('');
    try {
      const { data } = await exportOcgs({ variables: { panelId, format, filter: exportFilter(filter) } });
      if (!data) return;
      const file = data.exportOcgs;
      downloadBase64(file.base64, file.filename, file.contentType);
      setMessage(`Downloaded ${file.filename}: ${file.rowCount} ${file.rowCount === 1 ? 'group' : 'groups'}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The export failed');
    }
  };
  return (
    <>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={() => run('CSV')}>
          Export CSV
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={() => run('XLSX')}>
          Export XLSX
        </button>
      </div>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {failed && <LoadFailed message={failed} />}
    </>
  );
}
