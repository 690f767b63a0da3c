import type { AuditChainStatusQuery } from '../../../gql/graphql';
import { SummaryList } from '../../../ui/SummaryList';
import { Tag } from '../../../ui/Tag';
import { formatDateTime } from '../../app/utils/dates';

type Chain = AuditChainStatusQuery['auditChainStatus'][number];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Each chained log: verified (green) or broken (red, with where it first breaks), and how many entries were walked. */
export function ChainStatus({ chains }: { chains: readonly Chain[] }) {
  return (
    <>
      <SummaryList
        rows={chains.map((c) => ({
          key: capitalise(c.log),
          value: (
            <>
              <Tag colour={c.verified ? 'green' : 'red'}>{c.verified ? 'Verified' : 'Broken'}</Tag>{' '}
              {`${c.rows.toLocaleString('en-GB')} ${c.rows === 1 ? 'entry' : 'entries'}`}
              {c.problem && <span className="app-block govuk-hint govuk-!-margin-bottom-0">{c.problem}</span>}
            </>
          ),
        }))}
      />
      {chains[0] && <p className="govuk-body-s">Checked {formatDateTime(chains[0].checkedAt)}.</p>}
    </>
  );
}
