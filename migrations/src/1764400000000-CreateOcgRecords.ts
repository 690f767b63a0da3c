import type { MigrationInterface, QueryRunner } from 'typeorm';

const inList = (values: string[]) => values.map((v) => `'${v}'`).join(',');
const CRIME_TYPES = [
  'DRUGS_SUPPLY',
  'COUNTY_LINES_CCE',
  'FIREARMS',
  'MODERN_SLAVERY_HUMAN_TRAFFICKING',
  'ORGANISED_ACQUISITIVE_CRIME',
  'ORGANISED_RETAIL_CRIME',
  'FRAUD',
  'MONEY_LAUNDERING',
  'ILLEGAL_MONEY_LENDING',
  'ORGANISED_IMMIGRATION_CRIME',
  'WASTE_ENVIRONMENTAL_CRIME',
  'CYBER_ENABLED_CRIME',
  'OTHER',
];
const STRANDS = inList(['PURSUE', 'PREVENT', 'PROTECT', 'PREPARE']);
const HEADINGS = inList(['LIFESTYLE', 'BEHAVIOUR', 'VEHICLES', 'TRAVEL', 'BUSINESS', 'CRIME']);
const GSC = inList(['OFFICIAL', 'OFFICIAL_SENSITIVE']);
const TS = 'TIMESTAMP WITH TIME ZONE';

export class CreateOcgRecords1764400000000 implements MigrationInterface {
  name = 'CreateOcgRecords1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    // Per-panel scoring scale and tiers, and the counters behind per-panel references (OCG-0042, N-0007, R-0003).
    await q.query(`ALTER TABLE "panel"
      ADD "score_scale_max" smallint NOT NULL DEFAULT 5,
      ADD "tiers" jsonb NOT NULL DEFAULT '[{"name":"Tier 1","minTotal":60},{"name":"Tier 2","minTotal":30},{"name":"Tier 3","minTotal":0}]',
      ADD "next_ocg_number" integer NOT NULL DEFAULT 1,
      ADD "next_nominal_number" integer NOT NULL DEFAULT 1,
      ADD "next_referral_number" integer NOT NULL DEFAULT 1,
      ADD CONSTRAINT "CHK_panel_scale" CHECK ("score_scale_max" BETWEEN 3 AND 10)`);

    await q.query(`CREATE TABLE "ocg" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "name" character varying(200) NOT NULL,
      "status" character varying(20) NOT NULL DEFAULT 'EMERGING',
      "crime_types" text array NOT NULL DEFAULT '{}',
      "areas" text array NOT NULL DEFAULT '{}',
      "summary" character varying(4000),
      "lro_user_id" uuid,
      "sro_user_id" uuid,
      "date_mapped" date,
      "next_review_on" date,
      "gsc_marking" character varying(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE',
      "score_total" integer,
      "tier" character varying(60),
      "scored_at" ${TS},
      "status_changed_at" ${TS} NOT NULL DEFAULT now(),
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_ocg" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_ocg_panel_reference" UNIQUE ("panel_id", "reference"),
      CONSTRAINT "FK_ocg_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_ocg_lro" FOREIGN KEY ("lro_user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "FK_ocg_sro" FOREIGN KEY ("sro_user_id") REFERENCES "app_user"("id"),
      CONSTRAINT "CHK_ocg_status" CHECK ("status" IN ('EMERGING','ACTIVE','DORMANT','DISMANTLED','ARCHIVED')),
      CONSTRAINT "CHK_ocg_crime_types" CHECK ("crime_types" <@ ARRAY[${inList(CRIME_TYPES)}]::text[]),
      CONSTRAINT "CHK_ocg_gsc" CHECK ("gsc_marking" IN (${GSC})))`);
    await q.query(`CREATE INDEX "IDX_ocg_panel_status" ON "ocg" ("panel_id", "status")`);
    await q.query(`CREATE INDEX "IDX_ocg_panel_score" ON "ocg" ("panel_id", "score_total")`);
    await q.query(`CREATE INDEX "IDX_ocg_lro" ON "ocg" ("lro_user_id")`);
    await q.query(`CREATE INDEX "IDX_ocg_crime_types" ON "ocg" USING gin ("crime_types")`);
    await q.query(`CREATE INDEX "IDX_ocg_areas" ON "ocg" USING gin ("areas")`);
    await q.query(`CREATE INDEX "IDX_ocg_name_trgm" ON "ocg" USING gin (lower("name") gin_trgm_ops)`);

