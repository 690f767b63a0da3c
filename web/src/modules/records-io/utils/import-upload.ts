import {
  IMPORT_PATHS,
  IMPORT_REQUEST_HEADER,
  type ErrorCode,
  type ImportColumn,
  type ImportFailure,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
} from '@sentinel/shared';
import type { ApiError } from '../../app/utils/api-errors';

export type ImportSource = { kind: ImportKind; file: File };

const NETWORK_MESSAGE = 'Sentinel could not be reached. Check your connection and try again.';

/** A refusal from the import routes, with every problem they named. */
export class ImportUploadError extends Error {
  constructor(readonly problems: ApiError[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'ImportUploadError';
  }
}

/**
 * Sends the file itself as form data (never base64), with the session cookie and the header that marks the
 * request as coming from this page.
 */
async function send<T>(path: string, panelId: string, source: ImportSource, mapping: ImportColumn[] | null): Promise<T> {
  const form = new FormData();
  form.append('panelId', panelId);
  form.append('kind', source.kind);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', source.file, source.file.name);
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { [IMPORT_REQUEST_HEADER]: 'Sentinel' } });
  } catch {
    throw new ImportUploadError([{ code: 'NETWORK', message: NETWORK_MESSAGE }]);
  }
  const body = (await response.json().catch(() => null)) as { data?: T } | ImportFailure | null;
  if (response.ok && body && 'data' in body && body.data) return body.data;
  const errors = body && 'errors' in body ? body.errors : [];
  if (!errors.length) throw new ImportUploadError([{ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again.' }]);
  throw new ImportUploadError(errors.map((e) => ({ code: e.extensions.code as ErrorCode, message: e.message, field: e.extensions.field })));
}

export function previewImport(panelId: string, source: ImportSource, mapping: ImportColumn[] | null): Promise<ImportPreview> {
  return send(IMPORT_PATHS.preview, panelId, source, mapping);
}

export function runImport(panelId: string, source: ImportSource, mapping: ImportColumn[]): Promise<ImportResult> {
  return send(IMPORT_PATHS.run, panelId, source, mapping);
}
