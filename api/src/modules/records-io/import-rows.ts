import {
  CRIME_TYPE_LABELS,
  CRIME_TYPES,
  foldRegistration,
  isUkRegistration,
  londonToday,
  NOMINAL_ROLE_LABELS,
  NOMINAL_ROLES,
  normaliseRegistration,
  registrationShapeMessage,
  OCG_STATUS_LABELS,
  OCG_STATUSES,
  textProblem,
  type CrimeType,
  type NominalRole,
  type OcgStatus,
} from '@sentinel/shared';
import { fieldLabel } from './import-fields.js';
import type { ImportField, ImportKind } from './records-io.enums.js';
import type { ReadRow } from './spreadsheet.js';

/*
 * Turns each row of a file into a draft record, collecting every problem with the row number the
 * spreadsheet shows and the field it concerns. Pure: checks against the database come after (import-checks).
 */

export interface RowError {
  row: number | null;
  field: ImportField | null;
  column: string | null;
  message: string;
}

export interface OcgDraft {
  row: number;
  reference: string | null;
  name: string;
  status: OcgStatus;
  crimeTypes: CrimeType[];
  areas: string[];
  dateMapped: string | null;
}

export interface NominalDraft {
  row: number;
  surname: string;
  forenames: string;
  aliases: string[];
  dateOfBirth: string | null;
  ocgRef: string | null;
  role: NominalRole | null;
}

export interface VehicleDraft {
  row: number;
  registration: string;
  vrm: string;
  vrmFolded: string;
  make: string | null;
  model: string | null;
  colour: string | null;
  ocgRef: string | null;
  nominalRef: string | null;
}

export interface LinkDraft {
  row: number;
  ocgRef: string | null;
  nominalRef: string | null;
  role: NominalRole | null;
  vrm: string | null;
}

export type Drafts =
  | { kind: 'OCGS'; drafts: OcgDraft[] }
  | { kind: 'NOMINALS'; drafts: NominalDraft[] }
  | { kind: 'VEHICLES'; drafts: VehicleDraft[] }
  | { kind: 'LINKS'; drafts: LinkDraft[] };

/** One row's cells by field, and the place to report its problems. */
export class RowReader {
  constructor(
    private readonly kind: ImportKind,
    private readonly columnOf: Map<ImportField, number>,
    private readonly columns: string[],
    readonly read: ReadRow,
    private readonly errors: RowError[],
  ) {}

  get row(): number {
    return this.read.row;
  }

  text(field: ImportField, max: number, required = false): string {
    const i = this.columnOf.get(field);
    const value = i === undefined ? '' : (this.read.cells[i] ?? '').trim();
    const unstorable = textProblem(value);
    if (unstorable) {
      this.error(field, `${fieldLabel(this.kind, field)}: ${unstorable.charAt(0).toLowerCase()}${unstorable.slice(1)}`);
      return '';
    }
    if (!value && required) this.error(field, `Enter the ${fieldLabel(this.kind, field).toLowerCase()}`);
    else if (value.length > max) this.error(field, `${fieldLabel(this.kind, field)} must be ${max} characters or fewer`);
    return value;
  }

