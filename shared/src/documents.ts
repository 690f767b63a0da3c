/** The path of an assessment's PDF, served by the API beside the meetings' documents. */
export const assessmentPdfPath = (id: string) => `/assessments/${id}/assessment.pdf`;

/**
 * Every path the API serves a document on (a meeting's agenda pack and minutes, an assessment's PDF, a nominal's
 * subject-access report), in one place: the API's SPA fallback and the Vite proxy must let these through, or the
 * browser gets index.html.
 */
export const DOCUMENT_PATH_PATTERN =
  '^/(meetings/[0-9a-fA-F-]{36}/(pack|pack\\.pdf|minutes\\.pdf|minutes\\.docx)|assessments/[0-9a-fA-F-]{36}/assessment\\.pdf|nominals/[0-9a-fA-F-]{36}/subject-access\\.pdf)$';
