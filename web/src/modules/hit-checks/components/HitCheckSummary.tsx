import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { Table } from '../../../ui/Table';
import { getFragmentData } from '../../../gql';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { CirculateHitCheckMutation } from '../graphql/circulate-hit-check.mutation';
import { HitCheckFieldsFragment } from '../graphql/hit-check.fragment';
import { HitCheckQuery } from '../graphql/hit-check.query';

export const subjectKindLabel = (kind: string) => (kind === 'OCG' ? 'Group' : 'Nominal');

type Props = { meetingId: string; canCirculate: boolean };

/**
 * The meeting's hit/no-hit check, as the agenda shows it to everyone: the subjects by reference and which agencies
 * hold something on each. Those who run the meeting circulate it once the agenda is published.
 */
export function HitCheckSummary({ meetingId, canCirculate }: Props) {
  const { data, loading, error } = useQuery(HitCheckQuery, { variables: { meetingId } });
  const [circulate, circulating] = useMutation(CirculateHitCheckMutation, {
    update: (cache, result) => {
      if (result.data) cache.writeQuery({ query: HitCheckQuery, variables: { meetingId }, data: { hitCheck: result.data.circulateHitCheck } });
    },
  });
  const [problem, setProblem] = useState('');
  if (error) return <LoadFailed message="The hit/no-hit check could not be loaded. Try again later." />;
  if (loading && !data) return <Loading />;
  const check = data?.hitCheck ? getFragmentData(HitCheckFieldsFragment, data.hitCheck) : null;
  if (!check) {
    if (!canCirculate) return <p className="govuk-body">The chair has not circulated the subjects of this meeting yet.</p>;
    return (
      <>
        <p className="govuk-body">
          Circulate the groups on the agenda that every agency may see, and their nominals, by reference only. Each agency then says whether it holds
          anything on each; what they hold passes only between the agencies that do.
        </p>
        {problem && <p className="govuk-error-message">{problem}</p>}
        <Button
          type="button"
          disabled={circulating.loading}
          onClick={async () => {
            setProblem('');
            try {
              await circulate({ variables: { meetingId } });
            } catch (e) {
              setProblem(apiErrors(e)[0]?.message ?? 'The subjects could not be circulated. Try again later.');
            }
          }}
        >
          Circulate the subjects
        </Button>
      </>
    );
  }
  return (
    <>
      <p className="govuk-body" role="status">
        {check.agenciesAnswered} of {check.agenciesAsked} agencies have answered for every subject.
      </p>
      {check.answering && (
        <p className="govuk-body">
          <Link className="govuk-link govuk-!-font-weight-bold" to={`/meetings/${meetingId}/hit-check`}>
            Answer for your agency
          </Link>
        </p>
      )}
      <Table
        caption="Subjects circulated, and the agencies that hold something on each"
        rowKey={(s) => s.id}
        rows={check.subjects}
        columns={[
          { key: 'reference', header: 'Reference', cell: (s) => s.reference },
          { key: 'kind', header: 'Kind', cell: (s) => subjectKindLabel(s.kind) },
          { key: 'held', header: 'Held by', cell: (s) => (s.heldBy.length ? s.heldBy.join(', ') : 'No agency so far') },
        ]}
      />
    </>
  );
}
