import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { FourPStrand, GscMarking, NotDoneCause, TaskPriority, TaskStatus } from '@sentinel/shared';
import { FourPStrandEnum, GscMarkingEnum, NotDoneCauseEnum, TaskPriorityEnum, TaskStatusEnum } from '../../core/graphql/enums.js';
import { AgencyObject } from '../agencies/agency.object.js';
import type { TaskUpdateKind } from './task-update.entity.js';

export const TaskUpdateKindEnum = { CREATED: 'CREATED', NOTE: 'NOTE', STATUS: 'STATUS', REALLOCATED: 'REALLOCATED', EDITED: 'EDITED' } as const;
registerEnumType(TaskUpdateKindEnum, { name: 'TaskUpdateKind' });

@ObjectType('FieldChange', { description: 'A field of a record, before and after a change (values as JSON)' })
export class FieldChangeObject {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('TaskUpdate', { description: 'One entry of a task’s timeline' })
export class TaskUpdateObject {
  @Field(() => ID)
  id: string;

  @Field(() => TaskUpdateKindEnum)
  kind: TaskUpdateKind;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  fromStatus: TaskStatus | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  toStatus: TaskStatus | null;

  @Field(() => [FieldChangeObject], { description: 'For edits and reallocations: what changed, so no version is ever lost' })
  changes: FieldChangeObject[];

  @Field(() => ID, { nullable: true })
  authorUserId: string | null;

  @Field(() => ID, { nullable: true })
  authorAgencyId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Task', { description: 'Something the panel allocated to an agency' })
export class TaskObject {
  @Field(() => ID) id: string;
  @Field(() => ID) panelId: string;
  @Field({ description: 'Per-panel reference, e.g. A-0137' }) reference: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID, { description: 'The allocated agency' }) agencyId: string;
  @Field(() => ID, { nullable: true }) ownerUserId: string | null;
  @Field(() => ID, { nullable: true }) ocgId: string | null;
  @Field(() => ID, { nullable: true }) nominalId: string | null;
  @Field(() => ID, { nullable: true }) referralId: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting the task was raised at' }) meetingId: string | null;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) dueOn: string | null;
  @Field(() => TaskPriorityEnum) priority: TaskPriority;
  @Field(() => FourPStrandEnum, { nullable: true }) strand: FourPStrand | null;
  @Field(() => GscMarkingEnum) gscMarking: GscMarking;
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field({ description: 'Still open and past its due date (UK calendar days)' }) isOverdue: boolean;
  @Field(() => String, { nullable: true }) blockedReason: string | null;
  @Field(() => NotDoneCauseEnum, { nullable: true }) notDoneCause: NotDoneCause | null;
  @Field(() => String, { nullable: true }) closingNote: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The disruption recorded when the task was completed' }) disruptionId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('TaskPage')
export class TaskPageObject {
  @Field(() => [TaskObject]) nodes: TaskObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('AgencyTaskFigures', { description: 'One agency’s tasks on the panel task board' })
export class AgencyTaskFiguresObject {
  @Field(() => AgencyObject) agency: AgencyObject;
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) blocked: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) notDone: number;
  @Field(() => Float, { nullable: true, description: 'Completed as a share of closed tasks, 0 to 1; null when none is closed' })
  completionRate: number | null;
}

@ObjectType('StatusCount')
export class StatusCountObject {
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => Int) count: number;
}

@ObjectType('OcgTaskFigures')
export class OcgTaskFiguresObject {
  @Field(() => ID) ocgId: string;
  @Field() reference: string;
  @Field() name: string;
  @Field(() => Int) open: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('TaskBoard', { description: 'The chair’s view of the panel’s tasks' })
export class TaskBoardObject {
  @Field(() => [AgencyTaskFiguresObject], { description: 'Agencies with any task, most overdue first' }) byAgency: AgencyTaskFiguresObject[];
  @Field(() => [StatusCountObject]) byStatus: StatusCountObject[];
  @Field(() => [OcgTaskFiguresObject], { description: 'Groups with open tasks, most overdue first' }) byOcg: OcgTaskFiguresObject[];
}
