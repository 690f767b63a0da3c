import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Tag } from '../../../ui/Tag';
import { TaskStatusTag } from '../../tasks/components/TaskTags';
import { formatTime } from '../../meetings/utils/dates';
import { minutesText } from '../utils/agenda-item-form';
import { AgendaRecords } from './AgendaRecords';

/** `records` replaces the plain list of what the item covers (those editing the agenda get controls there). */
type Props = { item: AgendaItemFieldsFragment; headingLevel?: 3 | 4; actions?: ReactNode; records?: ReactNode; showTasks?: boolean };

export function restrictedText(item: Pick<AgendaItemFieldsFragment, 'restrictedTo'>): string | null {
  return item.restrictedTo.length ? `Restricted to: ${item.restrictedTo.map((a) => a.name).join(', ')}` : null;
}

// One item as everyone reads it: its time against the slot, presenter, restriction and what it covers.
export function AgendaItemView({ item, headingLevel = 3, actions, records, showTasks = true }: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const restricted = restrictedText(item);
  return (
    <>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1" id={`agenda-item-${item.id}`} tabIndex={-1}>
        {item.position}. {item.title}
      </Heading>
      <p className="govuk-body govuk-!-margin-bottom-1" data-testid={`timing-${item.id}`}>
        {formatTime(item.predictedStart)} to {formatTime(item.predictedEnd)} ({minutesText(item.minutesAllocated)})
        {item.overruns && (
          <>
            {' '}
            <Tag colour="red" className="app-tag--inline">
              Overruns the slot
            </Tag>
          </>
        )}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">Presenter: {item.presenterName ?? 'Not set'}</p>
      {restricted && (
        <p className="govuk-body govuk-!-margin-bottom-1">
          <Tag colour="orange">{restricted}</Tag>
        </p>
      )}
      {records ?? <AgendaRecords records={item.records} />}
      {showTasks && item.tasks.length > 0 && (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1 govuk-!-font-weight-bold">Tasks raised at this item</p>
          <ul className="govuk-list">
            {item.tasks.map((t) => (
              <li key={t.id}>
                <Link className="govuk-link" to={`/tasks/${t.id}`}>
                  {t.reference} {t.title}
                </Link>{' '}
                ({t.agency.name}) <TaskStatusTag status={t.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {actions}
    </>
  );
}
