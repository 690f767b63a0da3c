import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ExportFormat, TaskFilter, TaskSort } from '../../../gql/graphql';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { downloadBase64 } from '../../records-io/utils/files';
import { ExportTasksMutation } from '../graphql/export-tasks.mutation';

// The file holds what the list shows: `filter` and `sort` are the very ones the list query was given.
export function TaskExportButtons({ panelId, filter, sort }: { panelId: string; filter: TaskFilter; sort: TaskSort }) {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [exportTasks, { loading }] = useMutation(ExportTasksMutation, { fetchPolicy: 'no-cache' });
  const run = async (format: ExportFormat) => {
    setMessage('');
    setFailed('');
    try {
      const { data } = await exportTasks({ variables: { panelId, format, filter, sort } });
      if (!data) return;
      const file = data.exportTasks;
      downloadBase64(file.base64, file.filename, file.contentType);
      setMessage(`Downloaded ${file.filename}: ${file.rowCount} ${file.rowCount === 1 ? 'task' : 'tasks'}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The export failed');
    }
  };
  return (
    <>
      <div className="govuk-button-group app-no-print">
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
