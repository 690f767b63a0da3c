import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { ErrorSummary } from '../../../ui/ErrorSummary';

const KEPT = 'kept';

/**
 * The recovery codes, shown once: each signs in once without the phone. They can be printed or copied, and the
 * person says they have kept them before going on.
 */
export function RecoveryCodes({ codes, onDone, doneText = 'Continue' }: { codes: string[]; onDone: () => void; doneText?: string }) {
  const [kept, setKept] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!kept.includes(KEPT)) {
      setError('Confirm you have kept your recovery codes');
      return;
    }
    onDone();
  };

  return (
    <>
      <ErrorSummary errors={error ? [{ message: error, fieldId: 'kept' }] : []} />
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        Keep your recovery codes
      </h1>
      <p className="govuk-body">
        If you lose your phone, each of these codes lets you sign in once instead of a code from your app. They are shown only now. Keep them
        somewhere safe, away from your phone, such as printed in a locked drawer.
      </p>
      <ol className="govuk-list govuk-list--number app-recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="app-recovery-code">{code}</code>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          Print codes
        </Button>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Copy codes
        </Button>
      </ButtonGroup>
      <p className="govuk-body" role="status">
        {copied ? 'The codes have been copied.' : ''}
      </p>
      <form onSubmit={submit} noValidate>
        <Checkboxes
          id="kept"
          legend="Your recovery codes"
          options={[{ value: KEPT, label: 'I have kept my recovery codes' }]}
          values={kept}
          onChange={setKept}
          error={error}
        />
        <Button>{doneText}</Button>
      </form>
    </>
  );
}
