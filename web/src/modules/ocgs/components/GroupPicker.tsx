import { useEffect, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@sentinel/shared';
import { Radios, type ChoiceOption } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { getFragmentData } from '../../../gql';
import { GroupOptionFragment } from '../graphql/group-option.fragment';
import { GroupPickerChoiceQuery } from '../graphql/group-picker-choice.query';
import { groupChoice, type GroupOptionValues } from '../utils/group-picker';
import { useGroupSearch } from './useGroupSearch';

export const GROUP_PICKER_HINT = 'Type part of its reference or name, such as OCG-0042 or Larch';

type Props = {
  /** The id an error summary links to: the search box, or the chosen group's radio once one is chosen. */
  id: string;
  panelId: string;
  /** The chosen group's id; empty for none. */
  value: string;
  onChange: (ocgId: string) => void;
  label?: string;
  hint?: string;
  error?: string;
  /** Offered as a radio where the group may be left out, such as "Not linked to a group"; without it a group is required. */
  noneLabel?: string;
};

/**
 * Finds any group of the panel as the person types, and offers the matches as radios. Nothing here moves focus
 * except "Change group", which moves it to the search box the person asked for; choosing a radio changes
 * nothing around it, so arrowing through the radios (which chooses each in turn) keeps its place.
 */
export function GroupPicker({ id, panelId, value, onChange, label = 'Group', hint = GROUP_PICKER_HINT, error, noneLabel }: Props) {
  const [own, setOwn] = useState(value);
  const [searching, setSearching] = useState(!value);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  // The group last chosen here: labels the value without a request, and stays listed after "No group".
  const [picked, setPicked] = useState<GroupOptionValues | null>(null);
  const [focusBox, setFocusBox] = useState(false);
  if (value !== own) {
    // Set from outside (a reset form, cleared filters): start again from that value.
    setOwn(value);
    setSearching(!value);
    setText('');
    setSubmitted(null);
  }
  const known = Boolean(value) && picked?.id === value;
  const choice = useQuery(GroupPickerChoiceQuery, { variables: { id: value }, skip: !value || known });
  const fetched = getFragmentData(GroupOptionFragment, choice.data?.ocg);
  const current: GroupOptionValues | null = !value ? null : known ? picked : (fetched ?? null);
  const found = useGroupSearch({ panelId, text, submitted, enabled: searching });

  useEffect(() => {
    if (!focusBox) return;
    document.getElementById(id)?.focus();
    setFocusBox(false);
  }, [focusBox, id]);

  const choose = (next: GroupOptionValues | null) => {
    setPicked(next ?? current ?? picked);
    setOwn(next?.id ?? '');
    onChange(next?.id ?? '');
  };
  const currentOption = (note?: string): ChoiceOption | null => {
    if (current) return groupChoice(current, note);
    if (!value) return null;
    return { value, label: choice.error ? 'A group that could not be found' : 'Finding the group…' };
  };
  const none: ChoiceOption[] = noneLabel ? [{ value: '', label: noneLabel }] : [];
  const listed = [...found.matches, ...(current ? [current] : []), ...(picked ? [picked] : [])];
  const onRadio = (next: string) => {
    if (!next) return choose(null);
    const group = listed.find((g) => g.id === next);
    if (group) choose(group);
  };

  if (!searching) {
    const shown = currentOption() ?? (picked ? groupChoice(picked) : null);
    return (
      <div className="govuk-form-group">
        <Radios id={id} legend={label} options={[...(shown ? [shown] : []), ...none]} value={value} onChange={onRadio} error={error} />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-top-3 govuk-!-margin-bottom-0"
          onClick={() => {
            setSearching(true);
            setFocusBox(true);
          }}
        >
          Change {label.toLowerCase()}
        </button>
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches at once rather than sending the form the picker sits in.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    setSubmitted(text.trim());
  };
  const matched = found.matches.map((g) => groupChoice(g));
  const chosenElsewhere = value && !found.matches.some((g) => g.id === value) ? currentOption('Currently chosen') : null;
  const options = [...(chosenElsewhere ? [chosenElsewhere] : []), ...matched];
  return (
    <div className="govuk-form-group">
      <TextInput
        id={id}
        label={label}
        hint={hint}
        value={text}
        onChange={setText}
        error={error}
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.searchLength}
        widthClass="govuk-input--width-20"
        onKeyDown={onKeyDown}
      />
      <p className="govuk-body" role="status" aria-live="polite">
        {found.status}
      </p>
      {options.length > 0 && (
        <Radios
          id={`${id}-match`}
          legend={matched.length ? 'Matching groups' : `Chosen ${label.toLowerCase()}`}
          options={[...options, ...none]}
          value={value}
          onChange={onRadio}
        />
      )}
    </div>
  );
}
