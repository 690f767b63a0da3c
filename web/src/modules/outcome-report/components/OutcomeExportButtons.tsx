import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { OutcomeReportFormat } from '../../../gql/graphql';
import { apiErrors } from '../../app/utils/api-errors';
import { LoadFailed } from '../../app/components/StatusContent';
import { downloadBase64 } from '../../records-io/utils/files';
import { ExportOutcomeReportMutation } from '../graphql/export-outcome-report.mutation';

export function OutcomeExportButtons({ panelId, from, to }: { panelId: string; from: string; to: string }) {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [exportReport, { loading }] = useMutation(ExportOutcomeReportMutation, { fetchPolicy: 'no-cache' });
  const run = async (format: OutcomeReportFormat) => {
    setMessage('');
    setFailed('');
    try {
      const file = (await exportReport({ variables: { panelId, from, to, format } })).data?.exportOutcomeReport;
      if (!file) return;
      downloadBase64(file.base64, file.filename, file.contentType);
      setMessage(`Downloaded ${file.filename}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The download failed');
    }
  };
  return (
    <>
      <div className="govuk-button-group">
        {(['PDF', 'CSV', 'XLSX'] as const).map((format) => (
          <button key={format} type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={() => run(format)}>
            Download {format}
          </button>
        ))}
      </div>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {failed && <LoadFailed message={failed} />}
    </>
  );
}
