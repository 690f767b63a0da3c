import { Link } from 'react-router';
import { Table } from '../../../ui/Table';
import { Tag } from '../../../ui/Tag';
import { formatDate } from '../../app/utils/dates';
import type { ThreatPictureView } from './view';

/** How many threats were raised and what became of them, with the most recent ones listed. */
export function EmergingThreatsSection({ view }: { view: ThreatPictureView }) {
  const listed = view.emergingThreats.length;
  return (
    <>
      <h2 className="govuk-heading-m">Emerging threats</h2>
      {view.emergingThreatCount === 0 ? (
        <p className="govuk-body">No emerging threats raised in this period.</p>
      ) : (
        <>
          <p className="govuk-body">
            {view.emergingThreatCount === 1 ? '1 emerging threat' : `${view.emergingThreatCount} emerging threats`} raised in this period:{' '}
            {view.emergingThreatOutcomes.map((o) => `${o.count} ${o.label.toLowerCase()}`).join(', ')}.{' '}
            <Link className="govuk-link" to="/emerging-threats">
              All emerging threats
            </Link>
          </p>
          <Table
            caption={
              view.emergingThreatCount > listed
                ? `The ${listed} emerging threats raised most recently, and what the panel did about them`
                : 'Emerging threats and what the panel did about them'
            }
            rowKey={(t) => t.id}
            rows={view.emergingThreats}
            columns={[
              {
                key: 'title',
                header: 'Threat',
                cell: (t) => (
                  <Link className="govuk-link" to={`/emerging-threats/${t.id}`}>
                    {t.title}
                  </Link>
                ),
              },
              { key: 'raised', header: 'Raised', cell: (t) => formatDate(t.raisedOn) },
              {
                key: 'coverage',
                header: 'Coverage',
                cell: (t) =>
                  t.coverage.length === 0 ? (
                    <Tag colour="red">Not yet covered</Tag>
                  ) : (
                    <ul className="govuk-list">
                      {t.coverage.map((c) => (
                        <li key={c}>
                          <Tag colour={c === 'Tasked' ? 'green' : 'blue'}>{c}</Tag>
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
