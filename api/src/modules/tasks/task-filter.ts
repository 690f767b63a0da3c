import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LIMITS, TASK_STATUSES, type TaskStatus } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { TaskStatusEnum } from '../../core/graphql/enums.js';
import { everyWordMatches, namedParams } from '../search/text-filter.js';
import { visibleTasks } from './task-access.js';

/** What the task list shows; its export takes the same object, so a file never holds more than the list. */
@InputType()
export class TaskFilter {
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

  @Field(() => Int, { nullable: true, description: 'Only open tasks due within this many days (not yet overdue)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only tasks closed within this many days' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  closedWithinDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Words of the reference or title, in any order' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

export const TaskSortEnum = { OVERDUE_FIRST: 'OVERDUE_FIRST', DUE: 'DUE', RECENTLY_UPDATED: 'RECENTLY_UPDATED', REFERENCE: 'REFERENCE' } as const;
export type TaskSort = keyof typeof TaskSortEnum;
registerEnumType(TaskSortEnum, { name: 'TaskSort' });

const OPEN = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

/** ORDER BY for each sort, on `task t`; every one ends on the unique reference, so pages never overlap. */
export const TASK_SORTS: Record<TaskSort, string> = {
  OVERDUE_FIRST: `(CASE WHEN ${OPEN} AND t.due_on < :today THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END), t.due_on ASC NULLS LAST, t.reference`,
  DUE: 't.due_on ASC NULLS LAST, t.reference',
  RECENTLY_UPDATED: 't.updated_at DESC, t.reference',
  REFERENCE: 't.reference',
};

/** What `search` matches, written as IDX_task_text_trgm is built. */
const SEARCHED = { text: `t.reference || ' ' || t.title`, reference: { column: 't.reference', prefix: 'A' } };

/**
 * The tasks a viewer gets for a filter, as one condition on `task t` with named parameters (`:today` among
 * them, which the sorts use too): the list pages through it and the export writes all of it, so the two
 * cannot differ.
 */
export function taskListCondition(
  access: AccessService,
  ctx: RequestContext,
  panelId: string,
  filter: TaskFilter | null | undefined,
  today: string,
  known: string | null = null,
): { sql: string; params: Record<string, unknown> } {
  const visible = visibleTasks(access, ctx);
  const where = ['t.panel_id = :panelId', visible.sql];
  const params: Record<string, unknown> = { ...visible.params, panelId, today };
  const f: Partial<TaskFilter> = filter ?? {};
  if (f.statuses?.length) {
    where.push('t.status = ANY(:statuses)');
    params.statuses = f.statuses;
  }
  if (f.agencyId) {
    where.push('t.agency_id = :agencyId');
    params.agencyId = f.agencyId;
  }
  if (f.ocgId) {
    where.push('t.ocg_id = :ocgId');
    params.ocgId = f.ocgId;
  }
  if (f.overdueOnly) where.push(`${OPEN} AND t.due_on < :today`);
  if (f.dueWithinDays !== null && f.dueWithinDays !== undefined) {
    where.push(`${OPEN} AND t.due_on >= :today AND t.due_on <= (:today)::date + :within::int`);
    params.within = f.dueWithinDays;
  }
  if (f.closedWithinDays !== null && f.closedWithinDays !== undefined) {
    where.push('t.closed_at >= now() - make_interval(days => :closedWithin)');
    params.closedWithin = f.closedWithinDays;
  }
  const text = namedParams();
  const words = everyWordMatches(f.search, SEARCHED, text.param, known);
  if (words) where.push(words);
  return { sql: where.map((w) => `(${w})`).join(' AND '), params: { ...params, ...text.params } };
}