    // Every rescoring is kept, so a group's threat can be shown over time.
    await q.query(`CREATE TABLE "ocg_score" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "ocg_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "harm_physical" smallint NOT NULL,
      "harm_community" smallint NOT NULL,
      "harm_geographic" smallint NOT NULL,
      "harm_vulnerability" smallint NOT NULL,
      "likelihood" smallint NOT NULL,
      "capability" smallint NOT NULL,
      "capacity" smallint NOT NULL,
      "confidence" character varying(10) NOT NULL,
      "scale_max" smallint NOT NULL,
      "total" integer NOT NULL,
      "tier" character varying(60) NOT NULL,
      "rationale" character varying(2000),
      "scored_by" uuid,
      "scored_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_ocg_score" PRIMARY KEY ("id"),
      CONSTRAINT "FK_ocg_score_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id"),
      CONSTRAINT "CHK_ocg_score_confidence" CHECK ("confidence" IN ('LOW','MEDIUM','HIGH')))`);
    await q.query(`CREATE INDEX "IDX_ocg_score_ocg" ON "ocg_score" ("ocg_id", "scored_at")`);

    await q.query(`CREATE TABLE "nominal" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "surname" character varying(100) NOT NULL,
      "forenames" character varying(150) NOT NULL DEFAULT '',
      "aliases" text array NOT NULL DEFAULT '{}',
      "date_of_birth" date,
      "is_vulnerable" boolean NOT NULL DEFAULT false,
      "is_child" boolean NOT NULL DEFAULT false,
      "risk_to_officers" boolean NOT NULL DEFAULT false,
      "next_review_on" date,
      "gsc_marking" character varying(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE',
      "name_search" text NOT NULL DEFAULT '',
      "name_codes" text array NOT NULL DEFAULT '{}',
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_nominal" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_nominal_panel_reference" UNIQUE ("panel_id", "reference"),
      CONSTRAINT "FK_nominal_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_nominal_gsc" CHECK ("gsc_marking" IN (${GSC})))`);
    await q.query(`CREATE INDEX "IDX_nominal_name_trgm" ON "nominal" USING gin ("name_search" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_nominal_name_codes" ON "nominal" USING gin ("name_codes")`);
    await q.query(`CREATE INDEX "IDX_nominal_panel" ON "nominal" ("panel_id")`);
    // Sound-alike codes of every word of the names and aliases (name_search is written accent-free by the app).
    await q.query(`CREATE FUNCTION "nominal_name_codes"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.name_codes := ARRAY(
          SELECT DISTINCT c FROM regexp_split_to_table(NEW.name_search, '[^a-z0-9]+') AS w,
                 LATERAL (VALUES (dmetaphone(w)), (dmetaphone_alt(w))) AS codes(c)
           WHERE w <> '' AND c <> '');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_nominal_name_codes" BEFORE INSERT OR UPDATE OF "name_search" ON "nominal"
      FOR EACH ROW EXECUTE FUNCTION "nominal_name_codes"()`);

    await q.query(`CREATE TABLE "ocg_nominal" (
      "ocg_id" uuid NOT NULL,
      "nominal_id" uuid NOT NULL,
      "role" character varying(20) NOT NULL,
      "added_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_ocg_nominal" PRIMARY KEY ("ocg_id", "nominal_id"),
      CONSTRAINT "FK_ocg_nominal_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_ocg_nominal_nominal" FOREIGN KEY ("nominal_id") REFERENCES "nominal"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_ocg_nominal_role" CHECK ("role" IN ('PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE')))`);
    await q.query(`CREATE INDEX "IDX_ocg_nominal_nominal" ON "ocg_nominal" ("nominal_id")`);

