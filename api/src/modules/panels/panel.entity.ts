import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('panel')
@Unique('UQ_panel_code', ['code'])
export class PanelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_panel' })
  id: string;

  @Column({ type: 'character varying', length: 20 })
  code: string;

  @Column({ type: 'character varying', length: 200 })
  name: string;

  @Column({ name: 'force_name', type: 'character varying', length: 200 })
  forceName: string;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
