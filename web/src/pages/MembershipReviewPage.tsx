import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LIMITS, MEMBERSHIP_REVIEW, PERMISSIONS } from '@sentinel/shared';
import { Button } from '../ui/Button';
import { Checkboxes } from '../ui/Checkboxes';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Loading } from '../ui/Loading';
import { NotificationBanner } from '../ui/NotificationBanner';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { apiErrors } from '../modules/app/utils/api-errors';
import { formatDateTime } from '../modules/app/utils/dates';
import { usePageTitle } from '../modules/app/usePageTitle';
import { useViewer } from '../modules/app/viewer-context';
import {
  ConfirmMemberAccessMutation,
  MembersAwaitingConfirmationQuery,
  MembershipReviewQuery,
} from '../modules/members/graphql/membership-review.query';
import { roleLabel } from '../modules/members/utils/labels';

/** Confirmed members leave the list, so one page at a time is all the review needs. */
const SHOWN = Math.min(LIMITS.pageSizeMax, MEMBERSHIP_REVIEW.confirmMax);
const FIELD = 'membershipIds';

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

function Review({ panelId }: { panelId: string }) {
  const review = useQuery(MembershipReviewQuery, { variables: { panelId }, fetchPolicy: 'network-only' });
  const list = useQuery(MembersAwaitingConfirmationQuery, { variables: { panelId, limit: SHOWN, offset: 0 }, fetchPolicy: 'network-only' });
  const [confirm, { loading: saving }] = useMutation(ConfirmMemberAccessMutation);
  const [selected, setSelected] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState<number | null>(null);
  usePageTitle('Membership review', errors.length > 0);

  const error = review.error ?? list.error;
  if (error && (!review.data || !list.data)) return <LoadFailed message={error.message} />;
  if (!review.data || !list.data) return <Loading />;
  const open = review.data.membershipReview;
  const awaiting = list.data.members;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setConfirmed(null);
    if (!selected.length) {
      setErrors(['Select the members who still need access']);
      return;
    }
    try {
      await confirm({ variables: { input: { panelId, membershipIds: selected } } });
      setErrors([]);
      setConfirmed(selected.length);
      setSelected([]);
      await Promise.all([review.refetch(), list.refetch()]);
    } catch (e) {
      setErrors(apiErrors(e).map((x) => x.message));
    }
  };

  return (
    <>
      <ErrorSummary errors={errors.map((message) => ({ message, fieldId: FIELD }))} />
      {confirmed !== null && <NotificationBanner success heading={`${members(confirmed)} confirmed`} />}
      <h1 className="govuk-heading-l">Membership review</h1>
      {!open ? (
        <p className="govuk-body">
          There is no membership review open. A review opens every six months, and the panel&apos;s chairs are told by email.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Every six months the panel confirms that each member still needs access. Anyone not confirmed by{' '}
            <strong>{formatDateTime(open.closesAt)}</strong> will be disabled and will no longer be able to sign in. Chairs are not disabled.
          </p>
          <p className="govuk-body">
            To remove someone&apos;s access now, open their page from the{' '}
            <Link className="govuk-link" to="/members">
              list of members
            </Link>{' '}
            and disable them.
          </p>
          {awaiting.totalCount === 0 ? (
            <p className="govuk-body">Every member has been confirmed.</p>
          ) : (
            <form onSubmit={onSubmit} noValidate>
              <Checkboxes
                id={FIELD}
                legend={`${members(awaiting.totalCount)} to confirm${awaiting.totalCount > awaiting.nodes.length ? `: the first ${awaiting.nodes.length} are shown` : ''}`}
                hint="Select everyone who still needs access to this panel."
                options={awaiting.nodes.map((m) => ({
                  value: m.id,
                  label: m.name,
                  hint: `${roleLabel(m.role)}, ${m.agency?.name ?? 'no agency'}`,
                }))}
                values={selected}
                onChange={setSelected}
                error={errors[0]}
              />
              <Button disabled={saving}>Confirm selected members</Button>
            </form>
          )}
        </>
      )}
    </>
  );
}

export function MembershipReviewPage() {
  const { membership } = useViewer();
  return (
    <RequirePermission permission={PERMISSIONS.MEMBER_MANAGE}>
      {membership && <Review key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
