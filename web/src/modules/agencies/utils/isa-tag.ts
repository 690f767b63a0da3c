import type { IsaStatus } from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const ISA_STATUS_TAGS: Record<IsaStatus, { text: string; colour: TagColour }> = {
  EXPIRED: { text: 'Expired', colour: 'red' },
  EXPIRING: { text: 'Expires soon', colour: 'orange' },
  VALID: { text: 'In force', colour: 'green' },
  NONE: { text: 'No agreement', colour: 'grey' },
};

export function isaStatusTag(status: IsaStatus): { text: string; colour: TagColour } {
  return ISA_STATUS_TAGS[status];
}
