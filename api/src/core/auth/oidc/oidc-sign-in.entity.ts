import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { IdentityProviderEntity } from './identity-provider.entity.js';

/** A single sign-on under way: what the callback checks, found by a hash of the state, used once. */
@Entity('oidc_sign_in')
@Index('IDX_oidc_sign_in_created', ['createdAt'])
export class OidcSignInEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'character', length: 64, primaryKeyConstraintName: 'PK_oidc_sign_in' })
  stateHash: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  @ForeignKey(() => IdentityProviderEntity, { name: 'FK_oidc_sign_in_provider', onDelete: 'CASCADE' })
  providerId: string;

  @Column({ name: 'browser_hash', type: 'character', length: 64 })
  browserHash: string;

  @Column({ type: 'character varying', length: 100 })
  nonce: string;

  @Column({ name: 'code_verifier', type: 'character varying', length: 200 })
  codeVerifier: string;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamp with time zone', nullable: true })
  usedAt: Date | null;
}
