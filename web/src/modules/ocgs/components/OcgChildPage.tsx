import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../../ui/BackLink';
import { Loading } from '../../../ui/Loading';
import { NotFoundContent, ServiceErrorContent } from '../../app/components/StatusContent';
import type { OcgDetailsFragment } from '../../../gql/graphql';
import { useOcg } from './useOcg';

type Render = (args: { ocg: OcgDetailsFragment; heading: (title: string) => ReactNode; cancel: ReactNode }) => ReactNode;

// The frame of a form that adds something to one group: the group's name as caption, back and cancel links.
export function OcgChildPage({ ocgId, children }: { ocgId: string; children: Render }) {
  const { ocg, loading, notFound, error } = useOcg(ocgId);
  if (notFound) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg) return <Loading />;
  const heading = (title: string) => (
    <>
      <span className="govuk-caption-l">{`${ocg.reference} ${ocg.name}`}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
  const cancel = (
    <Link className="govuk-link" to={`/ocgs/${ocgId}`}>
      Cancel
    </Link>
  );
  return (
    <>
      <BackLink to={`/ocgs/${ocgId}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{children({ ocg, heading, cancel })}</div>
      </div>
    </>
  );
}
