import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@sentinel/shared';
import { TaskStatusEnum } from '../../core/graphql/enums.js';
import { EXPORT_FORMATS, ExportFormatEnum, type ExportFormat } from '../records-io/records-io.enums.js';

/** The task list's own filter (the `tasks` query's arguments of the same names), and a file format. */
@ArgsType()
export class ExportTasksArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS as unknown as string[])
  format: ExportFormat;

  @Field(() => [TaskStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TASK_STATUSES.length)
  @IsIn(TASK_STATUSES as unknown as string[], { each: true })
  statuses?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() agencyId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ocgId?: string | null;

  @Field({ defaultValue: false, description: 'Only open tasks past their due date' })
  @IsBoolean()
  overdueOnly: boolean = false;
}
