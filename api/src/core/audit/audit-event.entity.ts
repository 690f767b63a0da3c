import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
/** What the audit trail records; consultations and disclosures of personal data go to the consultation log. */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'SIGN_IN' | 'SIGN_OUT';

/** Field name -> [before, after]. */
export type AuditChanges = Record<string, [unknown, unknown]>;

@Entity('audit_event')
@Index('IDX_audit_event_entity', ['entityType', 'entityId', 'at'])
@Index('IDX_audit_event_panel', ['panelId', 'at'])
@Index('IDX_audit_event_chain', ['panelId', 'seq'])
@Check('CHK_audit_event_action', `"action" IN ('CREATE','UPDATE','DELETE','SIGN_IN','SIGN_OUT')`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_event' })
  id: string;

  @Column({ type: 'timestamp with time zone', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId: string | null;

  @Column({ name: 'panel_id', type: 'uuid', nullable: true })
  panelId: string | null;

  @Column({ name: 'entity_type', type: 'character varying', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'character varying', length: 64 })
  entityId: string;

  @Column({ type: 'character varying', length: 20 })
  action: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  changes: AuditChanges | null;

  /** The row's place in its chain (its panel's, or that of the rows of no panel); set by the database on insert. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  /** sha256 over the previous row's hash and this row's content (audit-chain.ts); set by the database on insert. */
  @Column({ type: 'bytea', insert: false, update: false })
  hash: Buffer;

  /** The disposal (record review) whose erasure replaced `changes`; set only by `redact_disposed_audit`. */
  @Column({ name: 'redacted_by_review', type: 'uuid', nullable: true, insert: false, update: false })
  redactedByReview: string | null;

  /** sha256 of the row as redacted, chained from the same previous hash (audit-chain.ts). */
  @Column({ name: 'redacted_hash', type: 'bytea', nullable: true, insert: false, update: false })
  redactedHash: Buffer | null;
}
