type Props = { marking: string; position: 'top' | 'bottom' };

export function ProtectiveMarking({ marking, position }: Props) {
  return (
    <p className="app-protective-marking" data-testid={`protective-marking-${position}`}>
      <span className="govuk-visually-hidden">Protective marking: </span>
      {marking}
    </p>
  );
}
