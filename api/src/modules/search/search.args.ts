import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LIMITS, RECORD_KINDS, type RecordKind } from '@sentinel/shared';
import { RecordKindEnum } from '../../core/graphql/enums.js';

export const SEARCH_LIMIT_MAX = 25;

@ArgsType()
export class SearchArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field({ description: 'What was typed: a reference, a name or alias, a registration, an address or area' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2, { message: 'Enter at least 2 characters' })
  @MaxLength(LIMITS.searchLength, { message: `Enter ${LIMITS.searchLength} characters or fewer` })
  text: string;

  @Field(() => [RecordKindEnum], { nullable: true, description: 'The kinds of record to look in; all when absent or empty' })
  @IsOptional()
  @ArrayMaxSize(RECORD_KINDS.length)
  @IsIn(RECORD_KINDS as unknown as string[], { each: true })
  kinds?: RecordKind[] | null;

  @Field(() => Int, { defaultValue: 10, description: `Hits to return, 1 to ${SEARCH_LIMIT_MAX}` })
  @IsInt()
  @Min(1)
  @Max(SEARCH_LIMIT_MAX, { message: `Ask for ${SEARCH_LIMIT_MAX} hits or fewer` })
  limit: number = 10;
}
