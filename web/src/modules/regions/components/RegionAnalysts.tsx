import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Table } from '../../../ui/Table';
import { TextInput } from '../../../ui/TextInput';
import { apiErrors } from '../../app/utils/api-errors';
import { AddRegionAnalystMutation, RemoveRegionAnalystMutation } from '../graphql/region-administration';

type Analyst = { userId: string; name: string; email: string };

/** A region's analysts: named by their account's email address, and removed. */
export function RegionAnalysts({ regionId, analysts }: { regionId: string; analysts: Analyst[] }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [add, { loading: adding }] = useMutation(AddRegionAnalystMutation);
  const [remove, { loading: removing }] = useMutation(RemoveRegionAnalystMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(typed)) {
      setError('Enter an email address in the correct format, like name@example.police.uk');
      return;
    }
    try {
      await add({ variables: { input: { regionId, email: typed } } });
      setEmail('');
      setError(null);
    } catch (e) {
      setError(apiErrors(e)[0]?.message ?? 'The analyst could not be added. Try again later.');
    }
  };
  return (
    <section aria-labelledby="analysts-heading">
      <h2 className="govuk-heading-m" id="analysts-heading">
        Analysts
      </h2>
      {analysts.length ? (
        <Table
          caption="Analysts of this region"
          rowKey={(a) => a.userId}
          rows={analysts}
          columns={[
            { key: 'name', header: 'Name', cell: (a) => a.name },
            { key: 'email', header: 'Email address', cell: (a) => a.email },
            {
              key: 'action',
              header: 'Action',
              cell: (a) => (
                <Button
                  type="button"
                  variant="secondary"
                  disabled={removing}
                  onClick={() => void remove({ variables: { input: { regionId, userId: a.userId } } })}
                >
                  Remove<span className="govuk-visually-hidden"> {a.name}</span>
                </Button>
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">No analysts yet.</p>
      )}
      <ErrorSummary errors={error ? [{ fieldId: 'analyst-email', message: error }] : []} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id="analyst-email"
          label="Add an analyst"
          hint="The email address of their Sentinel account"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={error ?? undefined}
          maxLength={LIMITS.emailLength}
        />
        <Button disabled={adding} variant="secondary">
          Add analyst
        </Button>
      </form>
    </section>
  );
}