    await q.query(`CREATE TABLE "vehicle" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "registration" character varying(20) NOT NULL,
      "vrm" character varying(20) NOT NULL,
      "vrm_folded" character varying(20) NOT NULL,
      "make" character varying(60),
      "model" character varying(60),
      "colour" character varying(40),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_vehicle" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_vehicle_panel_vrm" UNIQUE ("panel_id", "vrm"),
      CONSTRAINT "FK_vehicle_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"))`);
    await q.query(`CREATE INDEX "IDX_vehicle_folded" ON "vehicle" ("panel_id", "vrm_folded" text_pattern_ops)`);

    await q.query(`CREATE TABLE "place" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "label" character varying(300) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "area" character varying(100),
      "high_harm" boolean NOT NULL DEFAULT false,
      "chb_phase" character varying(10),
      "latitude" numeric(9,6),
      "longitude" numeric(9,6),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_place" PRIMARY KEY ("id"),
      CONSTRAINT "FK_place_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "CHK_place_kind" CHECK ("kind" IN ('HOME','BUSINESS','PREMISES','HOTSPOT')),
      CONSTRAINT "CHK_place_chb" CHECK ("chb_phase" IS NULL OR "chb_phase" IN ('CLEAR','HOLD','BUILD')))`);
    await q.query(`CREATE INDEX "IDX_place_label_trgm" ON "place" USING gin (lower("label") gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_place_panel_harm" ON "place" ("panel_id", "high_harm")`);

    for (const [table, a, b, aTable, bTable] of [
      ['ocg_vehicle', 'ocg_id', 'vehicle_id', 'ocg', 'vehicle'],
      ['nominal_vehicle', 'nominal_id', 'vehicle_id', 'nominal', 'vehicle'],
      ['ocg_place', 'ocg_id', 'place_id', 'ocg', 'place'],
      ['nominal_place', 'nominal_id', 'place_id', 'nominal', 'place'],
    ]) {
      await q.query(`CREATE TABLE "${table}" (
        "${a}" uuid NOT NULL,
        "${b}" uuid NOT NULL,
        "added_at" ${TS} NOT NULL DEFAULT now(),
        CONSTRAINT "PK_${table}" PRIMARY KEY ("${a}", "${b}"),
        CONSTRAINT "FK_${table}_${aTable}" FOREIGN KEY ("${a}") REFERENCES "${aTable}"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_${table}_${bTable}" FOREIGN KEY ("${b}") REFERENCES "${bTable}"("id") ON DELETE CASCADE)`);
      await q.query(`CREATE INDEX "IDX_${table}_${bTable}" ON "${table}" ("${b}")`);
    }

    await q.query(`CREATE TABLE "intelligence" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "subject_kind" character varying(10) NOT NULL,
      "subject_id" uuid NOT NULL,
      "recorded_on" date NOT NULL,
      "submitting_agency_id" uuid NOT NULL,
      "text" character varying(5000) NOT NULL,
      "source_grade" character varying(2) NOT NULL,
      "intelligence_grade" character(1) NOT NULL,
      "handling" character(1) NOT NULL,
      "handling_conditions" character varying(1000),
      "gsc_marking" character varying(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE',
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_intelligence" PRIMARY KEY ("id"),
      CONSTRAINT "FK_intelligence_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_intelligence_agency" FOREIGN KEY ("submitting_agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "CHK_intelligence_subject" CHECK ("subject_kind" IN ('OCG','NOMINAL','VEHICLE','PLACE')),
      CONSTRAINT "CHK_intelligence_source" CHECK ("source_grade" IN ('S1','S2','S3')),
      CONSTRAINT "CHK_intelligence_grade" CHECK ("intelligence_grade" IN ('A','B','C','D','E')),
      CONSTRAINT "CHK_intelligence_handling" CHECK ("handling" = 'P' OR ("handling" = 'C' AND "handling_conditions" IS NOT NULL)),
      CONSTRAINT "CHK_intelligence_gsc" CHECK ("gsc_marking" IN (${GSC})))`);
    await q.query(`CREATE INDEX "IDX_intelligence_subject" ON "intelligence" ("panel_id", "subject_kind", "subject_id", "recorded_on")`);
    // Handling-code C entries are visible only to the agencies named here (and the submitting agency).
    await q.query(`CREATE TABLE "intelligence_recipient" (
      "intelligence_id" uuid NOT NULL,
      "agency_id" uuid NOT NULL,
      CONSTRAINT "PK_intelligence_recipient" PRIMARY KEY ("intelligence_id", "agency_id"),
      CONSTRAINT "FK_intelligence_recipient_intelligence" FOREIGN KEY ("intelligence_id") REFERENCES "intelligence"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_intelligence_recipient_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id"))`);
    await q.query(`CREATE INDEX "IDX_intelligence_recipient_agency" ON "intelligence_recipient" ("agency_id")`);

