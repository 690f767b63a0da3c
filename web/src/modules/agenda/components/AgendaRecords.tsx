import { Link } from 'react-router';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { Tag } from '../../../ui/Tag';
import { tierAndScore } from '../../ocgs/utils/labels';
import { OverdueTag } from '../../tasks/components/TaskTags';

type AgendaRecordRow = AgendaItemFieldsFragment['records'][number];

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

function recordText(r: AgendaRecordRow): string {
  return r.reference ? `${r.reference} ${r.title}` : r.title;
}

// What an item covers, each a link to the record itself.
export function AgendaRecords({ records }: { records: AgendaRecordRow[] }) {
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
              <Tag colour="purple" className="app-tag--inline">{tierAndScore(r.tier, r.score)}</Tag>
            </>
          )}
          {r.__typename === 'AgendaTaskRecord' && r.isOverdue && (
            <>
              {' '}
              <OverdueTag />
            </>
          )}
          {r.reason && <span className="govuk-hint app-agenda__reason"> ({SEED_REASONS[r.reason] ?? r.reason})</span>}
        </li>
      ))}
    </ul>
  );
}
