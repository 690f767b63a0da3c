import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AGENDA_ITEM_KINDS, AGENDA_RECORD_KINDS, LIMITS, TEXT_LIMITS, type AgendaItemKind, type AgendaRecordKind } from '@sentinel/shared';
import { AllocateTaskInput } from '../tasks/task.inputs.js';
import { AgendaItemKindEnum, AgendaRecordKindEnum } from './agenda.enums.js';

@InputType({ isAbstract: true })
class AgendaItemFields {
  @Field(() => ID, { nullable: true, description: 'A member of the panel presenting the item' })
  @IsOptional()
  @IsUUID()
  presenterUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or the agency presenting it' })
  @IsOptional()
  @IsUUID()
  presenterAgencyId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Agencies of the panel the item is restricted to; empty for everyone' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  restrictedTo?: string[] | null;
}

@InputType()
export class AddAgendaItemInput extends AgendaItemFields {
  @Field(() => ID) @IsUUID() meetingId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: 'Enter a title for the item' })
  @MaxLength(LIMITS.nameLength)
  title: string;

  @Field(() => AgendaItemKindEnum, { defaultValue: 'OTHER' })
  @IsIn(AGENDA_ITEM_KINDS as unknown as string[])
  kind: AgendaItemKind = 'OTHER';

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(0)
  @Max(240, { message: 'An item can have at most 240 minutes' })
  minutesAllocated: number = 5;

  @Field(() => Int, { nullable: true, description: '1-based; at the end when not given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number | null;
}

@InputType({ description: 'Only the fields sent change; null clears a presenter' })
export class UpdateAgendaItemInput extends AgendaItemFields {
  @Field(() => ID) @IsUUID() id: string;

  @Field(() => Int) @IsInt() @Min(1) version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'Enter a title for the item' })
  @MaxLength(LIMITS.nameLength)
  title?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240, { message: 'An item can have at most 240 minutes' })
  minutesAllocated?: number | null;
}

@InputType()
export class AgendaRecordInput {
  @Field(() => ID) @IsUUID() itemId: string;
  @Field(() => AgendaRecordKindEnum) @IsIn(AGENDA_RECORD_KINDS as unknown as string[]) recordKind: AgendaRecordKind;
  @Field(() => ID) @IsUUID() recordId: string;
}

@InputType({ description: 'Minutes and decisions under one item, as rich text (p, br, strong, em, lists, links)' })
export class RecordItemMinutesInput {
  @Field(() => ID) @IsUUID() itemId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.minutesText)
  notes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.minutesText)
  decisions?: string | null;

  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType({ description: 'A task raised at an agenda item: the fields of AllocateTaskInput, the panel taken from the meeting' })
export class RaiseTaskAtItemInput extends OmitType(AllocateTaskInput, ['panelId'] as const, InputType) {
  @Field(() => ID) @IsUUID() itemId: string;
}
