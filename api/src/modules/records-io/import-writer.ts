import type { EntityManager } from 'typeorm';
import { formatReference, searchableName, type NominalRole } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import type { Lookups } from './import-checks.js';
import type { Drafts, LinkDraft, NominalDraft, OcgDraft, VehicleDraft } from './import-rows.js';

/*
 * Writes checked drafts inside the caller's transaction. Each step is one statement whatever the number of
 * rows (rows travel as one JSON parameter), so a 5,000-row file is one quick request. Audit rows follow the
 * shapes AuditService.recordChange writes: CREATE with the new values, and link changes recorded as UPDATEs
 * of the group or nominal ("role of N-0007", "vehicle AB12 CDE"), as the OCG core records them.
 */

export interface ImportCounts {
  ocgs: number;
  nominals: number;
  vehicles: number;
  links: number;
}

interface AuditRow {
  entity_type: string;
  entity_id: string;
  action: 'CREATE' | 'UPDATE';
  changes: Record<string, [unknown, unknown]>;
}

type Link = { table: 'ocg_nominal' | 'ocg_vehicle' | 'nominal_vehicle'; a: string; b: string; role?: NominalRole; label: string };

export class ImportWriter {
  private readonly audit: AuditRow[] = [];
  private readonly counts: ImportCounts = { ocgs: 0, nominals: 0, vehicles: 0, links: 0 };

  constructor(
    private readonly m: EntityManager,
    private readonly ctx: RequestContext,
    private readonly panelId: string,
    private readonly l: Lookups,
  ) {}

  async write(d: Drafts): Promise<ImportCounts> {
    if (d.kind === 'OCGS') await this.ocgs(d.drafts);
    if (d.kind === 'NOMINALS') await this.nominals(d.drafts);
    if (d.kind === 'VEHICLES') await this.vehicles(d.drafts);
    if (d.kind === 'LINKS') await this.links(d.drafts);
    await this.flushAudit();
    return this.counts;
  }

  private async ocgs(drafts: OcgDraft[]): Promise<void> {
    // Numbers for rows without a reference start above any OCG-nnnn the file gives, so the two cannot clash.
    const given = drafts
      .map((r) => /^OCG-(\d+)$/.exec(r.reference ?? ''))
      .filter(Boolean)
      .map((m) => Number(m![1]));
    const needed = drafts.filter((r) => !r.reference).length;
    let next = await this.reserve('next_ocg_number', needed, given.length ? Math.max(...given) + 1 : 0);
    const rows = drafts.map((r) => ({
      reference: r.reference ?? formatReference('OCG', next++),
      name: r.name,
      status: r.status,
      crime_types: r.crimeTypes,
      areas: r.areas,
      date_mapped: r.dateMapped,
    }));
    const created = await this.insert(
      `INSERT INTO ocg (panel_id, created_by, reference, name, status, crime_types, areas, date_mapped)
       SELECT $1, $3, r.reference, r.name, r.status, r.crime_types, r.areas, r.date_mapped
         FROM json_to_recordset($2::json) AS r(reference text, name text, status text, crime_types text[], areas text[], date_mapped date)
       RETURNING id, reference AS k`,
      rows,
      this.ctx.viewer?.userId ?? null,
    );
    for (const r of rows)
      this.created('Ocg', created.get(r.reference)!, {
        reference: r.reference,
        name: r.name,
        status: r.status,
        crimeTypes: r.crime_types,
        areas: r.areas,
        dateMapped: r.date_mapped,
      });
    this.counts.ocgs = rows.length;
  }