    await q.query(`CREATE TABLE "ocg_objective" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "ocg_id" uuid NOT NULL,
      "panel_id" uuid NOT NULL,
      "strand" character varying(10) NOT NULL,
      "objective" character varying(1000) NOT NULL,
      "owner_agency_id" uuid NOT NULL,
      "tactic_headings" text array NOT NULL DEFAULT '{}',
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_ocg_objective" PRIMARY KEY ("id"),
      CONSTRAINT "FK_ocg_objective_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_ocg_objective_agency" FOREIGN KEY ("owner_agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "CHK_ocg_objective_strand" CHECK ("strand" IN (${STRANDS})),
      CONSTRAINT "CHK_ocg_objective_tactics" CHECK ("tactic_headings" <@ ARRAY[${HEADINGS}]::text[]))`);
    await q.query(`CREATE INDEX "IDX_ocg_objective_ocg" ON "ocg_objective" ("ocg_id")`);

    await q.query(`CREATE TABLE "disruption" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "ocg_id" uuid NOT NULL,
      "occurred_on" date NOT NULL,
      "agency_id" uuid NOT NULL,
      "strand" character varying(10) NOT NULL,
      "tactic_heading" character varying(20) NOT NULL,
      "description" character varying(2000) NOT NULL,
      "impact" character varying(10) NOT NULL,
      "rationale" character varying(2000) NOT NULL,
      "arrests" integer NOT NULL DEFAULT 0,
      "charges" integer NOT NULL DEFAULT 0,
      "custodial_years" numeric(7,2) NOT NULL DEFAULT 0,
      "cash_seized_gbp" numeric(14,2) NOT NULL DEFAULT 0,
      "drugs_seized" jsonb NOT NULL DEFAULT '[]',
      "firearms" integer NOT NULL DEFAULT 0,
      "rounds" integer NOT NULL DEFAULT 0,
      "vehicles_seized" integer NOT NULL DEFAULT 0,
      "children_safeguarded" integer NOT NULL DEFAULT 0,
      "adults_safeguarded" integer NOT NULL DEFAULT 0,
      "restraint_orders" integer NOT NULL DEFAULT 0,
      "licences_reviewed" integer NOT NULL DEFAULT 0,
      "licences_revoked" integer NOT NULL DEFAULT 0,
      "benefit_actions" integer NOT NULL DEFAULT 0,
      "tax_actions" integer NOT NULL DEFAULT 0,
      "premises_closed" integer NOT NULL DEFAULT 0,
      "gsc_marking" character varying(20) NOT NULL DEFAULT 'OFFICIAL_SENSITIVE',
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_disruption" PRIMARY KEY ("id"),
      CONSTRAINT "FK_disruption_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id"),
      CONSTRAINT "FK_disruption_agency" FOREIGN KEY ("agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "CHK_disruption_strand" CHECK ("strand" IN (${STRANDS})),
      CONSTRAINT "CHK_disruption_tactic" CHECK ("tactic_heading" IN (${HEADINGS})),
      CONSTRAINT "CHK_disruption_impact" CHECK ("impact" IN ('MAJOR','MODERATE','MINOR','NONE','NEGATIVE')),
      CONSTRAINT "CHK_disruption_counts" CHECK (LEAST("arrests","charges","firearms","rounds","vehicles_seized","children_safeguarded","adults_safeguarded","restraint_orders","licences_reviewed","licences_revoked","benefit_actions","tax_actions","premises_closed") >= 0 AND "custodial_years" >= 0 AND "cash_seized_gbp" >= 0),
      CONSTRAINT "CHK_disruption_gsc" CHECK ("gsc_marking" IN (${GSC})))`);
    await q.query(`CREATE INDEX "IDX_disruption_panel_date" ON "disruption" ("panel_id", "occurred_on")`);
    await q.query(`CREATE INDEX "IDX_disruption_ocg" ON "disruption" ("ocg_id", "occurred_on")`);
    await q.query(`CREATE TABLE "disruption_nominal" (
      "disruption_id" uuid NOT NULL,
      "nominal_id" uuid NOT NULL,
      CONSTRAINT "PK_disruption_nominal" PRIMARY KEY ("disruption_id", "nominal_id"),
      CONSTRAINT "FK_disruption_nominal_disruption" FOREIGN KEY ("disruption_id") REFERENCES "disruption"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_disruption_nominal_nominal" FOREIGN KEY ("nominal_id") REFERENCES "nominal"("id"))`);
    await q.query(`CREATE INDEX "IDX_disruption_nominal_nominal" ON "disruption_nominal" ("nominal_id")`);

