import { useState, type FormEvent } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios, type ChoiceOption } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { apiErrors } from '../../app/utils/api-errors';
import { splitApiErrors, summaryItems, type FieldErrors } from '../../app/utils/form-errors';

/** What proves it is the person: their password, or a code from the app (six digits are never a password). */
export type Proof = { currentPassword?: string; code?: string };

const FIELDS = ['action', 'proof'];

type Props = {
  heading: string;
  lead: string;
  actions: ChoiceOption[];
  submitting?: boolean;
  /** Throws the API's refusal, which is shown here. */
  onSubmit: (action: string, proof: Proof) => Promise<void>;
};

/** A change to the second factor, confirmed with the person's password or a current code. */
export function ProofForm({ heading, lead, actions, submitting, onSubmit }: Props) {
  const [action, setAction] = useState('');
  const [proof, setProof] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!action) found.action = 'Select what you want to do';
    if (!proof.trim()) found.proof = 'Enter your password, or a code from your authenticator app';
    setErrors(found);
    setGeneral([]);
    if (Object.keys(found).length) return;
    const text = proof.trim();
    try {
      await onSubmit(action, /^\d{3}\s?\d{3}$/.test(text) ? { code: text } : { currentPassword: proof });
      setProof('');
    } catch (error) {
      // Either field of the API's input is this one field on the page.
      const split = splitApiErrors(
        apiErrors(error).map((e) => (e.field === 'currentPassword' || e.field === 'code' ? { ...e, field: 'proof' } : e)),
        FIELDS,
      );
      setErrors(split.fields);
      setGeneral(split.general);
    }
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, general)} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{lead}</p>
      <form onSubmit={submit} noValidate>
        <Radios id="action" legend="What do you want to do?" options={actions} value={action} onChange={setAction} error={errors.action} />
        <TextInput
          id="proof"
          label="Your password, or a code from your authenticator app"
          type="password"
          autoComplete="current-password"
          value={proof}
          onChange={setProof}
          error={errors.proof}
        />
        <Button disabled={submitting}>Continue</Button>
      </form>
    </>
  );
}
