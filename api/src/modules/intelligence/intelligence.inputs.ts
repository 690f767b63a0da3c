import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  GSC_MARKINGS,
  HANDLING_CODES,
  INTELLIGENCE_GRADES,
  RECORD_KINDS,
  SOURCE_GRADES,
  type GscMarking,
  type HandlingCode,
  type IntelligenceGrade,
  type RecordKind,
  type SourceGrade,
  TEXT_LIMITS,
  tooLongMessage,
} from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { GscMarkingEnum, HandlingCodeEnum, IntelligenceGradeEnum, RecordKindEnum, SourceGradeEnum } from '../../core/graphql/enums.js';
import { PageArgs } from '../../core/graphql/page.js';

export const INTELLIGENCE_LIMITS = { text: TEXT_LIMITS.intelligence, conditions: TEXT_LIMITS.intelligenceConditions, recipients: 50 } as const;

@InputType({ description: 'An intelligence entry, graded 3x5x2. Entries are never edited: record a new one instead.' })
export class RecordIntelligenceInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => RecordKindEnum)
  @IsIn(RECORD_KINDS as unknown as string[], { message: 'Select what the intelligence is about' })
  subjectKind: RecordKind;

  @Field(() => ID, { description: 'The group, nominal, vehicle or place, on the same panel' })
  @IsUUID('all', { message: 'Select the record the intelligence is about' })
  subjectId: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate('the date')
  recordedOn: string;

  @Field(() => ID, { nullable: true, description: 'The viewer’s own agency when not given' })
  @IsOptional()
  @IsUUID('all', { message: 'Select the submitting agency' })
  submittingAgencyId?: string | null;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Enter the intelligence' })
  @MaxLength(INTELLIGENCE_LIMITS.text, { message: tooLongMessage('The intelligence', INTELLIGENCE_LIMITS.text) })
  text: string;

  @Field(() => SourceGradeEnum)
  @IsIn(SOURCE_GRADES as unknown as string[], { message: 'Select the source evaluation' })
  sourceGrade: SourceGrade;

  @Field(() => IntelligenceGradeEnum)
  @IsIn(INTELLIGENCE_GRADES as unknown as string[], { message: 'Select the intelligence assessment' })
  intelligenceGrade: IntelligenceGrade;

  @Field(() => HandlingCodeEnum)
  @IsIn(HANDLING_CODES as unknown as string[], { message: 'Select the handling code' })
  handling: HandlingCode;

  @Field(() => String, { nullable: true, description: 'Required for handling code C' })
  @IsOptional()
  @IsString()
  @MaxLength(INTELLIGENCE_LIMITS.conditions, { message: tooLongMessage('The conditions', INTELLIGENCE_LIMITS.conditions) })
  handlingConditions?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'For handling code C: the agencies of the panel it may be shared with (at least one)' })
  @ArrayMaxSize(INTELLIGENCE_LIMITS.recipients)
  @IsUUID('all', { each: true })
  recipientAgencyIds: string[] = [];

  @Field(() => GscMarkingEnum, { defaultValue: 'OFFICIAL_SENSITIVE' })
  @IsIn(GSC_MARKINGS as unknown as string[])
  gscMarking: GscMarking = 'OFFICIAL_SENSITIVE';
}

@ArgsType()
export class IntelligenceArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => RecordKindEnum)
  @IsIn(RECORD_KINDS as unknown as string[])
  subjectKind: RecordKind;

  @Field(() => ID)
  @IsUUID()
  subjectId: string;
}
