import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ExportFormat, OcgFilter, OcgSort } from '../../../gql/graphql';
import { apiErrors } from '../../app/utils/api-errors';
import { LoadFailed } from '../../app/components/StatusContent';
import { ExportNominalsMutation } from '../graphql/export-nominals.mutation';
import { ExportOcgsMutation } from '../graphql/export-ocgs.mutation';
import { downloadBase64 } from '../utils/files';

type ExportFile = { base64: string; filename: string; contentType: string; rowCount: number; personalDataWithheld: boolean };
type Kind = 'groups' | 'nominals';

function downloaded(file: ExportFile, kind: Kind): string {
  const noun = kind === 'groups' ? (file.rowCount === 1 ? 'group' : 'groups') : file.rowCount === 1 ? 'nominal' : 'nominals';
  const withheld = file.personalDataWithheld ? ' Names and other personal details were withheld: your agency may not receive personal data.' : '';
  return `Downloaded ${file.filename}: ${file.rowCount} ${noun}.${withheld}`;
}

// The groups' file holds what the list shows: `filter` and `sort` are the very ones the list query was given.
// The panel's nominals are exported whole: the list's filter describes groups, not people.
export function OcgExportButtons({ panelId, filter, sort }: { panelId: string; filter: OcgFilter; sort: OcgSort }) {
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [exportOcgs, ocgs] = useMutation(ExportOcgsMutation, { fetchPolicy: 'no-cache' });
  const [exportNominals, nominals] = useMutation(ExportNominalsMutation, { fetchPolicy: 'no-cache' });
  const busy = ocgs.loading || nominals.loading;
  const run = async (kind: Kind, format: ExportFormat) => {
    setMessage('');
    setFailed('');
    try {
      const file =
        kind === 'groups'
          ? (await exportOcgs({ variables: { panelId, format, filter, sort } })).data?.exportOcgs
          : (await exportNominals({ variables: { panelId, format, filter: null } })).data?.exportNominals;
      if (!file) return;
      downloadBase64(file.base64, file.filename, file.contentType);
      setMessage(downloaded(file, kind));
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The export failed');
    }
  };
  const button = (kind: Kind, format: ExportFormat, text: string) => (
    <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => run(kind, format)}>
      {text}
    </button>
  );
  return (
    <>
      <div className="govuk-button-group">
        {button('groups', 'CSV', 'Export CSV')}
        {button('groups', 'XLSX', 'Export XLSX')}
        {button('nominals', 'CSV', 'Export nominals CSV')}
        {button('nominals', 'XLSX', 'Export nominals XLSX')}
      </div>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {failed && <LoadFailed message={failed} />}
    </>
  );
}
