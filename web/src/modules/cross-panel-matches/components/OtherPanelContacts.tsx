/** Whom to call at the other panel: its chairs, each with their address as a mail link. */
export function OtherPanelContacts({ contacts }: { contacts: ReadonlyArray<{ name: string; email: string }> }) {
  if (!contacts.length) return <>No chair is named on that panel</>;
  return (
    <ul className="govuk-list">
      {contacts.map((c) => (
        <li key={c.email}>
          {c.name},{' '}
          <a className="govuk-link" href={`mailto:${c.email}`}>
            {c.email}
          </a>
        </li>
      ))}
    </ul>
  );
}
