/** Stable error codes carried in `extensions.code` of every GraphQL error. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // Refused like FORBIDDEN, for one reason: the session's second factor (an authenticator app's code) is not yet given.
  'SECOND_FACTOR_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  // Refused before it ran: the operation asks for too much at once (fields, aliases, reports or files).
  'QUERY_TOO_LARGE',
  // Refused before it was read: the document's text is longer than any the app sends.
  'DOCUMENT_TOO_LARGE',
  // Subscriptions are served over the WebSocket at the same path, never over HTTP.
  'SUBSCRIPTION_OVER_HTTP',
  // An import file refused before it was read through: too many bytes or rows, or a workbook that unzips too large.
  'IMPORT_TOO_LARGE',
  // An import file that is not text in UTF-8 or Windows-1252 (UTF-16, or binary data).
  'IMPORT_ENCODING',
  // An import file that is neither a CSV file nor an Excel workbook that can be opened.
  'IMPORT_UNREADABLE',
  // A meeting closed with no one recorded as present, without saying that is right (confirmEmptyRegister).
  'EMPTY_REGISTER',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
