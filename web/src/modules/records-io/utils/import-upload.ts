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

/** Where an upload has got to: the file on its way (a share of its bytes), then the server reading its rows. */
export type ImportProgress = { phase: 'sending'; sent: number } | { phase: 'reading' };

/**
 * Sends the file itself as form data (never base64), with the session cookie and the header that marks the
 * request as coming from this page, telling `onProgress` how much of the file has gone and when the server has it.
 */
function send<T>(
  path: string,
  panelId: string,
  source: ImportSource,
  mapping: ImportColumn[] | null,
  onProgress?: (p: ImportProgress) => void,
): Promise<T> {
  const form = new FormData();
  form.append('panelId', panelId);
  form.append('kind', source.kind);
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', source.file, source.file.name);
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader(IMPORT_REQUEST_HEADER, 'Sentinel');
    xhr.upload.onprogress = (e) => onProgress?.({ phase: 'sending', sent: e.lengthComputable && e.total ? e.loaded / e.total : 0 });
    xhr.upload.onload = () => onProgress?.({ phase: 'reading' });
    xhr.onerror = () => reject(new ImportUploadError([{ code: 'NETWORK', message: NETWORK_MESSAGE }]));
    xhr.onload = () => {
      let body: { data?: T } | ImportFailure | null = null;
      try {
        body = JSON.parse(xhr.responseText) as { data?: T } | ImportFailure;
      } catch {
        body = null;
      }
      if (xhr.status === 200 && body && 'data' in body && body.data) return resolve(body.data);
      const errors = body && 'errors' in body ? body.errors : [];
      if (!errors.length)
        return reject(new ImportUploadError([{ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again.' }]));
      reject(new ImportUploadError(errors.map((e) => ({ code: e.extensions.code as ErrorCode, message: e.message, field: e.extensions.field }))));
    };
    xhr.send(form);
  });
}

export function previewImport(
  panelId: string,
  source: ImportSource,
  mapping: ImportColumn[] | null,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportPreview> {
  return send(IMPORT_PATHS.preview, panelId, source, mapping, onProgress);
}

export function runImport(
  panelId: string,
  source: ImportSource,
  mapping: ImportColumn[],
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return send(IMPORT_PATHS.run, panelId, source, mapping, onProgress);
}
