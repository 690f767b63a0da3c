import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { RecordThreatOutcomeMutation } from '../graphql/record-threat-outcome.mutation';
import { ThreatOutcomeForm } from './ThreatOutcomeForm';

describe('what recording a threat’s outcome refuses', () => {
  it('keeps an over-long note whole, counts it, and refuses it at the field without recording the outcome', async () => {
    const user = userEvent.setup();
    const long = 'n'.repeat(1001);
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: RecordThreatOutcomeMutation,
              variables: { meetingId: 'meeting-1', threatId: 'threat-1', outcome: 'DISCUSSED', note: long },
            },
            result: sent,
          },
        ]}
      >
        <ThreatOutcomeForm meetingId="meeting-1" threatId="threat-1" title="Nail bars and labour exploitation" />
      </MockedProvider>,
    );
    await user.click(screen.getByRole('radio', { name: 'Discussed' }));
    const note = screen.getByLabelText('Note (optional)');
    await user.click(note);
    await user.paste(long);
    expect(note).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: /^Record outcome/ }));
    expect(note).toHaveAccessibleDescription(/Error: Note must be 1,000 characters or fewer/);
    expect(note).toHaveValue(long);
    expect(sent).not.toHaveBeenCalled();
  });
});
