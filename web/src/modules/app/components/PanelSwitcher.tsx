import { useState, type FormEvent } from 'react';
import { Select } from '../../../ui/Select';
import type { Membership } from '../viewer-context';

type Props = { memberships: Membership[]; currentPanelId: string; onSwitch: (panelId: string) => void };

// Switching takes a button press: changing context on a select's change alone fails WCAG 3.2.2.
export function PanelSwitcher({ memberships, currentPanelId, onSwitch }: Props) {
  const [choice, setChoice] = useState(currentPanelId);
  if (memberships.length < 2) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSwitch(choice);
  };
  return (
    <div className="govuk-width-container">
      <form className="app-filters govuk-!-padding-top-3" onSubmit={onSubmit} aria-label="Panel">
        <Select
          id="panel-switcher"
          label="Panel"
          value={choice}
          onChange={setChoice}
          options={memberships.map((m) => ({ value: m.panelId, label: m.panel.name }))}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Change panel
        </button>
      </form>
    </div>
  );
}
