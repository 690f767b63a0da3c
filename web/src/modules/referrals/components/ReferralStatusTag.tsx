import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@sentinel/shared';
import { Tag, type TagColour } from '../../../ui/Tag';

const COLOURS: Record<ReferralStatus, TagColour> = { RECEIVED: 'blue', UNDER_ASSESSMENT: 'yellow', ACCEPTED: 'green', DECLINED: 'grey' };

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag colour={COLOURS[status]}>{REFERRAL_STATUS_LABELS[status]}</Tag>;
}
