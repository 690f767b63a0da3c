import { cx } from './classes';
import { Fieldset } from './Fieldset';

export type ChoiceOption = { value: string; label: string; hint?: string };

type Props = {
  id: string;
  legend: string;
  options: ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string;
  inline?: boolean;
};

// The first input carries the bare id so that an error summary link lands on it.
export function optionId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

export function Radios({ id, legend, options, value, onChange, name, hint, error, inline }: Props) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className={cx('govuk-radios', inline && 'govuk-radios--inline')}>
        {options.map((option, index) => {
          const inputId = optionId(id, index);
          const itemHintId = option.hint ? `${inputId}-item-hint` : undefined;
          return (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={inputId}
                name={name ?? id}
                type="radio"
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={itemHintId}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
