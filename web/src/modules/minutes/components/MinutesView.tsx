import { Link } from 'react-router';
import { EMERGING_THREAT_OUTCOME_LABELS, PRESENCE_LABELS } from '@sentinel/shared';
import type { MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import { htmlToText } from '../../meetings/utils/rich-text';

type Minutes = MeetingMinutesFieldsFragment;

function Text({ label, html }: { label: string; html: string | null | undefined }) {
  const text = htmlToText(html);
  if (!text) return null;
  return (
    <>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{label}</h4>
      <p className="govuk-body app-pre-wrap">{text}</p>
    </>
  );
}

function Tasks({ tasks }: { tasks: Minutes['otherTasks'] }) {
  if (tasks.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Tasks</h4>
      <ul className="govuk-list govuk-list--bullet">
        {tasks.map((t) => (
          <li key={t.taskId}>
            <Link className="govuk-link" to={`/tasks/${t.taskId}`}>
              {t.reference} {t.title}
            </Link>{' '}
            ({t.agencyName})
          </li>
        ))}
      </ul>
    </>
  );
}

function Outcomes({ outcomes }: { outcomes: Minutes['otherThreatOutcomes'] }) {
  if (outcomes.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Emerging threats</h4>
      <ul className="govuk-list govuk-list--bullet">
        {outcomes.map((o) => (
          <li key={o.emergingThreatId}>
            <Link className="govuk-link" to={`/emerging-threats/${o.emergingThreatId}`}>
              {o.title}
            </Link>
            : {EMERGING_THREAT_OUTCOME_LABELS[o.outcome]}
            {o.note ? `. ${o.note}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

// One version of the minutes: attendance, then each item's notes, decisions, tasks and threat outcomes.
export function MinutesView({ minutes }: { minutes: Minutes }) {
  const { present, apologies } = minutes.attendance;
  return (
    <>
      <h2 className="govuk-heading-m">Attendance</h2>
      <h3 className="govuk-heading-s">Present</h3>
      {present.length === 0 ? (
        <p className="govuk-body">No one was recorded as present.</p>
      ) : (
        <ul className="govuk-list">
          {present.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              {p.name}
              {p.agencyName ? `, ${p.agencyName}` : ''} ({PRESENCE_LABELS[p.presence].toLowerCase()})
            </li>
          ))}
        </ul>
      )}
      <h3 className="govuk-heading-s">Apologies</h3>
      {apologies.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list">
          {apologies.map((a, i) => (
            <li key={`${a.name}-${i}`}>
              {a.name}
              {a.agencyName ? `, ${a.agencyName}` : ''}
              {a.substituteName ? ` (substitute: ${a.substituteName})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Items</h2>
      {minutes.items.map((item) => (
        <section key={item.itemId} className="app-subsection" aria-labelledby={`minutes-item-${item.itemId}`}>
          <h3 className="govuk-heading-s" id={`minutes-item-${item.itemId}`}>
            {item.position}. {item.title}
            {item.restrictedTo.length > 0 && ' (restricted)'}
          </h3>
          {!item.notes && !item.decisions && item.tasks.length === 0 && item.threatOutcomes.length === 0 && (
            <p className="govuk-body">Nothing recorded.</p>
          )}
          <Text label="Notes" html={item.notes} />
          <Text label="Decisions" html={item.decisions} />
          <Tasks tasks={item.tasks} />
          <Outcomes outcomes={item.threatOutcomes} />
        </section>
      ))}
      {(minutes.otherTasks.length > 0 || minutes.otherThreatOutcomes.length > 0) && (
        <section className="app-subsection" aria-labelledby="minutes-other">
          <h3 className="govuk-heading-s" id="minutes-other">
            Outside any one item
          </h3>
          <Tasks tasks={minutes.otherTasks} />
          <Outcomes outcomes={minutes.otherThreatOutcomes} />
        </section>
      )}
    </>
  );
}
