import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AnnotateAssessmentMutation } from '../graphql/annotate-assessment.mutation';
import { SectionNote } from './SectionNote';

describe('what a chair’s note on an assessment refuses', () => {
  it('keeps an over-long note whole, counts it, and refuses it at the field without saving it', async () => {
    const user = userEvent.setup();
    const long = 'n'.repeat(4001);
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: AnnotateAssessmentMutation,
              variables: { input: { id: 'assessment-1', editVersion: 1, section: 'trends', text: long } },
            },
            result: sent,
          },
        ]}
      >
        <SectionNote assessmentId="assessment-1" editVersion={1} section="trends" title="Trends" text="" reload={() => Promise.resolve(1)} />
      </MockedProvider>,
    );
    const note = screen.getByLabelText('Chair’s note on groups and threat scores by month');
    await user.click(note);
    await user.paste(long);
    expect(note).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save note on trends' }));
    expect(note).toHaveAccessibleDescription(/Error: Note must be 4,000 characters or fewer/);
    expect(note).toHaveValue(long);
    expect(sent).not.toHaveBeenCalled();
  });
});
