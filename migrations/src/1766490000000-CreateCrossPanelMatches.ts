import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

const SCOPE = `current_setting('sentinel.scope', true)`;
const IN_SCOPE = (column: string) =>
  `(${column} = ANY ((SELECT CASE WHEN s IN ('', 'all') THEN NULL ELSE s::uuid[] END FROM ${SCOPE} AS s)::uuid[]) OR (SELECT ${SCOPE} = 'all'))`;

/** Words a group's name is written with or without ("The Riverside OCG", "Riverside group"): left out of its key. */
const GROUP_NOISE = ['the', 'a', 'an', 'and', 'of', 'ocg', 'oag', 'group', 'grp', 'network', 'gang', 'crew', 'organised', 'organized', 'crime'];

/** The tables whose records are matched, the kind each is matched as, and the columns its keys are made of. */
const MATCHED: [table: string, kind: string, columns: string[]][] = [
  ['nominal', 'NOMINAL', ['surname', 'date_of_birth']],
  ['vehicle', 'VEHICLE', ['vrm_folded']],
  ['ocg', 'OCG', ['name']],
];

/**
 * Matching across panels (hit/no-hit). Two panels often hold the same person, vehicle or group without knowing it.
 * The database keeps, for every nominal, vehicle and group, the keys it is matched by (`cross_panel_key`): a
 * nominal's date of birth with a sound-alike code of each word of its surname (none without a date of birth), a
 * vehicle's folded plate, a group's name without case, punctuation or words such as "the" and "group" (none unless three letters are left). Each insert,
 * change of those columns, or removal updates the record's keys and its matches in the same statement, by triggers:
 * matching is incremental, and costs the API no statement of its own.
 *
 * A match is kept as one row per side (`cross_panel_match`), each in its own panel, so the panel policies apply
 * unchanged: a panel sees its side, which names the other panel and the other record's id and nothing else of it.
 * A side's agreement or refusal is written by its own panel (only those columns are granted); a trigger copies it
 * to the other side, as the other side's. The functions that read across panels (keys of every panel, the other
 * side's row) are SECURITY DEFINER, owned by the owner, with a fixed search_path, and the API role cannot call them
 * but through the triggers. A record whose keys no longer meet the other's (changed, or removed) closes the match.
 */
export class CreateCrossPanelMatches1766490000000 implements MigrationInterface {
  name = 'CreateCrossPanelMatches1766490000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT quote_ident(current_schema()) AS schema`);
    const definer = `SECURITY DEFINER SET search_path = ${schema}, pg_temp`;

    await q.query(`CREATE TABLE "cross_panel_key" (
      "panel_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "record_id" uuid NOT NULL,
      "key" text NOT NULL,
      CONSTRAINT "PK_cross_panel_key" PRIMARY KEY ("kind", "record_id", "key"),
      CONSTRAINT "FK_cross_panel_key_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_cross_panel_key_kind" CHECK ("kind" IN ('NOMINAL','VEHICLE','OCG')))`);
    await q.query(`CREATE INDEX "IDX_cross_panel_key_key" ON "cross_panel_key" ("kind", "key", "panel_id")`);
    await q.query(`CREATE INDEX "IDX_cross_panel_key_panel" ON "cross_panel_key" ("panel_id")`);

