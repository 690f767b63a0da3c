import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation whose OpenID Connect sign-in Sentinel accepts. The client secret lives in `secretEnv`'s variable. */
@Entity('identity_provider')
@Index('UQ_identity_provider_name', { synchronize: false })
@Check('CHK_identity_provider_secret_env', `"secret_env" ~ '^OIDC_SECRET_[A-Z0-9_]{1,40}$'`)
export class IdentityProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_identity_provider' })
  id: string;

  @Column({ type: 'character varying', length: 60 })
  name: string;

  @Column({ type: 'character varying', length: 300 })
  issuer: string;

  @Column({ name: 'client_id', type: 'character varying', length: 200 })
  clientId: string;

  @Column({ name: 'secret_env', type: 'character varying', length: 52 })
  secretEnv: string;

  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  @Column({ name: 'tenant_ids', type: 'text', array: true, default: () => "'{}'" })
  tenantIds: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
