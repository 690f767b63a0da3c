import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Loading } from '../ui/Loading';
import { getFragmentData } from '../gql';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed, NotFoundContent } from '../modules/app/components/StatusContent';
import { hasErrorCode } from '../modules/app/utils/api-errors';
import { usePageTitle } from '../modules/app/usePageTitle';
import { HitCheckAnswerForm } from '../modules/hit-checks/components/HitCheckAnswerForm';
import { HitCheckFieldsFragment } from '../modules/hit-checks/graphql/hit-check.fragment';
import { HitCheckQuery } from '../modules/hit-checks/graphql/hit-check.query';

/** An agency's answers to the hit/no-hit check of a meeting: the page the check's mail links to. */
export function HitCheckPage() {
  const { id = '' } = useParams();
  usePageTitle('Hit/no-hit check');
  const { data, loading, error } = useQuery(HitCheckQuery, { variables: { meetingId: id } });
  const check = data?.hitCheck ? getFragmentData(HitCheckFieldsFragment, data.hitCheck) : null;
  return (
    <RequirePermission permission={PERMISSIONS.HIT_CHECK_ANSWER}>
      <BackLink to={`/meetings/${id}`}>Back to the meeting</BackLink>
      <h1 className="govuk-heading-l">Hit/no-hit check</h1>
      {hasErrorCode(error, 'NOT_FOUND') && <NotFoundContent />}
      {error && !hasErrorCode(error, 'NOT_FOUND') && <LoadFailed message="The check could not be loaded. Try again later." />}
      {loading && !data && <Loading />}
      {data && !check && <p className="govuk-body">The chair has not circulated the subjects of this meeting yet.</p>}
      {check && !check.answering && <p className="govuk-body">You do not answer for an agency of this panel.</p>}
      {check && check.answering && (
        <>
          <p className="govuk-body">
            For each subject, say whether your agency holds anything on it. The agenda shows everyone which agencies do; what you say you hold is
            shown only to the other agencies that hold something, and each reading of it is logged.
          </p>
          <HitCheckAnswerForm check={check} />
        </>
      )}
    </RequirePermission>
  );
}
