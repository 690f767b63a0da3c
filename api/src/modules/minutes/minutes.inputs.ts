import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { RICH_TEXT_MAX } from '../agenda/rich-text.js';

@InputType()
export class MinutesItemInput {
  @Field(() => ID)
  @IsUUID('all')
  itemId: string;

  @Field(() => String, { nullable: true, description: 'HTML; sanitised (p, br, strong, em, ul, ol, li, links). Omit to keep' })
  @IsOptional()
  @IsString()
  @MaxLength(RICH_TEXT_MAX)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'HTML, sanitised as notes are. Omit to keep' })
  @IsOptional()
  @IsString()
  @MaxLength(RICH_TEXT_MAX)
  decisions?: string | null;
}

@InputType()
export class EditMinutesInput {
  @Field(() => ID)
  @IsUUID('all')
  minutesId: string;

  @Field(() => [MinutesItemInput])
  @ValidateNested({ each: true })
  @Type(() => MinutesItemInput)
  @ArrayMaxSize(100)
  items: MinutesItemInput[];

  @Field(() => Int, { description: 'The version you edited, so another person’s edit is not overwritten' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class CorrectMinutesInput {
  @Field(() => ID)
  @IsUUID('all')
  meetingId: string;

  @Field({ description: 'Why the approved minutes are being corrected (required)' })
  @IsString()
  @MaxLength(1000)
  reason: string;

  @Field(() => [MinutesItemInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => MinutesItemInput)
  @ArrayMaxSize(100)
  items: MinutesItemInput[] = [];
}
