import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import { changedAttendance, type RegisterLine } from '../utils/minutes-form';
import { MinutesForm } from './MinutesForm';

const minutes = {
  __typename: 'MeetingMinutes',
  id: 'min-1',
  meetingId: 'meeting-1',
  number: 1,
  status: 'APPROVED',
  version: 2,
  correctionReason: null,
  createdAt: '2026-03-10T12:00:00Z',
  approvedAt: '2026-03-12T09:00:00Z',
  items: [
    {
      __typename: 'MinutesItem',
      itemId: 'item-1',
      position: 1,
      kind: 'THREAT_PICTURE',
      title: 'The threat picture',
      notes: '<p>Drugs supply rising</p>',
      decisions: null,
      restrictedTo: [],
      tasks: [],
      threatOutcomes: [],
    },
  ],
  otherTasks: [],
  otherThreatOutcomes: [],
  attendance: { __typename: 'MinutesAttendance', present: [], apologies: [] },
} as unknown as MeetingMinutesFieldsFragment;

const restricted = { ...minutes.items[0], itemId: 'item-2', position: 2, title: 'Operation Quill tax enquiry', restrictedTo: ['agency-hmrc'] };

describe('correcting approved minutes', () => {
  it('requires a reason before a new version is made', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(<MinutesForm minutes={minutes} correction onSubmit={onSubmit} onCancel={() => undefined} />);
    expect(screen.getByLabelText('Notes')).toHaveValue('Drugs supply rising');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Enter why the approved minutes are being corrected' })).toHaveAttribute('href', '#reason');

    await user.type(screen.getByLabelText('Reason for the correction'), 'HMRC attended remotely, not in person');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ reason: 'HMRC attended remotely, not in person' }));
  });

  it('keeps an over-long reason or item text whole, counts it, and refuses it at its field without saving', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(<MinutesForm minutes={minutes} correction onSubmit={onSubmit} onCancel={() => undefined} />);
    const reason = screen.getByLabelText('Reason for the correction');
    await user.click(reason);
    await user.paste('r'.repeat(1001));
    expect(reason).toHaveAccessibleDescription(/You have 1 character too many/);
    const decisions = screen.getByLabelText('Decisions');
    await user.click(decisions);
    await user.paste('d'.repeat(20_001));
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Reason for the correction must be 1,000 characters or fewer' })).toHaveAttribute(
      'href',
      '#reason',
    );
    expect(within(summary).getByRole('link', { name: 'Decisions must be 20,000 characters or fewer' })).toHaveAttribute('href', '#decisions-item-1');
    expect(decisions).toHaveAccessibleDescription(/Error: Decisions must be 20,000 characters or fewer/);
    expect(reason).toHaveValue('r'.repeat(1001));
  });

  it('asks no reason to edit a draft', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    render(<MinutesForm minutes={{ ...minutes, status: 'DRAFT' }} correction={false} onSubmit={onSubmit} onCancel={() => undefined} />);
    expect(screen.queryByLabelText('Reason for the correction')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save minutes' }));
    expect(onSubmit).toHaveBeenCalled();
  });

  it('shows who attended, per agency member, and sends only the lines the chair corrects', async () => {
    const register: RegisterLine[] = [
      { userId: 'u-1', userName: 'Asha Khan', agencyName: 'HMRC', reply: 'ATTENDING', presence: 'IN_PERSON' },
      { userId: 'u-2', userName: 'Ben Ode', agencyName: 'Trading Standards', reply: 'APOLOGIES', presence: null },
      { userId: 'u-3', userName: 'Cara Lind', agencyName: 'Border Force', reply: null, presence: null },
    ];
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(
      <MinutesForm
        minutes={{ ...minutes, status: 'DRAFT', items: [...minutes.items, restricted] }}
        register={register}
        correction={false}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Attendance' })).toBeInTheDocument();
    // Those running the meeting see every item; a restricted one is marked as such.
    expect(screen.getByRole('group', { name: '2. Operation Quill tax enquiry (restricted)' })).toBeInTheDocument();
    const group = (name: string) => screen.getByRole('group', { name: `Attendance of ${name}` });
    expect(within(group('Asha Khan')).getByLabelText('Present in person')).toBeChecked();
    expect(within(group('Ben Ode')).getByLabelText('Apologies')).toBeChecked();
    expect(
      within(group('Cara Lind'))
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);

    await user.click(within(group('Cara Lind')).getByLabelText('Present remotely'));
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));
    const values = onSubmit.mock.calls[0][0];
    expect(changedAttendance(register, values)).toEqual([{ userId: 'u-3', mark: 'REMOTE' }]);
  });
});
