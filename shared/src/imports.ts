/*
 * Importing records from a spreadsheet: the API's upload routes and the web's import screen agree on these.
 * Files are sent as multipart form data (never base64 in JSON), checked first, then imported in one go.
 */

export const IMPORT_KINDS = ['OCGS', 'NOMINALS', 'VEHICLES', 'LINKS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FIELDS = [
  'REFERENCE',
  'NAME',
  'STATUS',
  'CRIME_TYPES',
  'AREAS',
  'DATE_MAPPED',
  'SURNAME',
  'FORENAMES',
  'ALIASES',
  'DATE_OF_BIRTH',
  'OCG_REFERENCE',
  'NOMINAL_REFERENCE',
  'ROLE',
  'REGISTRATION',
  'MAKE',
  'MODEL',
  'COLOUR',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_LIMITS = {
  /** Bytes of the file as sent. */
  maxBytes: 5 * 1024 * 1024,
  /** Rows below the header (and the protective marking, when the file opens with one). */
  maxRows: 5_000,
  /** Bytes of an .xlsx workbook once unzipped: a genuine 5,000-row sheet is a few megabytes. */
  maxInflatedBytes: 20 * 1024 * 1024,
} as const;

/**
 * The routes, POSTed as multipart form data with the fields `panelId`, `kind`, `mapping` (optional, JSON of
 * ImportColumn[]) and `file`. A browser form cannot set IMPORT_REQUEST_HEADER, so a page of another site that
 * posts a form to these routes is refused before anything is read.
 */
export const IMPORT_PATHS = { preview: '/imports/preview', run: '/imports/run' } as const;
export const IMPORT_REQUEST_HEADER = 'X-Requested-With';

export interface ImportColumn {
  column: string;
  field: ImportField;
}

export interface ImportRowError {
  /** The row as the spreadsheet numbers it (the header is usually row 1); null for the file as a whole. */
  row: number | null;
  field: ImportField | null;
  /** The column of the file that fills the field. */
  column: string | null;
  message: string;
}

/** A dry run: what the file holds and every problem in it; nothing is written. */
export interface ImportPreview {
  columns: string[];
  fields: { field: ImportField; label: string; required: boolean }[];
  /** Matched from the header names. */
  suggestedMapping: ImportColumn[];
  /** The mapping this preview was checked with. */
  mapping: ImportColumn[];
  rowCount: number;
  errors: ImportRowError[];
  /** True when running the import with the same file and mapping would import every row. */
  valid: boolean;
}

export interface ImportCounts {
  ocgs: number;
  nominals: number;
  vehicles: number;
  /** Links made or roles changed. */
  links: number;
}

/** All rows imported, or (with errors) none. */
export interface ImportResult {
  imported: boolean;
  created: ImportCounts;
  errors: ImportRowError[];
}

/** How the routes answer, in the shape of a GraphQL response: `data` (status 200), or `errors` with a code each. */
export interface ImportAnswer<T extends ImportPreview | ImportResult> {
  data: T;
}
export interface ImportFailure {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}