    await q.query(`CREATE TABLE "referral" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "panel_id" uuid NOT NULL,
      "reference" character varying(20) NOT NULL,
      "from_agency_id" uuid NOT NULL,
      "on_behalf_of" character varying(200),
      "summary" character varying(4000) NOT NULL,
      "crime_references" text array NOT NULL,
      "offenders" jsonb NOT NULL DEFAULT '[]',
      "vehicles" text array NOT NULL DEFAULT '{}',
      "places" text array NOT NULL DEFAULT '{}',
      "status" character varying(20) NOT NULL DEFAULT 'RECEIVED',
      "ocg_id" uuid,
      "decline_reason" character varying(2000),
      "decided_by" uuid,
      "decided_at" ${TS},
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_referral" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_referral_panel_reference" UNIQUE ("panel_id", "reference"),
      CONSTRAINT "FK_referral_panel" FOREIGN KEY ("panel_id") REFERENCES "panel"("id"),
      CONSTRAINT "FK_referral_agency" FOREIGN KEY ("from_agency_id") REFERENCES "agency"("id"),
      CONSTRAINT "FK_referral_ocg" FOREIGN KEY ("ocg_id") REFERENCES "ocg"("id"),
      CONSTRAINT "CHK_referral_status" CHECK ("status" IN ('RECEIVED','UNDER_ASSESSMENT','ACCEPTED','DECLINED')),
      CONSTRAINT "CHK_referral_crime_refs" CHECK (cardinality("crime_references") >= 1),
      CONSTRAINT "CHK_referral_outcome" CHECK (("status" <> 'ACCEPTED' OR "ocg_id" IS NOT NULL) AND ("status" <> 'DECLINED' OR "decline_reason" IS NOT NULL)))`);
    await q.query(`CREATE INDEX "IDX_referral_panel_status" ON "referral" ("panel_id", "status")`);
    await q.query(`CREATE INDEX "IDX_referral_agency" ON "referral" ("from_agency_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'referral',
      'disruption_nominal',
      'disruption',
      'ocg_objective',
      'intelligence_recipient',
      'intelligence',
      'nominal_place',
      'ocg_place',
      'nominal_vehicle',
      'ocg_vehicle',
      'place',
      'vehicle',
      'ocg_nominal',
    ]) {
      await q.query(`DROP TABLE "${t}"`);
    }
    await q.query(`DROP TABLE "nominal"`);
    await q.query(`DROP FUNCTION "nominal_name_codes"()`);
    await q.query(`DROP TABLE "ocg_score"`);
    await q.query(`DROP TABLE "ocg"`);
    await q.query(`ALTER TABLE "panel" DROP CONSTRAINT "CHK_panel_scale", DROP COLUMN "score_scale_max", DROP COLUMN "tiers",
      DROP COLUMN "next_ocg_number", DROP COLUMN "next_nominal_number", DROP COLUMN "next_referral_number"`);
  }
}
