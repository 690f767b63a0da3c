import { useState } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { groupChoiceMock, groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../utils/group-picker';
import { GroupPicker } from './GroupPicker';

type HarnessProps = { initial?: string; noneLabel?: string; error?: string; onChange: (id: string) => void; onSubmit?: () => void };

function Harness({ initial = '', noneLabel, error, onChange, onSubmit }: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <GroupPicker
        id="ocgId"
        panelId="panel-1"
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
        noneLabel={noneLabel}
        error={error}
      />
    </form>
  );
}

function renderPicker(mocks: MockLink.MockedResponse[], props: Partial<HarnessProps> = {}) {
  const onChange = jest.fn();
  const onSubmit = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <Harness onChange={onChange} onSubmit={onSubmit} {...props} />
    </MockedProvider>,
  );
  return { onChange, onSubmit, user: userEvent.setup({ advanceTimers: jest.advanceTimersByTime }) };
}

const pause = () => act(() => jest.advanceTimersByTimeAsync(GROUP_SEARCH_DEBOUNCE_MS));
const status = () => screen.getByRole('status');

describe('the group picker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('finds a group far beyond the first hundred as the person types, and choosing it sets the value', async () => {
    const larch = mockGroup(742, 'Operation Larch', 'ARCHIVED');
    const { onChange, user } = renderPicker([groupSearchMock('larch', [larch])]);
    const box = screen.getByLabelText('Group');
    expect(box).toHaveAccessibleDescription('Type part of its reference or name, such as OCG-0042 or Larch');

    await user.type(box, 'l');
    await pause();
    expect(status()).toHaveTextContent('Enter at least 2 characters');

    await user.type(box, 'arch');
    await pause();
    const radio = await screen.findByRole('radio', { name: 'OCG-0742 Operation Larch' });
    expect(radio).toHaveAccessibleDescription('Archived');
    expect(status()).toHaveTextContent('1 group matches');
    expect(status()).toHaveAttribute('aria-live', 'polite');
    // Typing never moved focus out of the box.
    expect(box).toHaveFocus();

    await user.click(radio);
    expect(onChange).toHaveBeenLastCalledWith('ocg-742');
    expect(radio).toBeChecked();
    // Nothing around the radio changed, so focus stays where the person put it.
    expect(radio).toHaveFocus();
    expect(screen.getByLabelText('Group')).toBeInTheDocument();
  });

  it('says how many groups match, when to keep typing, and when none does', async () => {
    const many = Array.from({ length: 57 }, (_, i) => mockGroup(i + 1, `Operation ${i + 1}`));
    const { user } = renderPicker([groupSearchMock('op', many), groupSearchMock('zz', [])]);
    const box = screen.getByLabelText('Group');
    await user.type(box, 'op');
    await pause();
    expect(await screen.findByText('More than 10 groups match. Showing the closest 10: keep typing to narrow')).toBe(status());
    expect(within(screen.getByRole('group', { name: 'Matching groups' })).getAllByRole('radio')).toHaveLength(10);

    await user.clear(box);
    await user.type(box, 'zz');
    await pause();
    expect(await screen.findByText('No group matches “zz”')).toBe(status());
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('finds a group from a misspelt name, as the search page does', async () => {
    // The API's search forgives the spelling: the picker asks it, not a filter that needs the exact letters.
    const { onChange, user } = renderPicker([groupSearchMock('crosley', [mockGroup(2, 'The Crossley Family')])]);
    await user.type(screen.getByLabelText('Group'), 'crosley');
    await pause();
    await user.click(await screen.findByRole('radio', { name: 'OCG-0002 The Crossley Family' }));
    expect(onChange).toHaveBeenLastCalledWith('ocg-2');
    expect(status()).toHaveTextContent('1 group matches');
  });

  it('searches at once on Enter, without sending the form it sits in', async () => {
    const { onSubmit, user } = renderPicker([groupSearchMock('ju', [mockGroup(3, 'Operation Juniper'), mockGroup(9, 'Juno Crew', 'DISMANTLED')])]);
    await user.type(screen.getByLabelText('Group'), 'ju{Enter}');
    expect(await screen.findByRole('radio', { name: 'OCG-0003 Operation Juniper' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'OCG-0009 Juno Crew' })).toHaveAccessibleDescription('Dismantled');
    expect(status()).toHaveTextContent('2 groups match');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a group set beforehand, fetched by its id, and lets an optional choice be cleared or changed', async () => {
    const juniper = mockGroup(42, 'Operation Juniper');
    const { onChange, user } = renderPicker([groupChoiceMock(juniper)], { initial: 'ocg-42', noneLabel: 'Not linked to a group' });
    const chosen = await screen.findByRole('radio', { name: 'OCG-0042 Operation Juniper' });
    expect(chosen).toBeChecked();
    expect(chosen).toHaveAttribute('id', 'ocgId');
    expect(screen.getByRole('group', { name: 'Group' })).toContainElement(chosen);

    await user.click(screen.getByRole('radio', { name: 'Not linked to a group' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByRole('radio', { name: 'Not linked to a group' })).toBeChecked();
    // The group cleared stays listed, so the person can take it back.
    expect(screen.getByRole('radio', { name: 'OCG-0042 Operation Juniper' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'OCG-0042 Operation Juniper' }));
    expect(onChange).toHaveBeenLastCalledWith('ocg-42');

    await user.click(screen.getByRole('button', { name: 'Change group' }));
    const box = screen.getByRole('textbox', { name: 'Group' });
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('id', 'ocgId');
    // Until another is chosen, the group chosen stays in view and checked.
    expect(screen.getByRole('radio', { name: 'OCG-0042 Operation Juniper' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'OCG-0042 Operation Juniper' })).toHaveAccessibleDescription('Currently chosen');
  });

  it('shows an error beside the search box, and beside the chosen group once there is one', async () => {
    const { unmount } = render(
      <MockedProvider mocks={[]}>
        <GroupPicker id="ocgId" panelId="panel-1" value="" onChange={() => undefined} error="Select a group on this panel" />
      </MockedProvider>,
    );
    const box = screen.getByLabelText('Group');
    expect(box).toHaveAttribute('id', 'ocgId');
    expect(box).toHaveClass('govuk-input--error');
    expect(box).toHaveAccessibleDescription('Type part of its reference or name, such as OCG-0042 or Larch Error: Select a group on this panel');
    unmount();

    render(
      <MockedProvider mocks={[groupChoiceMock(mockGroup(5, 'Operation Hawthorn'))]}>
        <GroupPicker id="ocgId" panelId="panel-1" value="ocg-5" onChange={() => undefined} error="Select a group on this panel" />
      </MockedProvider>,
    );
    const chosen = await screen.findByRole('radio', { name: 'OCG-0005 Operation Hawthorn' });
    expect(chosen).toHaveAttribute('id', 'ocgId');
    expect(screen.getByRole('group', { name: 'Group' })).toHaveAccessibleDescription('Error: Select a group on this panel');
  });
});
