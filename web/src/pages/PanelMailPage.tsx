import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { MAIL_OUTCOME_LABELS, MAIL_OUTCOMES, PERMISSIONS, type MailOutcome } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { Pagination } from '../ui/Pagination';
import { Select } from '../ui/Select';
import { WarningText } from '../ui/WarningText';
import { resultsText } from '../modules/app/components/SearchForm';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { LoadFailed } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { usePaging } from '../modules/app/usePaging';
import { useViewer } from '../modules/app/viewer-context';
import { MailTable } from '../modules/mail/components/MailTable';
import { PanelMailQuery } from '../modules/mail/graphql/panel-mail.query';

function Mail({ panelId }: { panelId: string }) {
  const paging = usePaging();
  const [choice, setChoice] = useState('');
  const [outcome, setOutcome] = useState<MailOutcome | null>(null);
  const { data, error } = useQuery(PanelMailQuery, {
    variables: { panelId, outcome, limit: paging.limit, offset: paging.offset },
    fetchPolicy: 'cache-and-network',
  });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    paging.resetPage();
    setOutcome((choice || null) as MailOutcome | null);
  };
  if (error && !data) return <LoadFailed message={error.message} />;
  if (!data) return <Loading />;
  const page = data.panelMail;
  return (
    <>
      {page.undeliveredCount > 0 && (
        <WarningText>{`${page.undeliveredCount === 1 ? '1 message' : `${page.undeliveredCount} messages`} did not go. Members who did not get them can still read the same in Sentinel.`}</WarningText>
      )}
      <form onSubmit={apply}>
        <Select
          id="outcome"
          label="Outcome"
          value={choice}
          onChange={setChoice}
          options={[{ value: '', label: 'All messages' }, ...MAIL_OUTCOMES.map((o) => ({ value: o, label: MAIL_OUTCOME_LABELS[o] }))]}
        />
        <Button variant="secondary">Show</Button>
      </form>
      <p className="govuk-body" role="status">
        {resultsText(paging.offset, page.nodes.length, page.totalCount, ['message', 'messages'])}
      </p>
      {page.nodes.length > 0 && <MailTable messages={page.nodes} />}
      <Pagination page={paging.page} pageCount={paging.pageCount(page.totalCount)} hrefFor={paging.hrefFor} />
    </>
  );
}

export function PanelMailPage() {
  const { membership } = useViewer();
  usePageTitle('Mail to members');
  return (
    <RequirePermission permission={PERMISSIONS.AUDIT_READ}>
      <BackLink to="/">Back to the panel</BackLink>
      <h1 className="govuk-heading-l">Mail to members</h1>
      <p className="govuk-body">
        Every message Sentinel has sent to the panel’s members, or could not send: agenda notices, task reminders and the weekly digest of overdue
        tasks. Newest first.
      </p>
      {membership && <Mail key={membership.panelId} panelId={membership.panelId} />}
    </RequirePermission>
  );
}
