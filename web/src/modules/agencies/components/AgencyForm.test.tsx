import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AGENCY_KIND_LABELS } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { CreateAgencyMutation } from '../graphql/create-agency.mutation';

describe('what the agency form refuses', () => {
  it('keeps an over-long name and agreement reference whole, counts them, and refuses them at the field without sending', async () => {
    const user = userEvent.setup();
    const sent = jest.fn(() => ({ errors: [{ message: 'Should not be sent', extensions: { code: 'CONFLICT' } }] }));
    const input = {
      panelId: 'panel-1',
      name: 'n'.repeat(201),
      kind: 'POLICE_UNIT',
      tacticHeadings: [],
      isaReference: 'r'.repeat(101),
      isaSignedOn: null,
      isaExpiresOn: null,
      isaCoversPersonalData: true,
    };
    renderRoute('/agencies/new', [viewerMock(), { request: { query: CreateAgencyMutation, variables: { input } }, result: sent }]);
    const name = await screen.findByLabelText('Name', {}, { timeout: 5000 });
    await user.click(name);
    await user.paste(input.name);
    expect(name).toHaveAccessibleDescription(/You have 1 character too many/);
    await user.click(screen.getByLabelText(AGENCY_KIND_LABELS.POLICE_UNIT));
    const reference = screen.getByLabelText('Agreement reference (optional)');
    await user.click(reference);
    await user.paste(input.isaReference);
    await user.click(within(screen.getByRole('group', { name: 'Does the agreement cover personal data?' })).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Add agency' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Name must be 200 characters or fewer' })).toHaveAttribute('href', '#name');
    expect(within(summary).getByRole('link', { name: 'Agreement reference must be 100 characters or fewer' })).toHaveAttribute(
      'href',
      '#isaReference',
    );
    expect(reference).toHaveValue(input.isaReference);
    expect(sent).not.toHaveBeenCalled();
  }, 20_000);
});
