import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Tag } from '../../../ui/Tag';
import { tierAndScore } from '../../records/utils/labels';
import { OverdueTag } from '../../tasks/components/TaskTags';
import { recordText } from '../utils/agenda-record-search';

export type AgendaRecordRow = AgendaItemFieldsFragment['records'][number];

const SEED_REASONS: Record<string, string> = {
  OPEN_TASK: 'open task',
  OVERDUE_TASK: 'overdue task',
  NEW_OCG: 'new group',
  RESCORED_OCG: 'rescored since the last meeting',
  STATUS_CHANGED_OCG: 'status changed since the last meeting',
  REFERRAL_AWAITING: 'referral awaiting the panel',
  EMERGING_THREAT: 'raised by a member',
};

const KIND_PATHS: Record<string, string> = { TASK: '/tasks', OCG: '/ocgs', REFERRAL: '/referrals', EMERGING_THREAT: '/emerging-threats' };

type Props = { records: AgendaRecordRow[]; action?: (record: AgendaRecordRow) => ReactNode };

// What an item covers, each a link to the record itself; those editing the agenda get an action beside each.
export function AgendaRecords({ records, action }: Props) {
  if (records.length === 0) return null;
  return (
    <ul className="govuk-list govuk-list--bullet app-agenda__records">
      {records.map((r) => (
        <li key={`${r.kind}:${r.recordId}`}>
          <Link className="govuk-link" to={`${KIND_PATHS[r.kind]}/${r.recordId}`}>
            {recordText(r)}
          </Link>
          {r.__typename === 'AgendaOcgRecord' && (r.tier || r.score !== null) && (
            <>
              {' '}
              <Tag colour="purple" className="app-tag--inline">
                {tierAndScore(r.tier, r.score)}
              </Tag>
            </>
          )}
          {r.__typename === 'AgendaTaskRecord' && r.isOverdue && (
            <>
              {' '}
              <OverdueTag />
            </>
          )}
          {r.reason && <span className="govuk-hint app-agenda__reason"> ({SEED_REASONS[r.reason] ?? r.reason})</span>}
          {action?.(r)}
        </li>
      ))}
    </ul>
  );
}
