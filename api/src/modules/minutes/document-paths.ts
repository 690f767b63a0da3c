/** The HTTP paths of a meeting's documents, in one place for the controller, the GraphQL info and the web. */
export function documentPaths(meetingId: string) {
  const base = `/meetings/${meetingId}`;
  return { pack: `${base}/pack`, packPdf: `${base}/pack.pdf`, minutesPdf: `${base}/minutes.pdf`, minutesDocx: `${base}/minutes.docx` };
}

/**
 * Whether a request path is one of these documents. The web server's SPA fallback (core/http/static-web.ts) and
 * the Vite proxy must let such paths through to the API, or the browser gets index.html instead.
 */
export const DOCUMENT_PATH = /^\/meetings\/[0-9a-f-]{36}\/(pack|pack\.pdf|minutes\.pdf|minutes\.docx)$/i;