    await q.query(`CREATE TABLE "cross_panel_match" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "pair_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "record_id" uuid NOT NULL,
      "other_panel_id" uuid NOT NULL,
      "other_record_id" uuid NOT NULL,
      "found_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "agreed_by" uuid,
      "agreed_at" TIMESTAMP WITH TIME ZONE,
      "declined_by" uuid,
      "declined_at" TIMESTAMP WITH TIME ZONE,
      "other_agreed_at" TIMESTAMP WITH TIME ZONE,
      "other_declined_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_cross_panel_match" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_cross_panel_match_side" UNIQUE ("pair_id", "panel_id"),
      CONSTRAINT "FK_cross_panel_match_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_cross_panel_match_other_panel" FOREIGN KEY ("other_panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_cross_panel_match_agreed_by" FOREIGN KEY ("agreed_by") REFERENCES "app_user"("id"),
      CONSTRAINT "FK_cross_panel_match_declined_by" FOREIGN KEY ("declined_by") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_cross_panel_match_kind" CHECK ("kind" IN ('NOMINAL','VEHICLE','OCG')),
      CONSTRAINT "CHK_cross_panel_match_panels" CHECK ("panel_id" <> "other_panel_id"),
      CONSTRAINT "CHK_cross_panel_match_agreed" CHECK (("agreed_by" IS NULL) = ("agreed_at" IS NULL)),
      CONSTRAINT "CHK_cross_panel_match_declined" CHECK (("declined_by" IS NULL) = ("declined_at" IS NULL)))`);
    // One open match per pair of records; a closed one stays as the history of what was found and shared.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_cross_panel_match_open" ON "cross_panel_match" ("record_id", "other_record_id") WHERE "closed_at" IS NULL`,
    );
    await q.query(`CREATE INDEX "IDX_cross_panel_match_panel" ON "cross_panel_match" ("panel_id", "found_at")`);
    await q.query(`CREATE INDEX "IDX_cross_panel_match_other_record" ON "cross_panel_match" ("other_record_id") WHERE "closed_at" IS NULL`);

    for (const table of ['cross_panel_key', 'cross_panel_match']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "panel_scope" ON "${table}" USING ${IN_SCOPE('"panel_id"')}`);
    }
    // The keys are the database's alone: the API reads its own panels' (row-level security) and writes none. Of a
    // match, the API writes its own side's agreement or refusal and nothing else: not the other side's, not a match.
    await q.query(`REVOKE ALL ON "cross_panel_key", "cross_panel_match" FROM PUBLIC, ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON "cross_panel_key", "cross_panel_match" TO ${APP_ROLE}`);
    await q.query(
      `GRANT UPDATE ("agreed_by", "agreed_at", "declined_by", "declined_at", "updated_at", "version") ON "cross_panel_match" TO ${APP_ROLE}`,
    );

    // Keys, from the record's columns: pure functions, so a test (and anyone) can see how a name is keyed.
    await q.query(`CREATE FUNCTION "cross_panel_fold"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT btrim(regexp_replace(
               translate(replace(lower(coalesce(value, '')), 'ß', 'ss'), 'àáâãäåāçćčèéêëēìíîïīñńòóôõöøōùúûüūýÿłđšžś''’\`',
                                                                   'aaaaaaaccceeeeeiiiiinnooooooouuuuuyyldszs'),
               '[^a-z0-9]+', ' ', 'g'))
    $$`);
    await q.query(`CREATE FUNCTION "nominal_match_keys"(surname text, date_of_birth date) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(array_agg(DISTINCT to_char(date_of_birth, 'YYYY-MM-DD') || ':' || c ORDER BY to_char(date_of_birth, 'YYYY-MM-DD') || ':' || c), '{}')
        FROM regexp_split_to_table(cross_panel_fold(surname), ' ') AS w,
             LATERAL (VALUES (dmetaphone(w)), (dmetaphone_alt(w))) AS codes(c)
       WHERE date_of_birth IS NOT NULL AND w <> '' AND c <> ''
    $$`);
    await q.query(`CREATE FUNCTION "vehicle_match_keys"(vrm_folded text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN coalesce(vrm_folded, '') = '' THEN '{}'::text[] ELSE ARRAY[upper(vrm_folded)] END
    $$`);
    await q.query(`CREATE FUNCTION "ocg_match_keys"(name text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN length(regexp_replace(k, '[^a-z]', '', 'g')) < 3 THEN '{}'::text[] ELSE ARRAY[k] END
        FROM (SELECT coalesce(string_agg(w, ' ' ORDER BY n), '') AS k
                FROM regexp_split_to_table(cross_panel_fold(name), ' ') WITH ORDINALITY AS t(w, n)
               WHERE w <> '' AND w <> ALL (ARRAY[${GROUP_NOISE.map((w) => `'${w}'`).join(',')}])) AS s
    $$`);

    // A record's keys now (none once removed): its keys are replaced, the matches its keys no longer support are
    // closed on both sides, and a match is opened with every record of another panel that shares a key. Each key
    // is locked for the transaction first (in order), so two panels writing the same key at once meet.
    await q.query(`CREATE FUNCTION "cross_panel_match_record"(match_kind text, match_record_id uuid, match_panel_id uuid, match_keys text[])
      RETURNS void LANGUAGE plpgsql ${definer} AS $$
      DECLARE
        lock_key bigint;
      BEGIN
        FOR lock_key IN SELECT DISTINCT hashtextextended('cross-panel:' || match_kind || ':' || k, 0) FROM unnest(match_keys) AS k ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(lock_key);
        END LOOP;
        DELETE FROM cross_panel_key WHERE kind = match_kind AND record_id = match_record_id AND key <> ALL (match_keys);
        INSERT INTO cross_panel_key (panel_id, kind, record_id, key)
          SELECT match_panel_id, match_kind, match_record_id, k FROM unnest(match_keys) AS k
          ON CONFLICT DO NOTHING;
        UPDATE cross_panel_match m SET closed_at = now(), updated_at = now(), version = m.version + 1
         WHERE m.closed_at IS NULL AND (m.record_id = match_record_id OR m.other_record_id = match_record_id)
           AND NOT EXISTS (SELECT 1 FROM cross_panel_key a JOIN cross_panel_key b ON b.kind = a.kind AND b.key = a.key
                            WHERE a.kind = m.kind AND a.record_id = m.record_id AND b.record_id = m.other_record_id);
        WITH found AS (
          SELECT DISTINCT o.record_id, o.panel_id FROM cross_panel_key o
           WHERE o.kind = match_kind AND o.key = ANY (match_keys) AND o.panel_id <> match_panel_id
             AND NOT EXISTS (SELECT 1 FROM cross_panel_match m
                              WHERE m.record_id = match_record_id AND m.other_record_id = o.record_id AND m.closed_at IS NULL)),
        pairs AS (SELECT gen_random_uuid() AS pair_id, record_id, panel_id FROM found)
        INSERT INTO cross_panel_match (pair_id, panel_id, kind, record_id, other_panel_id, other_record_id)
          SELECT pair_id, match_panel_id, match_kind, match_record_id, panel_id, record_id FROM pairs
          UNION ALL
          SELECT pair_id, panel_id, match_kind, record_id, match_panel_id, match_record_id FROM pairs;
      END $$`);

    const keysOf: Record<string, (row: string) => string> = {
      nominal: (r) => `nominal_match_keys(${r}.surname, ${r}.date_of_birth)`,
      vehicle: (r) => `vehicle_match_keys(${r}.vrm_folded)`,
      ocg: (r) => `ocg_match_keys(${r}.name)`,
    };
    for (const [table, kind, columns] of MATCHED) {
      await q.query(`CREATE FUNCTION "${table}_cross_panel_match"() RETURNS trigger LANGUAGE plpgsql ${definer} AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            PERFORM cross_panel_match_record('${kind}', OLD.id, OLD.panel_id, '{}');
            RETURN OLD;
          END IF;
          PERFORM cross_panel_match_record('${kind}', NEW.id, NEW.panel_id, ${keysOf[table]('NEW')});
          RETURN NEW;
        END $$`);
      await q.query(`CREATE TRIGGER "TRG_${table}_cross_panel_match" AFTER INSERT OR DELETE OR UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')}
        ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${table}_cross_panel_match"()`);
    }

    // A side's agreement or refusal, as the other side's, on the other side's row.
    await q.query(`CREATE FUNCTION "cross_panel_match_mirror"() RETURNS trigger LANGUAGE plpgsql ${definer} AS $$
      BEGIN
        UPDATE cross_panel_match SET other_agreed_at = NEW.agreed_at, other_declined_at = NEW.declined_at, updated_at = now()
         WHERE pair_id = NEW.pair_id AND id <> NEW.id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_cross_panel_match_mirror" AFTER UPDATE OF "agreed_at", "declined_at" ON "cross_panel_match"
      FOR EACH ROW WHEN (OLD.agreed_at IS DISTINCT FROM NEW.agreed_at OR OLD.declined_at IS DISTINCT FROM NEW.declined_at)
      EXECUTE FUNCTION "cross_panel_match_mirror"()`);

    for (const fn of [
      '"cross_panel_match_record"(text, uuid, uuid, text[])',
      '"nominal_cross_panel_match"()',
      '"vehicle_cross_panel_match"()',
      '"ocg_cross_panel_match"()',
      '"cross_panel_match_mirror"()',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
    }

    // What is already held is matched now, oldest first.
    await q.query(`SELECT cross_panel_match_record('NOMINAL', n.id, n.panel_id, nominal_match_keys(n.surname, n.date_of_birth))
                     FROM (SELECT * FROM nominal ORDER BY created_at, id) n`);
    await q.query(`SELECT cross_panel_match_record('VEHICLE', v.id, v.panel_id, vehicle_match_keys(v.vrm_folded))
                     FROM (SELECT * FROM vehicle ORDER BY created_at, id) v`);
    await q.query(`SELECT cross_panel_match_record('OCG', o.id, o.panel_id, ocg_match_keys(o.name))
                     FROM (SELECT * FROM ocg ORDER BY created_at, id) o`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_cross_panel_match_mirror" ON "cross_panel_match"`);
    await q.query(`DROP FUNCTION "cross_panel_match_mirror"()`);
    for (const [table] of MATCHED) {
      await q.query(`DROP TRIGGER "TRG_${table}_cross_panel_match" ON "${table}"`);
      await q.query(`DROP FUNCTION "${table}_cross_panel_match"()`);
    }
    await q.query(`DROP FUNCTION "cross_panel_match_record"(text, uuid, uuid, text[])`);
    await q.query(`DROP FUNCTION "ocg_match_keys"(text)`);
    await q.query(`DROP FUNCTION "vehicle_match_keys"(text)`);
    await q.query(`DROP FUNCTION "nominal_match_keys"(text, date)`);
    await q.query(`DROP FUNCTION "cross_panel_fold"(text)`);
    await q.query(`DROP TABLE "cross_panel_match"`);
    await q.query(`DROP TABLE "cross_panel_key"`);
  }
}
