import type { ProjectorQuery } from '../../../gql/graphql';

type Projector = ProjectorQuery['projector'];

/** What the meeting room sees: no names of people, only the meeting, the item and group-level figures. */
export function ProjectorBoard({ projector, live }: { projector: Projector; live: boolean }) {
  const { meeting } = projector;
  return (
    <>
      <h1>{meeting ? meeting.title : 'No meeting is scheduled'}</h1>
      {meeting && (
        <section className="app-projector__current" aria-labelledby="projector-now" aria-live="polite">
          <h2 id="projector-now">{live ? 'Now discussing' : 'Next meeting'}</h2>
          <p>
            {!live
              ? new Date(meeting.startsAt).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/London' })
              : (projector.currentItemTitle ?? 'A restricted item is being discussed')}
          </p>
        </section>
      )}
      <h2>Open groups by tier</h2>
      <ul className="govuk-list app-projector__counts">
        {projector.counts.map((c) => (
          <li key={c.tier}>
            <strong>{c.count}</strong> {c.tier}
          </li>
        ))}
      </ul>
      <h2>Highest-scoring groups</h2>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Highest-scoring groups</caption>
        <thead>
          <tr>
            <th scope="col" className="govuk-table__header">
              Group
            </th>
            <th scope="col" className="govuk-table__header">
              Tier
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {projector.topGroups.map((g) => (
            <tr key={g.ocgId}>
              <td className="govuk-table__cell">
                {g.reference} {g.name}
              </td>
              <td className="govuk-table__cell">{g.tier ?? 'Not tiered'}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{g.score ?? 'Not scored'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
