import { useState } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { groupSearchMock, mockGroup } from '../../../test/group-mocks';
import { GROUP_SEARCH_DEBOUNCE_MS } from '../../ocgs/utils/group-picker';
import { EMPTY_TASK_FILTER, type TaskFilterValues } from '../utils/task-filter';
import { TaskFilter } from './TaskFilter';

function Board({ onApply }: { onApply: (f: TaskFilterValues) => void }) {
  const [applied, setApplied] = useState(EMPTY_TASK_FILTER);
  return (
    <TaskFilter
      panelId="panel-1"
      applied={applied}
      agencies={[]}
      onApply={(f) => {
        setApplied(f);
        onApply(f);
      }}
    />
  );
}

describe('filtering the task board by group', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('filters by a group found by typing, and clearing the filters empties the picker', async () => {
    const onApply = jest.fn();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[groupSearchMock('0742', [mockGroup(742, 'Operation Larch', 'ARCHIVED')])]}>
        <Board onApply={onApply} />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Group'), '0742');
    await act(() => jest.advanceTimersByTimeAsync(GROUP_SEARCH_DEBOUNCE_MS));
    await user.click(await screen.findByRole('radio', { name: 'OCG-0742 Operation Larch' }));
    expect(screen.getByRole('radio', { name: 'Any group' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenLastCalledWith({ ...EMPTY_TASK_FILTER, ocgId: 'ocg-742' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onApply).toHaveBeenLastCalledWith(EMPTY_TASK_FILTER);
    expect(screen.getByLabelText('Group')).toHaveValue('');
    expect(screen.queryByRole('radio', { name: 'OCG-0742 Operation Larch' })).not.toBeInTheDocument();
  });

  it('goes back to any group when "Any group" is chosen', async () => {
    const onApply = jest.fn();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    render(
      <MockedProvider mocks={[groupSearchMock('larch', [mockGroup(742, 'Operation Larch')])]}>
        <Board onApply={onApply} />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('Group'), 'larch');
    await act(() => jest.advanceTimersByTimeAsync(GROUP_SEARCH_DEBOUNCE_MS));
    await user.click(await screen.findByRole('radio', { name: 'OCG-0742 Operation Larch' }));
    await user.click(screen.getByRole('radio', { name: 'Any group' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenLastCalledWith(EMPTY_TASK_FILTER);
  });
});
