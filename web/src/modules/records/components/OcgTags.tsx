import type { GscMarking, OcgStatus } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';
import { markingLabel, OCG_STATUS_COLOURS, statusLabel } from '../utils/labels';

export function OcgStatusTag({ status }: { status: OcgStatus }) {
  return <Tag colour={OCG_STATUS_COLOURS[status]}>{statusLabel(status)}</Tag>;
}

// Every record shows its Government Security Classification marking.
export function MarkingTag({ marking }: { marking: GscMarking }) {
  return (
    <Tag colour={marking === 'OFFICIAL' ? 'grey' : 'purple'} className="app-marking">
      {markingLabel(marking)}
    </Tag>
  );
}
