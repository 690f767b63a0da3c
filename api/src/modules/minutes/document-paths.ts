import { DOCUMENT_PATH_PATTERN } from '@sentinel/shared';

/** The HTTP paths of a meeting's documents, in one place for the controller, the GraphQL info and the web. */
export function documentPaths(meetingId: string) {
  const base = `/meetings/${meetingId}`;
  return { pack: `${base}/pack`, packPdf: `${base}/pack.pdf`, minutesPdf: `${base}/minutes.pdf`, minutesDocx: `${base}/minutes.docx` };
}

/**
 * Whether a request path is one of the documents the API serves (DOCUMENT_PATH_PATTERN in @sentinel/shared). The web
 * server's SPA fallback (core/http/static-web.ts) and the Vite proxy must let such paths through, or the browser gets
 * index.html instead.
 */
export const DOCUMENT_PATH = new RegExp(DOCUMENT_PATH_PATTERN, 'i');
