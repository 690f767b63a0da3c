import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notDoneInput } from '../utils/task-update-form';
import { NotDoneForm } from './NotDoneForm';

describe('closing a task as not done', () => {
  it('requires the cause before anything is sent', async () => {
    const onSubmit = jest.fn(async () => undefined);
    render(<NotDoneForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Note'), 'Group disbanded');
    await userEvent.click(screen.getByRole('button', { name: 'Close as not done' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const link = screen.getByRole('link', { name: /Choose why the task was not done/ });
    expect(link).toHaveAttribute('href', '#notDoneCause');

    await userEvent.click(screen.getByLabelText('Agency did not act'));
    await userEvent.click(screen.getByRole('button', { name: 'Close as not done' }));
    expect(onSubmit).toHaveBeenCalledWith({ notDoneCause: 'AGENCY_DID_NOT_ACT', closingNote: 'Group disbanded' });
  });

  it('sends the cause with the version seen', () => {
    expect(notDoneInput('t1', 4, { notDoneCause: 'CIRCUMSTANCES_CHANGED', closingNote: '  ' })).toEqual({
      taskId: 't1',
      status: 'NOT_DONE',
      version: 4,
      notDoneCause: 'CIRCUMSTANCES_CHANGED',
      text: null,
      closingNote: null,
    });
  });
});
