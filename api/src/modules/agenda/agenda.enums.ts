import { registerEnumType } from '@nestjs/graphql';
import { AGENDA_ITEM_KINDS, AGENDA_RECORD_KINDS } from '@sentinel/shared';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AgendaItemKindEnum = asEnum(AGENDA_ITEM_KINDS);
export const AgendaRecordKindEnum = asEnum(AGENDA_RECORD_KINDS);
export const SeedReasonEnum = asEnum([
  'OPEN_TASK',
  'OVERDUE_TASK',
  'NEW_OCG',
  'RESCORED_OCG',
  'STATUS_CHANGED_OCG',
  'REFERRAL_AWAITING',
  'EMERGING_THREAT',
] as const);

export const MeetingLiveEventKindEnum = asEnum([
  'CURRENT_ITEM_CHANGED',
  'ITEM_MINUTES_CHANGED',
  'ITEM_TASKS_CHANGED',
  'AGENDA_CHANGED',
  'STATUS_CHANGED',
] as const);
export type MeetingLiveEventKind = keyof typeof MeetingLiveEventKindEnum;

registerEnumType(AgendaItemKindEnum, { name: 'AgendaItemKind', description: 'The standing item an agenda item is, or OTHER' });
registerEnumType(AgendaRecordKindEnum, { name: 'AgendaRecordKind' });
registerEnumType(SeedReasonEnum, { name: 'SeedReason', description: 'Why the seeding put a record on the agenda' });
registerEnumType(MeetingLiveEventKindEnum, { name: 'MeetingLiveEventKind' });
