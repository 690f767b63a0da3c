type Props = { id: string; children: string };

export function ErrorMessage({ id, children }: Props) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
