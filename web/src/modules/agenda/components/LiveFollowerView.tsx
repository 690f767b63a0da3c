import { Link } from 'react-router';
import type { MeetingStatus } from '@sentinel/shared';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { InsetText } from '../../../ui/InsetText';
import { AgendaItemView } from './AgendaItemView';
import { ItemTimer } from './ItemTimer';

type Props = {
  meetingId: string;
  status: MeetingStatus;
  currentItem: AgendaItemFieldsFragment | null;
  currentItemStartedAt: string | null | undefined;
};

// What every attendee sees: the item being discussed, following the chair. An item restricted to other agencies
// is not shown, only that one is being discussed.
export function NowDiscussing({ meetingId, status, currentItem, currentItemStartedAt }: Props) {
  if (status === 'PLANNED' || status === 'AGENDA_PUBLISHED') {
    return <InsetText>The meeting has not started. This page follows the meeting when the chair opens it.</InsetText>;
  }
  if (status !== 'IN_PROGRESS') {
    return (
      <InsetText>
        The meeting has closed.{' '}
        <Link className="govuk-link" to={`/meetings/${meetingId}/minutes`}>
          Read the minutes
        </Link>
      </InsetText>
    );
  }
  return (
    <section aria-labelledby="now-discussing" className="app-section">
      <h2 className="govuk-heading-m" id="now-discussing">
        Now discussing
      </h2>
      <p className="govuk-visually-hidden" role="status">
        {currentItem ? `Now discussing item ${currentItem.position}: ${currentItem.title}` : 'A restricted item is being discussed'}
      </p>
      <div>
        {currentItem ? (
          <>
            <AgendaItemView item={currentItem} />
            <ItemTimer startedAt={currentItemStartedAt} minutesAllocated={currentItem.minutesAllocated} />
          </>
        ) : (
          <InsetText>A restricted item is being discussed. This page moves on with the meeting.</InsetText>
        )}
      </div>
    </section>
  );
}
