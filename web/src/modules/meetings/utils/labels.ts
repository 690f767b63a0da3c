import { MEETING_STATUS_LABELS, type MeetingStatus } from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const MEETING_STATUS_COLOURS: Record<MeetingStatus, TagColour> = {
  PLANNED: 'blue',
  AGENDA_PUBLISHED: 'turquoise',
  IN_PROGRESS: 'purple',
  MINUTES_DRAFT: 'yellow',
  MINUTES_APPROVED: 'green',
  CANCELLED: 'grey',
};

export function meetingStatusLabel(status: MeetingStatus): string {
  return MEETING_STATUS_LABELS[status] ?? status;
}

export const REPLY_LABELS = { ATTENDING: 'Attending', APOLOGIES: 'Apologies' } as const;
