import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { AgendaItemFieldsFragment } from '../../../gql/graphql';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { OfficerOptionsQuery } from '../../ocgs/graphql/member-options.query';
import { RecordItemMinutesMutation } from '../graphql/record-item-minutes.mutation';
import { agendaItemFormFrom, type AgendaItemFormValues } from '../utils/agenda-item-form';
import { AgendaItemForm } from './AgendaItemForm';
import { ItemMinutesForm } from './ItemMinutesForm';

const item = { id: 'item-1', title: 'Operation Osprey', version: 2, notes: null, decisions: null } as unknown as AgendaItemFieldsFragment;

describe('what the agenda item form refuses', () => {
  it('keeps an over-long title whole, counts it, and refuses it at the field without saving the item', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn<Promise<void>, [AgendaItemFormValues]>().mockResolvedValue(undefined);
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
            result: { data: { agencies: { __typename: 'AgencyPage', totalCount: 0, nodes: [] } } },
          },
          {
            request: { query: OfficerOptionsQuery, variables: { panelId: 'panel-1' } },
            result: { data: { members: { __typename: 'MemberPage', totalCount: 0, nodes: [] } } },
          },
        ]}
      >
        <AgendaItemForm
          panelId="panel-1"
          heading="Add an item"
          idPrefix="new-"
          initial={agendaItemFormFrom(null)}
          submitText="Add item"
          onSubmit={onSubmit}
          onCancel={() => undefined}
        />
      </MockedProvider>,
    );
    const title = screen.getByLabelText('Title');
    await user.click(title);
    await user.paste('t'.repeat(201));
    expect(title).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Title must be 200 characters or fewer' })).toHaveAttribute(
      'href',
      '#new-title',
    );
    expect(title).toHaveValue('t'.repeat(201));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('what the minutes of an item refuse', () => {
  it('counts notes and decisions each, and refuses either over the limit at its field without saving the minutes', async () => {
    const user = userEvent.setup();
    const long = 'n'.repeat(20_001);
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: RecordItemMinutesMutation,
              variables: { input: { itemId: 'item-1', version: 2, notes: `<p>${long}</p>`, decisions: '' } },
            },
            result: sent,
          },
        ]}
      >
        <ItemMinutesForm item={item} reload={() => Promise.resolve(2)} />
      </MockedProvider>,
    );
    const notes = screen.getByLabelText('Notes');
    await user.click(notes);
    await user.paste(long);
    expect(notes).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Notes must be 20,000 characters or fewer' })).toHaveAttribute(
      'href',
      '#notes',
    );

    // Within the count, but not once it is sent as HTML: "&" is sent as "&amp;".
    await user.clear(notes);
    await user.click(screen.getByLabelText('Decisions'));
    await user.paste('&'.repeat(19_000));
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));
    expect(screen.getByLabelText('Decisions')).toHaveAccessibleDescription(/Error: Decisions must be 20,000 characters or fewer/);
    expect(sent).not.toHaveBeenCalled();
  }, 20_000);
});
