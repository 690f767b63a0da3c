import { Link } from 'react-router';
import { RECORD_KINDS, type RecordKind } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';
import type { SearchRecordsQuery } from '../../../gql/graphql';

type Hit = SearchRecordsQuery['search']['hits'][number];

const KIND_HEADINGS: Record<RecordKind, string> = { OCG: 'Groups', NOMINAL: 'Nominals', VEHICLE: 'Vehicles', PLACE: 'Places' };

type LinkedGroup = { id: string; reference: string; name: string };

function LinkedGroups({ groups }: { groups: readonly LinkedGroup[] }) {
  if (groups.length === 0) return <span className="govuk-hint govuk-!-margin-0"> Not linked to a group</span>;
  return (
    <>
      {' '}
      Linked to{' '}
      {groups.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          <Link className="govuk-link" to={`/ocgs/${g.id}`}>{`${g.reference} ${g.name}`}</Link>
        </span>
      ))}
    </>
  );
}

// A withheld nominal is shown by reference only: the API's title is then the reference itself.
function HitItem({ hit }: { hit: Hit }) {
  const subtitle = hit.subtitle && <span className="govuk-hint app-search-hit__subtitle">{hit.subtitle}</span>;
  switch (hit.kind) {
    case 'OCG':
      return (
        <>
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/ocgs/${hit.id}`}>
            {hit.title}
          </Link>
          {subtitle}
        </>
      );
    case 'NOMINAL': {
      const withheld = hit.nominal?.personalDataWithheld ?? false;
      const label = withheld ? `${hit.nominal?.reference ?? hit.title} (details withheld)` : hit.title;
      return (
        <>
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/nominals/${hit.id}`}>
            {label}
          </Link>
          {!withheld && subtitle}
        </>
      );
    }
    case 'VEHICLE':
      return (
        <>
          <strong className="app-registration">{hit.title}</strong>
          <LinkedGroups groups={hit.vehicle?.ocgs ?? []} />
          {subtitle}
        </>
      );
    default:
      return (
        <>
          <strong>{hit.title}</strong> {hit.place?.highHarm && <Tag colour="red">High harm</Tag>}
          <LinkedGroups groups={hit.place?.ocgs ?? []} />
          {subtitle}
        </>
      );
  }
}

export function SearchHits({ hits }: { hits: readonly Hit[] }) {
  return (
    <>
      {RECORD_KINDS.map((kind) => {
        const ofKind = hits.filter((h) => h.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`hits-${kind}`}>
            <h2 className="govuk-heading-m" id={`hits-${kind}`}>
              {`${KIND_HEADINGS[kind]} (${ofKind.length})`}
            </h2>
            <ul className="govuk-list app-search-hits">
              {ofKind.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`} className="app-search-hit">
                  <HitItem hit={hit} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
