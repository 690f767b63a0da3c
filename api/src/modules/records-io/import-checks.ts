import type { NominalRole } from '@sentinel/shared';
import type { Drafts } from './import-rows.js';
import type { ImportField } from './records-io.enums.js';

/** Runs SQL in or out of a transaction (a DataSource or an EntityManager). */
export type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;
export type Report = (row: number, field: ImportField, message: string) => void;

/** The panel's existing records that a file names, found in one statement per kind. */
export interface Lookups {
  ocgIds: Map<string, string>;
  nominalIds: Map<string, string>;
  vehicleIds: Map<string, string>;
  /** vrm -> the registration as recorded, for audit labels. */
  registrations: Map<string, string>;
  /** `${ocgId} ${nominalId}` -> role, for the nominals a LINKS file names. */
  roles: Map<string, NominalRole>;
}

export async function lookUp(query: Query, panelId: string, d: Drafts): Promise<Lookups> {
  const ocgRefs = new Set<string>();
  const nominalRefs = new Set<string>();
  const vrms = new Set<string>();
  for (const r of d.drafts) {
    if ('reference' in r && r.reference) ocgRefs.add(r.reference);
    if ('ocgRef' in r && r.ocgRef) ocgRefs.add(r.ocgRef);
    if ('nominalRef' in r && r.nominalRef) nominalRefs.add(r.nominalRef);
    if ('vrm' in r && r.vrm) vrms.add(r.vrm);
  }
  const registrations = new Map<string, string>();
  const byKey = async (sql: string, keys: Set<string>) => {
    if (!keys.size) return new Map<string, string>();
    const rows = (await query(sql, [panelId, [...keys]])) as { id: string; k: string; label?: string }[];
    for (const r of rows) if (r.label) registrations.set(r.k, r.label);
    return new Map(rows.map((r) => [r.k, r.id]));
  };
  const ocgIds = await byKey(`SELECT id, upper(reference) AS k FROM ocg WHERE panel_id = $1 AND upper(reference) = ANY($2)`, ocgRefs);
  const nominalIds = await byKey(`SELECT id, upper(reference) AS k FROM nominal WHERE panel_id = $1 AND upper(reference) = ANY($2)`, nominalRefs);
  const vehicleIds = await byKey(`SELECT id, vrm AS k, registration AS label FROM vehicle WHERE panel_id = $1 AND vrm = ANY($2)`, vrms);
  const roles = new Map<string, NominalRole>();
  if (d.kind === 'LINKS' && nominalIds.size) {
    const rows = (await query(`SELECT ocg_id, nominal_id, role FROM ocg_nominal WHERE nominal_id = ANY($1)`, [[...nominalIds.values()]])) as {
      ocg_id: string;
      nominal_id: string;
      role: NominalRole;
    }[];
    for (const r of rows) roles.set(`${r.ocg_id} ${r.nominal_id}`, r.role);
  }
  return { ocgIds, nominalIds, vehicleIds, registrations, roles };
}

/** Problems that need the panel's records or the other rows to see: clashes, repeats, references not found. */
export function crossCheck(d: Drafts, l: Lookups, report: Report): void {
  const missing = (row: number, field: ImportField, ref: string | null, ids: Map<string, string>, what: string) => {
    if (ref && !ids.has(ref)) report(row, field, `No ${what} with reference ${ref} is recorded on this panel`);
  };
  const firstRow = new Map<string, number>();
  const repeated = (row: number, field: ImportField, k: string, what: string) => {
    const first = firstRow.get(k);
    if (first !== undefined) report(row, field, `${what} is also on row ${first}`);
    else firstRow.set(k, row);
  };
  switch (d.kind) {
    case 'OCGS':
      for (const r of d.drafts) {
        if (!r.reference) continue;
        if (l.ocgIds.has(r.reference)) report(r.row, 'REFERENCE', `An OCG with reference ${r.reference} is already recorded on this panel`);
        repeated(r.row, 'REFERENCE', r.reference, `Reference ${r.reference}`);
      }
      return;
    case 'NOMINALS':
      for (const r of d.drafts) missing(r.row, 'OCG_REFERENCE', r.ocgRef, l.ocgIds, 'OCG');
      return;
    case 'VEHICLES':
      for (const r of d.drafts) {
        if (r.vrm) repeated(r.row, 'REGISTRATION', r.vrm, `Registration ${r.registration}`);
        missing(r.row, 'OCG_REFERENCE', r.ocgRef, l.ocgIds, 'OCG');
        missing(r.row, 'NOMINAL_REFERENCE', r.nominalRef, l.nominalIds, 'nominal');
      }
      return;
    case 'LINKS':
      for (const r of d.drafts) {
        missing(r.row, 'OCG_REFERENCE', r.ocgRef, l.ocgIds, 'OCG');
        missing(r.row, 'NOMINAL_REFERENCE', r.nominalRef, l.nominalIds, 'nominal');
        if (r.vrm && !l.vehicleIds.has(r.vrm)) report(r.row, 'REGISTRATION', `No vehicle registered ${r.vrm} is recorded on this panel`);
      }
      return;
  }
}
