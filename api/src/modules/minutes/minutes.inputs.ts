import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ATTENDANCE_MARKS, TEXT_LIMITS, tooLongMessage, type AttendanceMark } from '@sentinel/shared';
import { AttendanceMarkEnum } from '../meetings/meeting.enums.js';

@InputType()
export class MinutesItemInput {
  @Field(() => ID)
  @IsUUID('all')
  itemId: string;

  @Field(() => String, { nullable: true, description: 'HTML; sanitised (p, br, strong, em, ul, ol, li, links). Omit to keep' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.minutesText)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: 'HTML, sanitised as notes are. Omit to keep' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.minutesText)
  decisions?: string | null;
}

@InputType({ description: 'One member’s line of the register, corrected from the minutes' })
export class MinutesAttendanceInput {
  @Field(() => ID)
  @IsUUID('all')
  userId: string;

  @Field(() => AttendanceMarkEnum)
  @IsIn(ATTENDANCE_MARKS as unknown as string[])
  mark: AttendanceMark;
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

  @Field(() => [MinutesAttendanceInput], {
    defaultValue: [],
    description: 'Register lines to change; the minutes’ attendance is then read from the register',
  })
  @ValidateNested({ each: true })
  @Type(() => MinutesAttendanceInput)
  @ArrayMaxSize(500)
  attendance: MinutesAttendanceInput[] = [];

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
  @MaxLength(TEXT_LIMITS.correctionReason, { message: tooLongMessage('Reason for the correction', TEXT_LIMITS.correctionReason) })
  reason: string;

  @Field(() => [MinutesItemInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => MinutesItemInput)
  @ArrayMaxSize(100)
  items: MinutesItemInput[] = [];

  @Field(() => [MinutesAttendanceInput], { defaultValue: [], description: 'Who attended, corrected: the register changes with the correction' })
  @ValidateNested({ each: true })
  @Type(() => MinutesAttendanceInput)
  @ArrayMaxSize(500)
  attendance: MinutesAttendanceInput[] = [];
}