  list(field: ImportField, maxEach: number, maxCount = 20): string[] {
    const items = [
      ...new Set(
        this.text(field, 4000)
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (items.some((s) => s.length > maxEach)) this.error(field, `Each entry must be ${maxEach} characters or fewer`);
    if (items.length > maxCount) this.error(field, `Give ${maxCount} entries or fewer, separated by semicolons`);
    return items;
  }

  error(field: ImportField, message: string): void {
    const i = this.columnOf.get(field);
    this.errors.push({ row: this.read.row, field, column: i === undefined ? null : this.columns[i], message });
  }
}

const key = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** A code (DRUGS_SUPPLY) or its label (Drugs supply), in any case. */
function choice<T extends string>(value: string, codes: readonly T[], labels: Record<T, string>): T | null {
  const k = key(value);
  return codes.find((c) => c === k || key(labels[c]) === k) ?? null;
}

/** dd/mm/yyyy as people in the UK write it, or yyyy-mm-dd; a real calendar date, not in the future. */
export function parseDate(value: string): string | 'invalid' | 'future' | null {
  if (!value) return null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = uk ? [+uk[3], +uk[2], +uk[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!y || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) return 'invalid';
  const text = date.toISOString().slice(0, 10);
  return text > londonToday() ? 'future' : text;
}

function date(r: RowReader, field: ImportField): string | null {
  const parsed = parseDate(r.text(field, 20));
  if (parsed === 'invalid') r.error(field, 'Enter a real date as dd/mm/yyyy or yyyy-mm-dd');
  if (parsed === 'future') r.error(field, 'The date must be today or in the past');
  return parsed === 'invalid' || parsed === 'future' ? null : parsed;
}

function reference(r: RowReader, field: ImportField): string | null {
  const value = r.text(field, 20).toUpperCase();
  if (value && !/^[A-Z0-9][A-Z0-9\-/]*$/.test(value)) r.error(field, 'A reference has letters, digits and hyphens only, like OCG-0042');
  return value || null;
}

/** The role, and whether a value was given at all (a wrong one is reported once, here). */
function role(r: RowReader): { role: NominalRole | null; given: boolean } {
  const value = r.text('ROLE', 40);
  if (!value) return { role: null, given: false };
  const found = choice(value, NOMINAL_ROLES, NOMINAL_ROLE_LABELS);
  if (!found) r.error('ROLE', `Role must be one of: ${Object.values(NOMINAL_ROLE_LABELS).join(', ')}`);
  return { role: found, given: true };
}

function ocg(r: RowReader): OcgDraft {
  const status = r.text('STATUS', 40);
  const found = status ? choice(status, OCG_STATUSES, OCG_STATUS_LABELS) : 'EMERGING';
  if (!found) r.error('STATUS', `Status must be one of: ${Object.values(OCG_STATUS_LABELS).join(', ')}`);
  const crimeTypes: CrimeType[] = [];
  for (const c of r.list('CRIME_TYPES', 100)) {
    const type = choice(c, CRIME_TYPES, CRIME_TYPE_LABELS);
    if (type) crimeTypes.push(type);
    else r.error('CRIME_TYPES', `“${c}” is not a crime type this panel records`);
  }
  const name = r.text('NAME', 200, true);
  if (name.length === 1) r.error('NAME', 'Name must be at least 2 characters');
  return {
    row: r.row,
    reference: reference(r, 'REFERENCE'),
    name,
    status: found ?? 'EMERGING',
    crimeTypes: [...new Set(crimeTypes)],
    areas: r.list('AREAS', 100),
    dateMapped: date(r, 'DATE_MAPPED'),
  };
}

function nominal(r: RowReader): NominalDraft {
  const ocgRef = reference(r, 'OCG_REFERENCE');
  const given = role(r);
  const draft: NominalDraft = {
    row: r.row,
    surname: r.text('SURNAME', 100, true),
    forenames: r.text('FORENAMES', 150),
    aliases: r.list('ALIASES', 100),
    dateOfBirth: date(r, 'DATE_OF_BIRTH'),
    ocgRef,
    role: given.role,
  };
  if (ocgRef && !given.given) r.error('ROLE', 'Enter the nominal’s role in the OCG');
  if (!ocgRef && given.given) r.error('OCG_REFERENCE', 'Enter the OCG reference that this role is in');
  return draft;
}

function registration(r: RowReader, required: boolean): { registration: string; vrm: string } {
  const registration = r.text('REGISTRATION', 20, required);
  const vrm = normaliseRegistration(registration);
  if (registration && !isUkRegistration(registration)) r.error('REGISTRATION', registrationShapeMessage(registration));
  return { registration: registration.toUpperCase(), vrm };
}

function vehicle(r: RowReader): VehicleDraft {
  const reg = registration(r, true);
  return {
    row: r.row,
    ...reg,
    vrmFolded: foldRegistration(reg.vrm),
    make: r.text('MAKE', 60) || null,
    model: r.text('MODEL', 60) || null,
    colour: r.text('COLOUR', 40) || null,
    ocgRef: reference(r, 'OCG_REFERENCE'),
    nominalRef: reference(r, 'NOMINAL_REFERENCE'),
  };
}

/** A vehicle to an OCG and/or a nominal; a nominal to an OCG with a role; or both on one row. */
function link(r: RowReader): LinkDraft {
  const given = role(r);
  const draft = {
    row: r.row,
    ocgRef: reference(r, 'OCG_REFERENCE'),
    nominalRef: reference(r, 'NOMINAL_REFERENCE'),
    role: given.role,
    vrm: registration(r, false).vrm || null,
  };
  if (draft.vrm && !draft.ocgRef && !draft.nominalRef) r.error('OCG_REFERENCE', 'Enter the OCG or nominal reference to link this vehicle to');
  else if (!draft.vrm && !(draft.ocgRef && draft.nominalRef))
    r.error('NOMINAL_REFERENCE', 'Enter an OCG and a nominal reference, or a registration, to link');
  else if (!draft.vrm && !given.given) r.error('ROLE', 'Enter the nominal’s role in the OCG');
  else if (given.given && !(draft.ocgRef && draft.nominalRef)) r.error('ROLE', 'A role needs both an OCG and a nominal reference');
  return draft;
}

const PARSERS = { OCGS: ocg, NOMINALS: nominal, VEHICLES: vehicle, LINKS: link } as const;

export function draftRows(
  kind: ImportKind,
  columns: string[],
  rows: ReadRow[],
  mapping: { column: string; field: ImportField }[],
  errors: RowError[],
): Drafts {
  const columnOf = new Map(mapping.map((m) => [m.field, columns.indexOf(m.column)] as const).filter(([, i]) => i >= 0));
  const drafts = rows.map((row) => PARSERS[kind](new RowReader(kind, columnOf, columns, row, errors)));
  return { kind, drafts } as Drafts;
}
