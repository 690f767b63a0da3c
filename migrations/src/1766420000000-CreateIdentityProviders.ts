import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API connects as (migration EnforcePanelIsolation). */
const APP_ROLE = 'sentinel_app';

/**
 * Single sign-on with OpenID Connect. `identity_provider`: the organisations (Microsoft Entra ID for most) the system
 * administrator registers; the client secret is never stored, only the name of the environment variable that holds
 * it. `oidc_sign_in`: each sign-in started, keyed by a hash of its state, with the nonce and PKCE verifier the
 * callback needs and a hash of the browser's own cookie, good for ten minutes and used once. Neither belongs to a
 * panel, so neither has row-level security.
 */
export class CreateIdentityProviders1766420000000 implements MigrationInterface {
  name = 'CreateIdentityProviders1766420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "identity_provider" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(60) NOT NULL,
      "issuer" character varying(300) NOT NULL,
      "client_id" character varying(200) NOT NULL,
      "secret_env" character varying(52) NOT NULL,
      "email_domains" text array NOT NULL DEFAULT '{}',
      "tenant_ids" text array NOT NULL DEFAULT '{}',
      "enabled" boolean NOT NULL DEFAULT true,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_identity_provider" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_identity_provider_secret_env" CHECK ("secret_env" ~ '^OIDC_SECRET_[A-Z0-9_]{1,40}$'))`);
    await q.query(`CREATE UNIQUE INDEX "UQ_identity_provider_name" ON "identity_provider" (lower("name"))`);
    await q.query(`CREATE TABLE "oidc_sign_in" (
      "state_hash" character(64) NOT NULL,
      "provider_id" uuid NOT NULL,
      "browser_hash" character(64) NOT NULL,
      "nonce" character varying(100) NOT NULL,
      "code_verifier" character varying(200) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "used_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_oidc_sign_in" PRIMARY KEY ("state_hash"),
      CONSTRAINT "FK_oidc_sign_in_provider" FOREIGN KEY ("provider_id") REFERENCES "identity_provider"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "IDX_oidc_sign_in_created" ON "oidc_sign_in" ("created_at")`);
    await q.query(`REVOKE ALL ON "identity_provider", "oidc_sign_in" FROM PUBLIC`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "identity_provider" TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "oidc_sign_in" TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "oidc_sign_in"`);
    await q.query(`DROP TABLE "identity_provider"`);
  }
}
