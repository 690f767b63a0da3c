import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { NOMINAL_ROLES, PERMISSIONS, type NominalRole } from '@sentinel/shared';
import { BackLink } from '../ui/BackLink';
import { Button, ButtonGroup } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Loading } from '../ui/Loading';
import { Radios } from '../ui/Radios';
import { RequirePermission } from '../modules/app/components/RequirePermission';
import { NotFoundContent, ServiceErrorContent } from '../modules/app/components/StatusContent';
import { usePageTitle } from '../modules/app/usePageTitle';
import { apiErrors } from '../modules/app/utils/api-errors';
import { SetNominalRoleMutation } from '../modules/nominals/graphql/set-nominal-role.mutation';
import { useOcg } from '../modules/ocgs/components/useOcg';
import { OcgQuery } from '../modules/ocgs/graphql/ocg.query';
import { roleLabel } from '../modules/records/utils/labels';

const REMOVE = 'REMOVE';

function ChangeRole({ ocgId, nominalId }: { ocgId: string; nominalId: string }) {
  const navigate = useNavigate();
  const { ocg, links, loading, notFound, error } = useOcg(ocgId);
  const member = links?.nominals.find((m) => m.nominal.id === nominalId);
  const [choice, setChoice] = useState<string>('');
  const [problems, setProblems] = useState<{ message: string; fieldId?: string }[]>([]);
  const [setRole, { loading: saving }] = useMutation(SetNominalRoleMutation, {
    refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }],
    awaitRefetchQueries: true,
  });
  usePageTitle('Change role', problems.length > 0);
  if (notFound || (links && !member)) return <NotFoundContent />;
  if (error) return <ServiceErrorContent message={error.message} />;
  if (loading || !ocg || !member) return <Loading />;

  const current = choice || member.role;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      const role = current === REMOVE ? null : (current as NominalRole);
      await setRole({ variables: { input: { ocgId, nominalId, role } } });
      await navigate(`/ocgs/${ocgId}#nominals`);
    } catch (e) {
      setProblems(apiErrors(e).map((x) => ({ message: x.message })));
    }
  };

  return (
    <>
      <BackLink to={`/ocgs/${ocgId}`}>{`Back to ${ocg.reference}`}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={problems} />
          <span className="govuk-caption-l">{`${ocg.reference} ${ocg.name}`}</span>
          <h1 className="govuk-heading-l">{`Change the role of ${member.nominal.displayName}`}</h1>
          <form onSubmit={submit} noValidate>
            <Radios
              id="role"
              legend="Role in this group"
              options={[
                ...NOMINAL_ROLES.map((r) => ({ value: r, label: roleLabel(r) })),
                { value: REMOVE, label: 'Remove from this group', hint: 'The nominal stays on record and in any other groups' },
              ]}
              value={current}
              onChange={setChoice}
            />
            <ButtonGroup>
              <Button disabled={saving}>Save</Button>
              <Link className="govuk-link" to={`/ocgs/${ocgId}`}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </>
  );
}

export function NominalRolePage() {
  const { id = '', nominalId = '' } = useParams();
  return (
    <RequirePermission permission={PERMISSIONS.OCG_WRITE}>
      <ChangeRole key={`${id}:${nominalId}`} ocgId={id} nominalId={nominalId} />
    </RequirePermission>
  );
}
