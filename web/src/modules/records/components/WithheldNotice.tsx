import { InsetText } from '../../../ui/InsetText';

const FALLBACK = 'Personal details are withheld: your agency may not receive personal data.';

// The API never sends withheld names; this says why the person sees a reference in their place.
export function WithheldNotice({ reasons }: { reasons: ReadonlyArray<string | null | undefined> }) {
  const unique = [...new Set(reasons.map((r) => r ?? FALLBACK))];
  if (unique.length === 0) return null;
  return (
    <InsetText>
      {unique.map((reason) => (
        <p className="govuk-body" key={reason}>
          {reason}
        </p>
      ))}
    </InsetText>
  );
}
