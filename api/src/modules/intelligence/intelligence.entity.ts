import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GscMarking, HandlingCode, IntelligenceGrade, RecordKind, SourceGrade } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('intelligence')
@Index('IDX_intelligence_subject', ['panelId', 'subjectKind', 'subjectId', 'recordedOn'])
@Check('CHK_intelligence_subject', `"subject_kind" IN ('OCG','NOMINAL','VEHICLE','PLACE')`)
@Check('CHK_intelligence_source', `"source_grade" IN ('S1','S2','S3')`)
@Check('CHK_intelligence_grade', `"intelligence_grade" IN ('A','B','C','D','E')`)
@Check('CHK_intelligence_handling', `"handling" = 'P' OR ("handling" = 'C' AND "handling_conditions" IS NOT NULL)`)
@Check('CHK_intelligence_gsc', `"gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')`)
export class IntelligenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_intelligence' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_intelligence_panel' })
  panelId: string;

  @Column({ name: 'subject_kind', type: 'character varying', length: 10 })
  subjectKind: RecordKind;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ name: 'submitting_agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_intelligence_agency' })
  submittingAgencyId: string;

  @Column({ type: 'character varying', length: 5000 })
  text: string;

  @Column({ name: 'source_grade', type: 'character varying', length: 2 })
  sourceGrade: SourceGrade;

  @Column({ name: 'intelligence_grade', type: 'character', length: 1 })
  intelligenceGrade: IntelligenceGrade;

  @Column({ type: 'character', length: 1 })
  handling: HandlingCode;

  @Column({ name: 'handling_conditions', type: 'character varying', length: 1000, nullable: true })
  handlingConditions: string | null;

  @Column({ name: 'gsc_marking', type: 'character varying', length: 20, default: 'OFFICIAL_SENSITIVE' })
  gscMarking: GscMarking;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;
}