  private async nominals(drafts: NominalDraft[]): Promise<void> {
    let next = await this.reserve('next_nominal_number', drafts.length, 0);
    const rows = drafts.map((r) => ({
      reference: formatReference('N', next++),
      surname: r.surname,
      forenames: r.forenames,
      aliases: r.aliases,
      date_of_birth: r.dateOfBirth,
      name_search: searchableName(r.forenames, r.surname, r.aliases),
    }));
    const created = await this.insert(
      `INSERT INTO nominal (panel_id, created_by, reference, surname, forenames, aliases, date_of_birth, name_search)
       SELECT $1, $3, r.reference, r.surname, r.forenames, r.aliases, r.date_of_birth, r.name_search
         FROM json_to_recordset($2::json) AS r(reference text, surname text, forenames text, aliases text[], date_of_birth date, name_search text)
       RETURNING id, reference AS k`,
      rows,
      this.ctx.viewer?.userId ?? null,
    );
    const links: Link[] = [];
    drafts.forEach((d, i) => {
      const { reference, surname, forenames, aliases, date_of_birth } = rows[i];
      const id = created.get(reference)!;
      this.created('Nominal', id, { reference, surname, forenames, aliases, dateOfBirth: date_of_birth });
      if (d.ocgRef && d.role)
        links.push({ table: 'ocg_nominal', a: this.l.ocgIds.get(d.ocgRef)!, b: id, role: d.role, label: `role of ${reference}` });
    });
    this.counts.nominals = rows.length;
    await this.link(links);
  }

  private async vehicles(drafts: VehicleDraft[]): Promise<void> {
    // A registration already recorded on the panel is the same vehicle: it is linked, not recorded again.
    const fresh = drafts.filter((r) => !this.l.vehicleIds.has(r.vrm));
    const rows = fresh.map((r) => ({
      registration: r.registration,
      vrm: r.vrm,
      vrm_folded: r.vrmFolded,
      make: r.make,
      model: r.model,
      colour: r.colour,
    }));
    const created = await this.insert(
      `INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded, make, model, colour)
       SELECT $1, r.registration, r.vrm, r.vrm_folded, r.make, r.model, r.colour
         FROM json_to_recordset($2::json) AS r(registration text, vrm text, vrm_folded text, make text, model text, colour text)
       RETURNING id, vrm AS k`,
      rows,
    );
    for (const r of rows) {
      const id = created.get(r.vrm)!;
      this.l.vehicleIds.set(r.vrm, id);
      this.created('Vehicle', id, { registration: r.registration, make: r.make, model: r.model, colour: r.colour });
    }
    this.counts.vehicles = rows.length;
    await this.link(drafts.flatMap((r) => this.vehicleLinks(r.vrm, this.l.registrations.get(r.vrm) ?? r.registration, r.ocgRef, r.nominalRef)));
  }

  private async links(drafts: LinkDraft[]): Promise<void> {
    const links: Link[] = [];
    for (const r of drafts) {
      const ocgId = r.ocgRef ? this.l.ocgIds.get(r.ocgRef) : undefined;
      const nominalId = r.nominalRef ? this.l.nominalIds.get(r.nominalRef) : undefined;
      if (r.vrm) links.push(...this.vehicleLinks(r.vrm, this.l.registrations.get(r.vrm) ?? r.vrm, r.ocgRef, r.nominalRef));
      if (ocgId && nominalId && r.role && this.l.roles.get(`${ocgId} ${nominalId}`) !== r.role) {
        links.push({ table: 'ocg_nominal', a: ocgId, b: nominalId, role: r.role, label: `role of ${r.nominalRef}` });
      }
    }
    await this.link(links);
  }

  private vehicleLinks(vrm: string, registration: string, ocgRef: string | null, nominalRef: string | null): Link[] {
    const vehicleId = this.l.vehicleIds.get(vrm)!;
    const label = `vehicle ${registration}`;
    return [
      ...(ocgRef ? [{ table: 'ocg_vehicle' as const, a: this.l.ocgIds.get(ocgRef)!, b: vehicleId, label }] : []),
      ...(nominalRef ? [{ table: 'nominal_vehicle' as const, a: this.l.nominalIds.get(nominalRef)!, b: vehicleId, label }] : []),
    ];
  }

