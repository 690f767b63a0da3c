export type ContentsItem = { id: string; text: string };

// An in-page contents list: plain links to the sections' headings, so it works without any script.
export function ContentsList({ items, label = 'Contents' }: { items: ContentsItem[]; label?: string }) {
  return (
    <nav className="app-contents-list" aria-label={label}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{label}</h2>
      <ul className="govuk-list app-contents-list__list">
        {items.map((item) => (
          <li key={item.id}>
            <a className="govuk-link govuk-link--no-visited-state" href={`#${item.id}`}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
