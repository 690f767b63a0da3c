import { useLazyQuery } from '@apollo/client/react';
import { Button } from '../../../ui/Button';
import { SummaryList } from '../../../ui/SummaryList';
import { LoadFailed } from '../../app/components/StatusContent';
import { HitCheckDetailsQuery } from '../graphql/hit-check-details.query';

/** What the agencies holding something on a subject hold: asked for only on request, since each reading is a logged disclosure. */
export function HitCheckDetails({ subjectId, reference }: { subjectId: string; reference: string }) {
  const [load, { data, loading, error }] = useLazyQuery(HitCheckDetailsQuery, { fetchPolicy: 'network-only' });
  if (error) return <LoadFailed message="What the other agencies hold could not be loaded. Try again later." />;
  if (!data) {
    return (
      <Button type="button" variant="secondary" disabled={loading} onClick={() => void load({ variables: { subjectId } })}>
        See what the agencies holding something on {reference} hold
      </Button>
    );
  }
  return <SummaryList rows={data.hitCheckDetails.map((d) => ({ key: d.agencyName, value: d.detail ?? 'Holds something; said nothing more' }))} />;
}
