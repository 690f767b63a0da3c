import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TaskStatus } from '@sentinel/shared';
import { allowedNextStatuses } from '../utils/task-status';
import { TaskUpdateForm } from './TaskUpdateForm';

function statusOptions(): string[] {
  const group = screen.queryByRole('group', { name: /Status/ });
  if (!group) return [];
  return within(group)
    .getAllByRole('radio')
    .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? '');
}

function renderForm(status: TaskStatus, manager: boolean, onSubmit = jest.fn(async () => undefined), disruptionGroup: string | null = null) {
  render(<TaskUpdateForm status={status} manager={manager} disruptionGroup={disruptionGroup} onSubmit={onSubmit} />);
  return onSubmit;
}

describe('task update form: allowed next statuses', () => {
  it.each<[TaskStatus, boolean, string[]]>([
    ['OPEN', false, ['No change', 'In progress', 'Blocked', 'Completed']],
    ['IN_PROGRESS', false, ['No change', 'Open', 'Blocked', 'Completed']],
    ['BLOCKED', false, ['No change', 'Open', 'In progress', 'Completed']],
    ['OPEN', true, ['No change', 'In progress', 'Blocked', 'Completed']],
    ['COMPLETED', true, ['No change', 'Open']],
    ['NOT_DONE', true, ['No change', 'Open']],
  ])('from %s (manager: %s) offers %j', (status, manager, expected) => {
    renderForm(status, manager);
    expect(statusOptions()).toEqual(expected);
  });

  it('offers a partner no status change on a closed task, only a note', () => {
    renderForm('COMPLETED', false);
    expect(screen.queryByRole('group', { name: /Status/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Update')).toBeInTheDocument();
    expect(allowedNextStatuses('NOT_DONE', false)).toEqual([]);
  });

  it('never offers "Closed, not done" in the update form: that needs a cause', () => {
    renderForm('OPEN', true);
    expect(screen.queryByLabelText('Closed, not done')).not.toBeInTheDocument();
  });

  it('asks what is blocking the task before posting a block', async () => {
    const onSubmit = renderForm('OPEN', false);
    await userEvent.click(screen.getByLabelText('Blocked'));
    await userEvent.click(screen.getByRole('button', { name: 'Post update' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Say what is blocking the task' })).toHaveAttribute('href', '#blockedReason');
  });

  it('offers the disruption ledger only when completing a task linked to a group', async () => {
    renderForm('IN_PROGRESS', false, undefined, 'OCG-0001 Riverside');
    expect(screen.queryByLabelText("Record a disruption in the group's ledger")).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Completed'));
    await userEvent.click(screen.getByLabelText("Record a disruption in the group's ledger"));
    expect(screen.getByLabelText('Rationale for the impact level')).toBeInTheDocument();
  });
});
