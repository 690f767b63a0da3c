import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

/** At most this many subjects are circulated: every group of the agenda's open items and their nominals. */
export const HIT_CHECK_MAX_SUBJECTS = 200;
export const HIT_CHECK_DETAIL_MAX = 2000;

@ObjectType('HitCheckSubject', { description: 'A subject circulated by reference only, and which agencies hold something on it' })
export class HitCheckSubjectObject {
  @Field(() => ID) id: string;
  @Field({ description: 'OCG or NOMINAL' }) kind: string;
  @Field({ description: 'The record’s reference (OCG-0042, N-0107): never a name' }) reference: string;
  @Field(() => [String], { description: 'The agencies that answered hit, by name' }) heldBy: string[];
  @Field(() => Boolean, { nullable: true, description: 'Your agency’s answer; null until it answers' }) yourAnswer: boolean | null;
  @Field(() => String, { nullable: true, description: 'What your agency said it holds' }) yourDetail: string | null;
  @Field({ description: 'Whether you may read what the other agencies holding something said (your agency holds something too)' })
  detailsOpen: boolean;
}

@ObjectType('HitCheck', { description: 'The hit/no-hit check circulated before a meeting' })
export class HitCheckObject {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field() circulatedAt: Date;
  @Field(() => String, { nullable: true }) circulatedBy: string | null;
  @Field(() => Int, { description: 'Agencies of the panel' }) agenciesAsked: number;
  @Field(() => Int, { description: 'Agencies that have answered for every subject' }) agenciesAnswered: number;
  @Field({ description: 'Whether you answer for your agency' }) answering: boolean;
  @Field(() => [HitCheckSubjectObject]) subjects: HitCheckSubjectObject[];
}

@ObjectType('HitCheckDetail', { description: 'What one agency holding something on a subject said it holds' })
export class HitCheckDetailObject {
  @Field() agencyName: string;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field() answeredAt: Date;
}

@InputType()
export class HitCheckAnswerInput {
  @Field(() => ID) @IsUUID() subjectId: string;
  @Field() @IsBoolean() hit: boolean;

  @Field(() => String, {
    nullable: true,
    description: `What your agency holds, for the other agencies that hold something (at most ${HIT_CHECK_DETAIL_MAX} characters)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(HIT_CHECK_DETAIL_MAX, { message: `What your agency holds must be ${HIT_CHECK_DETAIL_MAX} characters or fewer` })
  detail?: string | null;
}

@InputType()
export class AnswerHitCheckInput {
  @Field(() => ID) @IsUUID() checkId: string;

  @Field(() => [HitCheckAnswerInput])
  @ArrayMinSize(1, { message: 'Answer for at least one subject' })
  @ArrayMaxSize(HIT_CHECK_MAX_SUBJECTS)
  @ValidateNested({ each: true })
  @Type(() => HitCheckAnswerInput)
  answers: HitCheckAnswerInput[];
}
