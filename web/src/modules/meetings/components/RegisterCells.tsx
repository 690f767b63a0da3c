// The cells a register table is made of, shared by the register on the meeting page and the minutes editor.

/** A member's name, with the agency they attend for beneath it. */
export function MemberCell({ line }: { line: { userName: string; agencyName?: string | null } }) {
  return (
    <>
      <span className="govuk-!-font-weight-bold">{line.userName}</span>
      <span className="app-block">{line.agencyName ?? ''}</span>
    </>
  );
}

type MarkRadiosProps<T extends string> = {
  /** Names the group and its inputs, e.g. "presence" or "attendance". */
  name: string;
  /** Read out as the group's name: "Presence of Asha Khan". */
  legend: string;
  userId: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | '';
  onChange: (value: T) => void;
};

/** One member's mark as small inline radios, in a fieldset named for them. */
export function MarkRadios<T extends string>({ name, legend, userId, options, labels, value, onChange }: MarkRadiosProps<T>) {
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-visually-hidden">{legend}</legend>
      <div className="govuk-radios govuk-radios--small">
        {options.map((option) => (
          <div className="govuk-radios__item" key={option}>
            <input
              className="govuk-radios__input"
              id={`${name}-${userId}-${option}`}
              name={`${name}-${userId}`}
              type="radio"
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${userId}-${option}`}>
              {labels[option]}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
