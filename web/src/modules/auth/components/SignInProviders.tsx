import { useEffect, useState } from 'react';
import { text as signInProvidersQuery } from 'virtual:graphql-text/SignInProvidersDocument';
import { SSO_START_PATH } from '@sentinel/shared';

type Provider = { id: string; name: string };

/** Asked without the API client, which the sign-in page does not wait for (boot.ts). */
async function fetchProviders(): Promise<Provider[]> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'SignInProviders', query: signInProvidersQuery, variables: {} }),
  });
  if (!response.ok) return [];
  const answer = (await response.json()) as { data?: { signInProviders?: Provider[] } | null };
  return answer.data?.signInProviders ?? [];
}

type Props = { heading?: string; intro?: string };

const INTRO = 'Use your work account if your organisation is listed. Your Sentinel account must use the same email address.';

/** "Sign in with <organisation>" for each single sign-on provider offered; nothing when there is none. */
export function SignInProviders({ heading = 'Or sign in with your organisation', intro = INTRO }: Props) {
  const [providers, setProviders] = useState<Provider[]>([]);
  useEffect(() => {
    let live = true;
    fetchProviders()
      .then((found) => live && setProviders(found))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!providers.length) return null;
  return (
    <section aria-labelledby="sign-in-providers" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="sign-in-providers">
        {heading}
      </h2>
      <p className="govuk-body">{intro}</p>
      <div className="govuk-button-group">
        {providers.map((p) => (
          // A navigation through the organisation's sign-in, so a link; styled as GOV.UK's secondary button.
          <a key={p.id} href={SSO_START_PATH(p.id)} draggable={false} className="govuk-button govuk-button--secondary">
            {`Sign in with ${p.name}`}
          </a>
        ))}
      </div>
    </section>
  );
}
