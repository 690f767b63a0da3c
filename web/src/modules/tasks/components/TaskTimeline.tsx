import type { TaskTimelineFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../app/utils/dates';
import { statusChangeText } from '../utils/task-status';
import { describeChange, type NameLookup } from '../utils/timeline';

type Update = TaskTimelineFragment['updates'][number];

function title(u: Update): string {
  switch (u.kind) {
    case 'CREATED':
      return 'Task allocated';
    case 'STATUS':
      return statusChangeText(u.fromStatus, u.toStatus) ?? 'Status changed';
    case 'EDITED':
      return 'Task edited';
    case 'REALLOCATED':
      return 'Task reallocated';
    default:
      return 'Update';
  }
}

function byline(u: Update): string {
  const who = [u.authorName, u.authorAgencyName].filter(Boolean).join(', ');
  return who ? `by ${who}` : 'by a former member';
}

// MOJ Frontend's timeline, newest first: what happened, who did it for which agency, and when.
export function TaskTimeline({ updates, names }: { updates: readonly Update[]; names: NameLookup }) {
  if (updates.length === 0) return <p className="govuk-body">No updates have been posted yet.</p>;
  const newestFirst = [...updates].reverse();
  return (
    <div className="moj-timeline">
      {newestFirst.map((u) => (
        <div className="moj-timeline__item" key={u.id}>
          <div className="moj-timeline__header">
            <h3 className="moj-timeline__title">{title(u)}</h3> <p className="moj-timeline__byline">{byline(u)}</p>
          </div>
          <p className="moj-timeline__date">
            <time dateTime={u.createdAt}>{formatDateTime(u.createdAt)}</time>
          </p>
          <div className="moj-timeline__description">
            {u.changes.length > 0 && (
              <ul className="govuk-list">
                {u.changes.map((c) => {
                  const line = describeChange(c, names);
                  return (
                    <li key={c.field}>
                      <span className="govuk-!-font-weight-bold">{line.label}:</span> {line.text}
                    </li>
                  );
                })}
              </ul>
            )}
            {u.text && <p className="govuk-body app-pre-wrap">{u.text}</p>}
          </div>
        </div>
      ))}
    </div>
  );
}
