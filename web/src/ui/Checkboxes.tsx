import { Fieldset } from './Fieldset';
import { optionId, type ChoiceOption } from './Radios';

type Props = {
  id: string;
  legend: string;
  options: ChoiceOption[];
  values: string[];
  onChange: (values: string[]) => void;
  name?: string;
  hint?: string;
  error?: string;
};

export function Checkboxes({ id, legend, options, values, onChange, name, hint, error }: Props) {
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((v) => v !== value);
    // Keep the options' order so the value does not depend on the order of clicks.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="govuk-checkboxes" data-module="govuk-checkboxes">
        {options.map((option, index) => {
          const inputId = optionId(id, index);
          const itemHintId = option.hint ? `${inputId}-item-hint` : undefined;
          return (
            <div className="govuk-checkboxes__item" key={option.value}>
              <input
                className="govuk-checkboxes__input"
                id={inputId}
                name={name ?? id}
                type="checkbox"
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                aria-describedby={itemHintId}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
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
