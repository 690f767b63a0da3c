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

/** What a column can fill, per kind of import, what it accepts, and the header names that suggest it. */
export interface ImportFieldSpec {
  field: ImportField;
  label: string;
  required: boolean;
  /** What a cell may hold, in the words of the import screen and the template's guidance. */
  accepts: string;
  headers: string[];
}

const spec = (field: ImportField, label: string, accepts: string, headers: string[], required = false): ImportFieldSpec => ({
  field,
  label,
  required,
  accepts,
  headers,
});

const DATE = 'A date as dd/mm/yyyy or yyyy-mm-dd, today or earlier';
const OCG_REF = spec('OCG_REFERENCE', 'OCG reference', 'The reference of a group on the panel, like OCG-0042', [
  'ocgreference',
  'ocgref',
  'ocg',
  'group',
  'groupreference',
]);
const NOMINAL_REF = spec('NOMINAL_REFERENCE', 'Nominal reference', 'The reference of a nominal on the panel, like N-0007', [
  'nominalreference',
  'nominalref',
  'nominal',
]);
const ROLE = spec('ROLE', 'Role', 'The nominal’s role in the group: Principal, Significant, Peripheral or Associate', [
  'role',
  'ocgrole',
  'roleinocg',
]);

export const IMPORT_SPECS: Record<ImportKind, ImportFieldSpec[]> = {
  OCGS: [
    spec('REFERENCE', 'Reference', 'Letters, digits and hyphens, like OCG-0042; left empty, the panel gives the next one', [
      'reference',
      'ref',
      'ocgreference',
      'ocgref',
      'urn',
    ]),
    spec('NAME', 'Name', 'The group’s name or operation name', ['name', 'ocgname', 'groupname', 'operation', 'operationname'], true),
    spec('STATUS', 'Status', 'Emerging, Active, Dormant, Dismantled or Archived; left empty, Emerging', ['status']),
    spec('CRIME_TYPES', 'Crime types', 'Crime types as the panel names them, separated by semicolons', [
      'crimetypes',
      'crimetype',
      'crime',
      'crimes',
    ]),
    spec('AREAS', 'Areas', 'Areas of operation, separated by semicolons', ['areas', 'area', 'geography', 'locations']),
    spec('DATE_MAPPED', 'Date mapped', DATE, ['datemapped', 'mapped', 'mappedon']),
  ],
  NOMINALS: [
    spec('SURNAME', 'Surname', 'The family name', ['surname', 'lastname', 'familyname'], true),
    spec('FORENAMES', 'Forenames', 'Given names', ['forenames', 'forename', 'firstname', 'firstnames', 'givenname', 'givennames']),
    spec('ALIASES', 'Aliases', 'Other names, separated by semicolons', ['aliases', 'alias', 'aka', 'knownas', 'nickname', 'nicknames']),
    spec('DATE_OF_BIRTH', 'Date of birth', DATE, ['dateofbirth', 'dob', 'birthdate', 'born']),
    OCG_REF,
    ROLE,
  ],
  VEHICLES: [
    spec(
      'REGISTRATION',
      'Registration',
      'The registration mark, with or without spaces',
      ['registration', 'reg', 'vrm', 'regno', 'registrationnumber', 'numberplate', 'plate'],
      true,
    ),
    spec('MAKE', 'Make', 'The maker, like Ford', ['make', 'manufacturer']),
    spec('MODEL', 'Model', 'The model, like Transit', ['model']),
    spec('COLOUR', 'Colour', 'The colour, like White', ['colour', 'color']),
    OCG_REF,
    NOMINAL_REF,
  ],
  LINKS: [
    OCG_REF,
    NOMINAL_REF,
    ROLE,
    spec('REGISTRATION', 'Registration', 'The registration mark of a vehicle on the panel', ['registration', 'reg', 'vrm', 'regno', 'numberplate']),
  ],
};

/**
 * A template for one kind of import: a CSV file whose header row names every column the import accepts, in the
 * words it matches on its own, so a file made from it needs no matching of columns.
 */
export function importTemplateCsv(kind: ImportKind): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${IMPORT_SPECS[kind].map((s) => quote(s.label)).join(',')}\r\n`;
}

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
  fields: { field: ImportField; label: string; required: boolean; accepts: string }[];
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
