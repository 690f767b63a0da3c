import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { EmergingThreatQuery } from '../modules/emerging-threats/graphql/emerging-threat.query';
import { UpdateEmergingThreatMutation } from '../modules/emerging-threats/graphql/update-emerging-threat.mutation';
import { conflictReviewRow } from '../test/conflict-review';

const threat = (version: number, area: string | null) => ({
  __typename: 'EmergingThreat',
  id: 'threat-1',
  panelId: 'panel-1',
  title: 'Nail bars and labour exploitation',
  description: 'Three new nail bars, cash only',
  crimeType: null,
  area,
  status: 'RAISED',
  raisedByUserId: 'user-1',
  raisedByName: 'Alex Chair',
  raisedByAgencyName: 'Durham Police',
  createdAt: '2026-12-01T10:00:00.000Z',
  version,
  outcomes: [],
});
const read = (version: number, area: string | null): MockLink.MockedResponse => ({
  request: { query: EmergingThreatQuery, variables: { id: 'threat-1' } },
  result: { data: { emergingThreat: threat(version, area) } },
});
const input = (version: number) => ({
  id: 'threat-1',
  version,
  title: 'Nail bars: labour exploitation',
  description: 'Three new nail bars, cash only',
  crimeType: null,
  area: null,
});

describe('an emerging threat changed by someone else meanwhile', () => {
  it('names what changed as the form does, lays the two changes side by side, and saves again on the newer version without retyping', async () => {
    const user = userEvent.setup();
    const saved = jest.fn(() => ({ data: { updateEmergingThreat: { ...threat(3, 'Darlington'), title: 'Nail bars: labour exploitation' } } }));
    const message =
      'This emerging threat was changed by someone else since you opened it: Area changed. Check their changes beside yours, then save again.';
    renderRoute('/emerging-threats/threat-1/edit', [
      viewerMock(),
      read(1, null),
      {
        request: { query: UpdateEmergingThreatMutation, variables: { input: input(1) } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['area'] } }] },
      },
      read(2, 'Darlington'),
      { request: { query: UpdateEmergingThreatMutation, variables: { input: input(2) } }, result: saved },
      read(3, 'Darlington'),
    ]);
    const title = await screen.findByLabelText('Title', {}, { timeout: 5000 });
    await user.clear(title);
    await user.type(title, 'Nail bars: labour exploitation');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Area changed');
    expect(await conflictReviewRow(/Area/)).toEqual(['Not given', 'Darlington']);
    // What the person typed is still in the form; saving again sends it against the newer version.
    expect(screen.getByLabelText('Title')).toHaveValue('Nail bars: labour exploitation');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 20_000);
});

describe('what the emerging threat form refuses', () => {
  it('keeps an over-long title, description and area whole, counts them, and refuses each at its field without sending', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    const long = { title: 't'.repeat(201), description: 'd'.repeat(4001), area: 'a'.repeat(101) };
    renderRoute('/emerging-threats/threat-1/edit', [
      viewerMock(),
      read(1, null),
      { request: { query: UpdateEmergingThreatMutation, variables: { input: { ...input(1), ...long } } }, result: sent },
    ]);
    const replace = async (label: string, text: string) => {
      const field = await screen.findByLabelText(label, {}, { timeout: 5000 });
      await user.clear(field);
      await user.click(field);
      await user.paste(text);
      return field;
    };
    expect(await replace('Title', long.title)).toHaveAccessibleDescription(/You have 1 character too many/);
    await replace('Description', long.description);
    expect(await replace('Area', long.area)).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Title must be 200 characters or fewer' })).toHaveAttribute('href', '#title');
    expect(within(summary).getByRole('link', { name: 'Description must be 4,000 characters or fewer' })).toHaveAttribute('href', '#description');
    expect(within(summary).getByRole('link', { name: 'Area must be 100 characters or fewer' })).toHaveAttribute('href', '#area');
    expect(screen.getByLabelText('Description')).toHaveValue(long.description);
    expect(sent).not.toHaveBeenCalled();
  }, 20_000);
});
