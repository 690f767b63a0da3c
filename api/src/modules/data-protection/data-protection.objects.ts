import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import {
  AUDIT_ACTIONS,
  CONSULTATION_ACTIONS,
  DATA_CHANNELS,
  type AuditActionName,
  type ConsultationAction,
  type DataChannelName,
} from '@sentinel/shared';
import { IsCalendarDate } from '../../core/errors/input-validators.js';
import { PageArgs } from '../../core/graphql/page.js';

const enumObject = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const DataChannelEnum = enumObject(DATA_CHANNELS);
export const ConsultationActionEnum = enumObject(CONSULTATION_ACTIONS);
export const AuditActionEnum = enumObject(AUDIT_ACTIONS);
registerEnumType(DataChannelEnum, { name: 'DataChannel', description: 'The way personal data left the server' });
registerEnumType(ConsultationActionEnum, { name: 'ConsultationAction', description: 'Personal data shown (consulted) or sent out (disclosed)' });
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What a row of the audit trail records' });

@ObjectType('ConsultationLogEntry', { description: 'A row of the s.62 log: personal data consulted or disclosed, by whom, how and to whom' })
export class ConsultationLogEntryObject {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ConsultationActionEnum) action: ConsultationAction;
  @Field(() => DataChannelEnum, { nullable: true, description: 'Null only for rows written before channels were named' })
  channel: DataChannelName | null;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => ID, { nullable: true }) actorAgencyId: string | null;
  @Field(() => ID, { nullable: true, description: 'The agency the data went to' }) disclosedToAgencyId: string | null;
  @Field(() => String, { nullable: true, description: 'Why the data left (a stated reason), or the screen that showed it' })
  purpose: string | null;
  @Field(() => Int, { description: 'How many records the row names' }) subjectCount: number;
  @Field({ description: 'The kinds of record the row names, with how many of each: "Nominal × 3, Place × 1"' }) subjectSummary: string;
}

@ObjectType('ConsultationLogPage')
export class ConsultationLogPageObject {
  @Field(() => [ConsultationLogEntryObject]) nodes: ConsultationLogEntryObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('AuditTrailEntry', { description: 'A row of the audit trail: a change to a record, or a sign-in, by whom' })
export class AuditTrailEntryObject {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => AuditActionEnum) action: AuditActionName;
  @Field({ description: 'The kind of record changed: Nominal, Ocg, Task...' }) entityType: string;
  @Field(() => ID) entityId: string;
  @Field(() => [String], { description: 'The names of the fields changed (never their values)' }) changedFields: string[];
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => ID, { nullable: true }) actorAgencyId: string | null;
}

@ObjectType('AuditTrailPage')
export class AuditTrailPageObject {
  @Field(() => [AuditTrailEntryObject]) nodes: AuditTrailEntryObject[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('AuditChainStatus', { description: "Whether one of the panel's hash-chained logs is as it was written" })
export class AuditChainStatusObject {
  @Field({ description: 'audit trail, or consultation log' }) log: string;
  @Field() verified: boolean;
  @Field(() => Int, { description: 'Entries the chain holds, by its recorded head' }) rows: number;
  @Field(() => String, { nullable: true, description: 'Where the chain first breaks, when it does' }) problem: string | null;
  @Field() checkedAt: Date;
}

@ObjectType('DataProtectionNominal', { description: 'A nominal as the data protection officer finds them to answer subject access' })
export class DataProtectionNominalObject {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) dateOfBirth: string | null;
}

@ObjectType('DataProtectionNominalPage')
export class DataProtectionNominalPageObject {
  @Field(() => [DataProtectionNominalObject]) nodes: DataProtectionNominalObject[];
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class PanelLogArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field(() => ID, { nullable: true, description: 'Only rows about this nominal (or the intelligence about them)' })
  @IsOptional()
  @IsUUID()
  nominalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rows by this person' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only rows by a member of this agency (or, in the s.62 log, disclosed to it)' })
  @IsOptional()
  @IsUUID()
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (yyyy-mm-dd, London time)' })
  @IsOptional()
  @IsCalendarDate('the first day')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day inclusive (yyyy-mm-dd, London time)' })
  @IsOptional()
  @IsCalendarDate('the last day')
  to?: string | null;
}

@ArgsType()
export class ConsultationLogArgs extends PanelLogArgs {
  @Field(() => DataChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(DATA_CHANNELS as unknown as string[])
  channel?: DataChannelName | null;

  @Field(() => ConsultationActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSULTATION_ACTIONS as unknown as string[])
  action?: ConsultationAction | null;
}

@ArgsType()
export class AuditTrailArgs extends PanelLogArgs {
  @Field(() => AuditActionEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS as unknown as string[])
  action?: AuditActionName | null;
}

@ArgsType()
export class DataProtectionNominalsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;

  @Field({ description: 'A name, alias or reference (N-0007): at least two characters' })
  @MinLength(2, { message: 'Enter at least 2 characters of a name or a reference' })
  @MaxLength(100, { message: 'Enter 100 characters or fewer' })
  search: string;
}
