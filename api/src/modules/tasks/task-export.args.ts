import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { EXPORT_FORMATS, ExportFormatEnum, type ExportFormat } from '../records-io/records-io.enums.js';
import { TaskFilter, TaskSortEnum, type TaskSort } from './task-filter.js';

/** The task list's own filter and sort (the `tasks` query's arguments of the same names), and a file format. */
@ArgsType()
export class ExportTasksArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS as unknown as string[])
  format: ExportFormat;

  @Field(() => TaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFilter)
  filter?: TaskFilter | null;

  @Field(() => TaskSortEnum, { defaultValue: 'OVERDUE_FIRST', description: 'The rows in the order the list shows them' })
  @IsIn(Object.keys(TaskSortEnum))
  sort: TaskSort = 'OVERDUE_FIRST';
}
