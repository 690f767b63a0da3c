import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { TEXT_LIMITS, tooLongMessage } from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { ASSESSMENT_SECTIONS, type AssessmentSection } from './assessment-content.js';
import type { AssessmentStatus } from './assessment.entity.js';

export const AssessmentStatusEnum = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus', description: 'A published version is locked; changes make a new version' });

@ArgsType()
export class GenerateAssessmentArgs {
  @Field(() => ID)
  @IsUUID('all')
  panelId: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; the six months ending on this day (default today)' })
  @IsOptional()
  @IsCalendarDate('the end date')
  periodTo?: string | null;
}

@InputType()
export class AnnotateAssessmentInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => String, { description: `One of: ${ASSESSMENT_SECTIONS.join(', ')}` })
  @IsIn(ASSESSMENT_SECTIONS, { message: 'Choose a section of the assessment' })
  section: AssessmentSection;

  @Field({ description: 'Plain text; empty removes the note' })
  @IsString()
  @MaxLength(TEXT_LIMITS.assessmentNote, { message: tooLongMessage('Note', TEXT_LIMITS.assessmentNote) })
  text: string;

  @Field(() => Int, { description: 'The edit version the note was written on; a newer change to the same section answers CONFLICT' })
  @IsInt()
  @Min(1)
  editVersion: number;
}

@ObjectType()
export class AssessmentAnnotationObject {
  @Field() section: string;
  @Field() text: string;
}

@ObjectType()
export class AssessmentObject {
  @Field(() => ID) id: string;
  @Field(() => ID) panelId: string;
  @Field({ description: 'yyyy-mm-dd' }) periodFrom: string;
  @Field({ description: 'yyyy-mm-dd' }) periodTo: string;
  @Field(() => Int, { description: 'The document’s version number: a revision of a published version is the next' }) version: number;
  @Field(() => Int, { description: 'Moves on at every change to a draft; its edits are saved against it' }) editVersion: number;
  @Field(() => AssessmentStatusEnum) status: AssessmentStatus;
  @Field({
    description:
      'The generated figures as JSON: periods, trends (per month: averageScore, groups, newGroups), crimeTypes (previous, current, change, predicted), emergingThreats, highHarmPlaces, outcomes (current, previous)',
  })
  content: string;
  @Field(() => [AssessmentAnnotationObject]) annotations: AssessmentAnnotationObject[];
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}
