import { Tag } from '../../../ui/Tag';
import { formatDateTime } from '../../app/utils/dates';

/** On a group's or nominal's page once it has been archived after review: kept, but out of active use. */
export function ArchivedNote({ archivedAt }: { archivedAt: string | null | undefined }) {
  if (!archivedAt) return null;
  return (
    <p className="govuk-body">
      <Tag colour="grey">Archived</Tag> after review on {formatDateTime(archivedAt)}: kept, out of active use and out of the review queue.
    </p>
  );
}
