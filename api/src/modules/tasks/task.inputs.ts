import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  FOUR_P_STRANDS,
  GSC_MARKINGS,
  LIMITS,
  NOT_DONE_CAUSES,
  TASK_PRIORITIES,
  TASK_STATUSES,
  TEXT_LIMITS,
  type FourPStrand,
  type GscMarking,
  type NotDoneCause,
  type TaskPriority,
  type TaskStatus,
} from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { FourPStrandEnum, GscMarkingEnum, NotDoneCauseEnum, TaskPriorityEnum, TaskStatusEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';
import { TaskDisruptionInput } from '../disruptions/disruption.inputs.js';
import { TaskFilter, TaskSortEnum, type TaskSort } from './task-filter.js';

@InputType({ isAbstract: true })
class TaskFields {
  @Field()
  @IsString()
  @MinLength(3, { message: 'Enter a title that says what is to be done' })
  @MaxLength(LIMITS.nameLength)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.taskDescription)
  description?: string | null;

  @Field(() => ID, { description: 'The agency best placed to act' })
  @IsUUID('all', { message: 'Select the agency the task is allocated to' })
  agencyId: string;

  @Field(() => ID, { nullable: true, description: 'A named owner from that agency' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @IsOptional()
  @IsCalendarDate('the due date')
  dueOn?: string | null;

  @Field(() => TaskPriorityEnum, { defaultValue: 'MEDIUM' })
  @IsIn(TASK_PRIORITIES as unknown as string[])
  priority: TaskPriority = 'MEDIUM';

  @Field(() => FourPStrandEnum, { nullable: true })
  @IsOptional()
  @IsIn(FOUR_P_STRANDS as unknown as string[])
  strand?: FourPStrand | null;

  @Field(() => GscMarkingEnum, { defaultValue: 'OFFICIAL_SENSITIVE' })
  @IsIn(GSC_MARKINGS as unknown as string[])
  gscMarking: GscMarking = 'OFFICIAL_SENSITIVE';
}

@InputType()
export class AllocateTaskInput extends TaskFields {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ocgId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() nominalId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() referralId?: string | null;
}

@InputType({ description: 'Chair and coordinator: edit, reallocate or change the due date; the timeline keeps what it was' })
export class EditTaskInput extends TaskFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'A note, a status change, or both. A status change needs the version you saw.' })
export class AddTaskUpdateInput {
  @Field(() => ID)
  @IsUUID()
  taskId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.taskUpdate)
  text?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_STATUSES as unknown as string[])
  status?: TaskStatus | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'Required when blocking' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.blockedReason)
  blockedReason?: string | null;

  @Field(() => NotDoneCauseEnum, { nullable: true, description: 'Required when closing as not done' })
  @IsOptional()
  @IsIn(NOT_DONE_CAUSES as unknown as string[])
  notDoneCause?: NotDoneCause | null;

  @Field(() => String, { nullable: true, description: 'The outcome, when completing or closing' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.closingNote)
  closingNote?: string | null;

  @Field(() => TaskDisruptionInput, { nullable: true, description: 'Completing can record the disruption in the group’s ledger in the same step' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskDisruptionInput)
  disruption?: TaskDisruptionInput | null;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => TaskFilter, { nullable: true, description: 'The filter the task export takes too' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter | null;

  @Field(() => TaskSortEnum, { defaultValue: 'OVERDUE_FIRST' })
  @IsIn(Object.keys(TaskSortEnum))
  sort: TaskSort = 'OVERDUE_FIRST';
}
