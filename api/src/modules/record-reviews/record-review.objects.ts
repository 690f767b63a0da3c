import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { REVIEW_DECISIONS, REVIEW_RATIONALE_MAX, REVIEW_SUBJECT_KINDS, type ReviewDecision, type ReviewSubjectKind } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { PageArgs } from '../../core/graphql/page.js';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const ReviewDecisionEnum = enumObject(REVIEW_DECISIONS);
export const ReviewSubjectKindEnum = enumObject(REVIEW_SUBJECT_KINDS);
registerEnumType(ReviewDecisionEnum, { name: 'ReviewDecision', description: 'Retained, archived or (a nominal only) disposed of' });
registerEnumType(ReviewSubjectKindEnum, { name: 'ReviewSubjectKind', description: 'A group or a nominal' });

@ObjectType('RecordReviewDue', { description: 'A group or nominal whose review date has come' })
export class RecordReviewDueObject {
  @Field(() => ReviewSubjectKindEnum) kind: ReviewSubjectKind;
  @Field(() => ID) id: string;
  @Field() reference: string;
  /** The group's name, or the nominal's forenames and surname: read through `name`, which logs a nominal's. */
  name: string;
  panelId: string;
  @Field({ description: 'The review date, yyyy-mm-dd' }) nextReviewOn: string;
  @Field({ description: 'When the panel first recorded it' }) createdAt: Date;
  /** Resolved to names by `leadOfficers`. */
  leadOfficerIds: string[];
  @Field(() => Int, { description: 'The record’s version, sent back with the decision' }) version: number;
}

@ObjectType('RecordReviewDuePage')
export class RecordReviewDuePageObject {
  @Field(() => [RecordReviewDueObject]) nodes: RecordReviewDueObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('RecordReview', { description: 'A review decision, kept for good: a disposal’s row is the erasure record, without the data' })
export class RecordReviewObject {
  @Field(() => ID) id: string;
  @Field(() => ReviewSubjectKindEnum) subjectKind: ReviewSubjectKind;
  @Field(() => ID, { description: 'The record reviewed (gone, once disposed of)' }) subjectId: string;
  @Field() reference: string;
  @Field({ description: 'The review date the decision answered, yyyy-mm-dd' }) dueOn: string;
  @Field(() => ReviewDecisionEnum) decision: ReviewDecision;
  @Field() rationale: string;
  @Field(() => String, { nullable: true, description: 'The next review date, for a record retained' }) nextReviewOn: string | null;
  @Field(() => Int, { description: 'How many records a disposal erased (the nominal and the intelligence on it)' }) erasedCount: number;
  @Field() decidedAt: Date;
  @Field(() => String, { nullable: true }) decidedBy: string | null;
}

@ObjectType('RecordReviewPage')
export class RecordReviewPageObject {
  @Field(() => [RecordReviewObject]) nodes: RecordReviewObject[];
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class RecordReviewsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;
}

@InputType()
export class ReviewRecordInput {
  @Field(() => ReviewSubjectKindEnum) @IsIn(REVIEW_SUBJECT_KINDS) kind: ReviewSubjectKind;
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version of the record the decision was made on' }) @IsInt() @Min(1) version: number;
  @Field(() => ReviewDecisionEnum) @IsIn(REVIEW_DECISIONS) decision: ReviewDecision;

  @Field({ description: `Why: the reason to keep it, archive it or dispose of it (at most ${REVIEW_RATIONALE_MAX} characters; name no one)` })
  @IsString()
  @MinLength(1, { message: 'Enter the reason for the decision' })
  @MaxLength(REVIEW_RATIONALE_MAX, { message: `The reason must be ${REVIEW_RATIONALE_MAX} characters or fewer` })
  rationale: string;

  @Field(() => String, { nullable: true, description: 'The next review date, yyyy-mm-dd: required to retain, not allowed otherwise' })
  @IsOptional()
  @IsCalendarDate('the next review date')
  nextReviewOn?: string | null;
}
