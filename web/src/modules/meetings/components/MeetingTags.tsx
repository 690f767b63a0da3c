import type { MeetingStatus } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';
import { MEETING_STATUS_COLOURS, meetingStatusLabel } from '../utils/labels';

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={MEETING_STATUS_COLOURS[status]}>{meetingStatusLabel(status)}</Tag>;
}

type Reply = { reply?: 'ATTENDING' | 'APOLOGIES' | null; substituteName?: string | null } | null | undefined;

export function replyText(reply: Reply): string {
  if (!reply?.reply) return 'No reply yet';
  if (reply.reply === 'ATTENDING') return 'Attending';
  return reply.substituteName ? `Apologies, ${reply.substituteName} attends instead` : 'Apologies';
}
