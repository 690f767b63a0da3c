import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/ErrorSummary';
import { FileUpload } from '../ui/FileUpload';
import { NotificationBanner } from '../ui/NotificationBanner';
import { Radios } from '../ui/Radios';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { useViewer } from '../modules/app/viewer-context';
import type { ImportKind, PreviewImportMutation, RunImportMutation } from '../gql/graphql';
import { ImportErrors, ImportMapping, mappingFrom, mappingInput, type Mapping } from '../modules/records-io/components/ImportMapping';
import { PreviewImportMutation as PreviewImport } from '../modules/records-io/graphql/preview-import.mutation';
import { RunImportMutation as RunImport } from '../modules/records-io/graphql/run-import.mutation';
import { readAsBase64 } from '../modules/records-io/utils/files';

const KINDS: { value: ImportKind; label: string; hint?: string }[] = [
  { value: 'OCGS', label: 'Groups' },
  { value: 'NOMINALS', label: 'Nominals' },
  { value: 'VEHICLES', label: 'Vehicles' },
  { value: 'LINKS', label: 'Links between records', hint: 'A nominal to a group with a role, or a vehicle to a group or a nominal' },
];

type Loaded = { kind: ImportKind; fileName: string; fileBase64: string };

function Importer({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [preview, setPreview] = useState<PreviewImportMutation['previewImport'] | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [result, setResult] = useState<RunImportMutation['runImport'] | null>(null);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [previewImport, previewing] = useMutation(PreviewImport, { fetchPolicy: 'no-cache' });
  const [runImport, running] = useMutation(RunImport, { fetchPolicy: 'no-cache' });
  usePageTitle('Import records', problems.length > 0);

  const check = async (source: Loaded, withMapping?: Mapping) => {
    setProblems([]);
    setResult(null);
    try {
      const { data } = await previewImport({ variables: { panelId, ...source, mapping: withMapping ? mappingInput(withMapping) : null } });
      if (!data) return;
      setPreview(data.previewImport);
      setMapping(mappingFrom(withMapping ? data.previewImport.mapping : data.previewImport.suggestedMapping));
    } catch (e) {
      setProblems(apiErrors(e).map((x) => ({ message: x.message })));
    }
  };
  const onChoose = async (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!kind) found.push({ fieldId: 'kind', message: 'Select what the file holds' });
    if (!file) found.push({ fieldId: 'file', message: 'Select a CSV or Excel file' });
    if (found.length || !kind || !file) return setProblems(found);
    const source = { kind, fileName: file.name, fileBase64: await readAsBase64(file) };
    setLoaded(source);
    return check(source);
  };
  const onImport = async () => {
    if (!loaded) return;
    setProblems([]);
    try {
      const { data } = await runImport({ variables: { panelId, ...loaded, mapping: mappingInput(mapping) } });
      if (!data) return;
      setResult(data.runImport);
      if (data.runImport.imported) {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
        client.cache.gc();
      }
    } catch (e) {
      setProblems(apiErrors(e).map((x) => ({ message: x.message })));
    }
  };
  const errorFor = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  if (result?.imported) {
    const c = result.created;
    return (
      <NotificationBanner success heading="Records imported">
        <p className="govuk-body">{`Created ${c.ocgs} groups, ${c.nominals} nominals, ${c.vehicles} vehicles and ${c.links} links.`}</p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to="/ocgs">Go to groups</Link>
        </p>
      </NotificationBanner>
    );
  }
  return (
    <>
      <ErrorSummary errors={problems} />
      <h1 className="govuk-heading-l">Import records</h1>
      <form onSubmit={onChoose} noValidate>
        <Radios id="kind" legend="What does the file hold?" options={KINDS} value={kind} onChange={(v) => setKind(v as ImportKind)} error={errorFor('kind')} />
        <FileUpload id="file" label="File" hint="A CSV file or an Excel workbook (.xlsx), at most 5 MB, with a header row" accept=".csv,.xlsx" onChange={setFile} error={errorFor('file')} />
        <Button variant="secondary" disabled={previewing.loading}>Check the file</Button>
      </form>
      {preview && loaded && (
        <>
          <h2 className="govuk-heading-m">{`${loaded.fileName}: ${preview.rowCount} ${preview.rowCount === 1 ? 'row' : 'rows'}`}</h2>
          <p className="govuk-body" role="status">
            {preview.valid ? 'No problems found: every row can be imported.' : 'Nothing is imported until every problem is fixed.'}
          </p>
          <ImportMapping preview={preview} mapping={mapping} onChange={setMapping} />
          <ButtonGroup>
            <Button type="button" variant="secondary" disabled={previewing.loading} onClick={() => check(loaded, mapping)}>
              Check again with this matching
            </Button>
            {preview.valid && (
              <Button type="button" disabled={running.loading} onClick={onImport}>
                {`Import ${preview.rowCount} ${preview.rowCount === 1 ? 'row' : 'rows'}`}
              </Button>
            )}
          </ButtonGroup>
          <ImportErrors errors={result?.errors ?? preview.errors} />
        </>
      )}
    </>
  );
}

export function ImportPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.RECORD_IMPORT}>
      <BackLink to="/ocgs">Back to groups</BackLink>
      {membership && <Importer key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
