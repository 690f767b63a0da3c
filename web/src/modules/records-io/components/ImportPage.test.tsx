import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IMPORT_PATHS, type ImportPreview, type ImportResult } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';

const PREVIEW: ImportPreview = {
  columns: ['Name', 'Status'],
  fields: [
    { field: 'NAME', label: 'Name', required: true, accepts: 'The group’s name or operation name' },
    { field: 'STATUS', label: 'Status', required: false, accepts: 'Emerging, Active, Dormant, Dismantled or Archived; left empty, Emerging' },
  ],
  suggestedMapping: [{ column: 'Name', field: 'NAME' }],
  mapping: [{ column: 'Name', field: 'NAME' }],
  rowCount: 2,
  errors: [],
  valid: true,
};
const RESULT: ImportResult = { imported: true, created: { ocgs: 2, nominals: 0, vehicles: 0, links: 0 }, errors: [] };

type Sent = { path: string; headers: Record<string, string>; fields: Record<string, FormDataEntryValue> };

/** A stand-in for the browser's XMLHttpRequest: keeps what the page sent, and answers when the test says. */
class FakeXhr {
  static last: FakeXhr | null = null;
  static sent: Sent[] = [];
  static answers: { status: number; body: unknown }[] = [];
  /** When false, the test drives the upload itself (progress, then the answer). */
  static auto = true;
  path = '';
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(_method: string, path: string) {
    this.path = path;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    FakeXhr.sent.push({ path: this.path, headers: this.headers, fields: Object.fromEntries(body.entries()) });
    FakeXhr.last = this;
    if (FakeXhr.auto) setTimeout(() => this.answer(), 0);
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
    if (loaded === total) this.upload.onload?.();
  }
  answer() {
    const answer = FakeXhr.answers.shift()!;
    this.status = answer.status;
    this.responseText = JSON.stringify(answer.body);
    this.onload?.();
  }
}

/** Answers each upload in turn, and keeps what the page sent. */
function fakeApi(answers: { status: number; body: unknown }[], auto = true): Sent[] {
  FakeXhr.sent = [];
  FakeXhr.answers = answers;
  FakeXhr.auto = auto;
  global.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return FakeXhr.sent;
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  expect(await screen.findByRole('heading', { name: 'Import records' })).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Groups' }));
  await user.upload(screen.getByLabelText('File'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
}

describe('the import page', () => {
  it('uploads the file itself as form data to check it, then to import it with the matching shown', async () => {
    const user = userEvent.setup();
    const sent = fakeApi([
      { status: 200, body: { data: PREVIEW } },
      { status: 200, body: { data: RESULT } },
    ]);
    renderRoute('/import', [viewerMock({ role: 'CHAIR' })]);
    const file = new File(['Name,Status\r\nA crew,Active\r\nB crew,\r\n'], 'groups.csv', { type: 'text/csv' });
    await chooseFile(user, file);

    expect(await screen.findByRole('heading', { name: 'groups.csv: 2 rows' })).toBeInTheDocument();
    expect(sent[0].path).toBe(IMPORT_PATHS.preview);
    expect(sent[0].headers).toEqual({ 'X-Requested-With': 'Sentinel' });
    expect(sent[0].fields.panelId).toBe('panel-1');
    expect(sent[0].fields.kind).toBe('OCGS');
    expect(sent[0].fields.mapping).toBeUndefined();
    expect((sent[0].fields.file as File).name).toBe('groups.csv');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status (optional)' }), 'Status');
    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('Created 2 groups.')).toBeInTheDocument();
    expect(sent[1].path).toBe(IMPORT_PATHS.run);
    expect(JSON.parse(sent[1].fields.mapping as string)).toEqual([
      { field: 'NAME', column: 'Name' },
      { field: 'STATUS', column: 'Status' },
    ]);
    expect((sent[1].fields.file as File).name).toBe('groups.csv');
  });

  it('shows a refused file in the error summary, linked to the file field', async () => {
    const user = userEvent.setup();
    const message = 'The file has more than 5,000 rows: split it into files of at most 5,000 rows';
    fakeApi([{ status: 413, body: { errors: [{ message, extensions: { code: 'IMPORT_TOO_LARGE', field: 'file' } }] } }]);
    renderRoute('/import', [viewerMock({ role: 'CHAIR' })]);
    await chooseFile(user, new File(['Name\n'], 'big.csv', { type: 'text/csv' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#file');
    expect(screen.getByText(message, { selector: '.govuk-error-message' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });
});

describe('a large file', () => {
  it('says how much of the file has gone, then that its rows are being checked, then what they hold', async () => {
    const user = userEvent.setup();
    fakeApi([{ status: 200, body: { data: PREVIEW } }], false);
    renderRoute('/import', [viewerMock({ role: 'CHAIR' })]);
    await chooseFile(user, new File(['Name,Status\nA,Active\nB,Dormant\n'], 'groups.csv', { type: 'text/csv' }));
    const xhr = FakeXhr.last!;
    act(() => xhr.progress(2_400_000, 5_000_000));
    expect(screen.getByRole('status')).toHaveTextContent('Sending the file: 48%');
    expect(screen.getByRole('progressbar', { name: 'Sending the file: 48%' })).toHaveAttribute('value', '48');
    act(() => xhr.progress(5_000_000, 5_000_000));
    expect(screen.getByRole('status')).toHaveTextContent('Reading the file and checking every row…');
    act(() => xhr.answer());
    expect(await screen.findByText('No problems found: every row can be imported.')).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toBeEmptyDOMElement();
  });
});

describe('the import templates', () => {
  it('lists each kind’s columns with what they hold, and downloads a template made from them', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:template';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderRoute('/import', [viewerMock({ role: 'CHAIR' })]);
    await user.click(await screen.findByText('Templates, and the columns each import accepts'));
    const vehicles = screen.getByRole('table', { name: 'Vehicles' });
    expect(within(vehicles).getByRole('row', { name: /Registration \(required\)/ })).toBeInTheDocument();
    expect(within(vehicles).getByText('The colour, like White')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the vehicles template (CSV)' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0]);
    });
    expect(text).toBe('Registration,Make,Model,Colour,OCG reference,Nominal reference\r\n');
    click.mockRestore();
  });
});