  /** New links are inserted, a changed role is updated, an existing identical link is left alone. */
  private async link(links: Link[]): Promise<void> {
    for (const table of ['ocg_nominal', 'ocg_vehicle', 'nominal_vehicle'] as const) {
      const these = [...new Map(links.filter((k) => k.table === table).map((k) => [`${k.a} ${k.b}`, k])).values()];
      if (!these.length) continue;
      const [a, b] =
        table === 'ocg_nominal' ? ['ocg_id', 'nominal_id'] : table === 'ocg_vehicle' ? ['ocg_id', 'vehicle_id'] : ['nominal_id', 'vehicle_id'];
      const role = table === 'ocg_nominal';
      const done = (await this.m.query(
        `INSERT INTO ${table} (${a}, ${b}${role ? ', role' : ''})
         SELECT r.a, r.b${role ? ', r.role' : ''} FROM json_to_recordset($1::json) AS r(a uuid, b uuid, role text)
         ON CONFLICT (${a}, ${b}) ${role ? 'DO UPDATE SET role = EXCLUDED.role' : 'DO NOTHING'}
         RETURNING ${a} AS a, ${b} AS b`,
        [JSON.stringify(these.map((k) => ({ a: k.a, b: k.b, role: k.role ?? null })))],
      )) as { a: string; b: string }[];
      const changed = new Set(done.map((r) => `${r.a} ${r.b}`));
      for (const k of these.filter((k) => changed.has(`${k.a} ${k.b}`))) {
        const before = role ? (this.l.roles.get(`${k.a} ${k.b}`) ?? null) : null;
        this.audit.push({
          entity_type: table.startsWith('ocg') ? 'Ocg' : 'Nominal',
          entity_id: k.a,
          action: 'UPDATE',
          changes: { [k.label]: [before, k.role ?? 'linked'] },
        });
      }
      this.counts.links += changed.size;
      if (table.startsWith('ocg')) await this.m.query(`UPDATE ocg SET updated_at = now() WHERE id = ANY($1)`, [[...new Set(these.map((k) => k.a))]]);
    }
  }

  /** Moves a per-panel counter on by `count` (from at least `atLeast`), returning the first number reserved. */
  private async reserve(column: 'next_ocg_number' | 'next_nominal_number', count: number, atLeast: number): Promise<number> {
    const result = (await this.m.query(
      `UPDATE panel SET ${column} = GREATEST(${column}, $2::int) + $3::int WHERE id = $1 RETURNING ${column} - $3::int AS n`,
      [this.panelId, atLeast, count],
    )) as unknown[];
    // TypeORM answers an UPDATE with [rows, affected count].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as { n: number }[];
    return rows[0].n;
  }

  /** Rows go as one JSON parameter ($2) after the panel ($1); `k` is each new row's unique key. */
  private async insert(sql: string, rows: object[], ...extra: unknown[]): Promise<Map<string, string>> {
    if (!rows.length) return new Map();
    const out = (await this.m.query(sql, [this.panelId, JSON.stringify(rows), ...extra])) as { id: string; k: string }[];
    return new Map(out.map((r) => [r.k, r.id]));
  }

  private created(entityType: string, entityId: string, after: Record<string, unknown>): void {
    const changes = Object.fromEntries(
      Object.entries(after)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, [null, v] as [unknown, unknown]]),
    );
    this.audit.push({ entity_type: entityType, entity_id: entityId, action: 'CREATE', changes });
  }

  private async flushAudit(): Promise<void> {
    if (!this.audit.length) return;
    await this.m.query(
      `INSERT INTO audit_event (actor_user_id, actor_agency_id, panel_id, entity_type, entity_id, action, changes)
       SELECT $1, $2, $3, r.entity_type, r.entity_id, r.action, r.changes
         FROM json_to_recordset($4::json) AS r(entity_type text, entity_id text, action text, changes jsonb)`,
      [this.ctx.viewer?.userId ?? null, this.ctx.viewer?.agencyId ?? null, this.panelId, JSON.stringify(this.audit)],
    );
  }
}
