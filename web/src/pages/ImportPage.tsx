import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Link } from 'react-router';
import { PERMISSIONS, type ImportKind, type ImportPreview, type ImportResult } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/ErrorSummary';
import { FileUpload } from '../ui/FileUpload';
import { NotificationBanner } from '../ui/NotificationBanner';
import { Radios } from '../ui/Radios';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import { ImportErrors, ImportMapping, mappingFrom, mappingInput, type Mapping } from '../modules/records-io/components/ImportMapping';
import { ImportTemplates } from '../modules/records-io/components/ImportTemplates';
import { ImportProgressStatus } from '../modules/records-io/components/ImportProgressStatus';
import { ImportUploadError, previewImport, runImport, type ImportProgress, type ImportSource } from '../modules/records-io/utils/import-upload';

const KINDS: { value: ImportKind; label: string; hint?: string }[] = [
  { value: 'OCGS', label: 'Groups' },
  { value: 'NOMINALS', label: 'Nominals' },
  { value: 'VEHICLES', label: 'Vehicles' },
  { value: 'LINKS', label: 'Links between records', hint: 'A nominal to a group with a role, or a vehicle to a group or a nominal' },
];

/** A refusal of the file itself points at the file field; anything else stands alone in the summary. */
function problemsOf(error: unknown): ErrorSummaryItem[] {
  if (!(error instanceof ImportUploadError)) return [{ message: 'Something went wrong on our side. Try again.' }];
  return error.problems.map((p) => (p.field === 'file' || p.field === 'kind' ? { fieldId: p.field, message: p.message } : { message: p.message }));
}

function Importer({ panelId }: { panelId: string }) {
  const client = useApolloClient();
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<ImportSource | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [previewing, setPreviewing] = useState(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  usePageTitle('Import records', problems.length > 0);

  const check = async (source: ImportSource, withMapping?: Mapping) => {
    setProblems([]);
    setResult(null);
    setPreviewing(true);
    try {
      const checked = await previewImport(panelId, source, withMapping ? mappingInput(withMapping) : null, setProgress);
      setPreview(checked);
      setMapping(mappingFrom(withMapping ? checked.mapping : checked.suggestedMapping));
    } catch (e) {
      setPreview(null);
      setProblems(problemsOf(e));
    } finally {
      setPreviewing(false);
      setProgress(null);
    }
  };
  const onChoose = async (event: FormEvent) => {
    event.preventDefault();
    const found: ErrorSummaryItem[] = [];
    if (!kind) found.push({ fieldId: 'kind', message: 'Select what the file holds' });
    if (!file) found.push({ fieldId: 'file', message: 'Select a CSV or Excel file' });
    if (found.length || !kind || !file) return setProblems(found);
    const source = { kind, file };
    setLoaded(source);
    return check(source);
  };
  const onImport = async () => {
    if (!loaded) return;
    setProblems([]);
    setRunning(true);
    try {
      const done = await runImport(panelId, loaded, mappingInput(mapping), setProgress);
      setResult(done);
      if (done.imported) {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'ocgs' });
        client.cache.gc();
      }
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };
  const errorFor = (id: string) => problems.find((p) => p.fieldId === id)?.message;

  if (result?.imported) {
    const c = result.created;
    return (
      <NotificationBanner success heading="Records imported">
        <p className="govuk-body">{`Created ${createdText(c)}.`}</p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to="/ocgs">
            Go to groups
          </Link>
        </p>
      </NotificationBanner>
    );
  }
  return (
    <>
      <ErrorSummary errors={problems} />
      <h1 className="govuk-heading-l">Import records</h1>
      <ImportTemplates />
      <form onSubmit={onChoose} noValidate>
        <Radios
          id="kind"
          legend="What does the file hold?"
          options={KINDS}
          value={kind}
          onChange={(v) => setKind(v as ImportKind)}
          error={errorFor('kind')}
        />
        <FileUpload
          id="file"
          label="File"
          hint="A CSV file or an Excel workbook (.xlsx), at most 5 MB, with a header row"
          accept=".csv,.xlsx"
          onChange={setFile}
          error={errorFor('file')}
        />
        <Button variant="secondary" disabled={previewing}>
          Check the file
        </Button>
      </form>
      <ImportProgressStatus
        progress={progress}
        reading={running && preview ? `Importing ${rowsText(preview.rowCount)}` : 'Reading the file and checking every row'}
      />
      {preview && loaded && (
        <>
          <h2 className="govuk-heading-m">{`${loaded.file.name}: ${preview.rowCount} ${preview.rowCount === 1 ? 'row' : 'rows'}`}</h2>
          <p className="govuk-body" role="status">
            {preview.valid ? 'No problems found: every row can be imported.' : 'Nothing is imported until every problem is fixed.'}
          </p>
          <ImportMapping preview={preview} mapping={mapping} onChange={setMapping} />
          <ButtonGroup>
            <Button type="button" variant="secondary" disabled={previewing} onClick={() => check(loaded, mapping)}>
              Check again with this matching
            </Button>
            {preview.valid && (
              <Button type="button" disabled={running} onClick={onImport}>
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

function rowsText(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'}`;
}

/** "1 group and 2 links": only what was created, each counted in its own number. */
function createdText(c: { ocgs: number; nominals: number; vehicles: number; links: number }): string {
  const parts = (
    [
      [c.ocgs, 'group', 'groups'],
      [c.nominals, 'nominal', 'nominals'],
      [c.vehicles, 'vehicle', 'vehicles'],
      [c.links, 'link', 'links'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (!parts.length) return 'no records';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
