import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute, viewerMock } from '../test/render';
import { PanelMailQuery } from '../modules/mail/graphql/panel-mail.query';

const message = (id: string, outcome: string, reason: string | null) => ({
  __typename: 'MailMessage',
  id,
  at: '2026-12-01T09:05:00.000Z',
  kind: 'TASK_REMINDER',
  recipient: 'hmrc.officer@hmrc.example',
  subject: `Task A-000${id} is due in 7 days`,
  outcome,
  reason,
});

const answer = (outcome: string | null, nodes: ReturnType<typeof message>[]): MockLink.MockedResponse => ({
  request: { query: PanelMailQuery, variables: { panelId: 'panel-1', outcome, limit: 25, offset: 0 } },
  result: { data: { panelMail: { __typename: 'MailMessagePage', totalCount: nodes.length, undeliveredCount: 1, nodes } } },
});

describe('the mail log page', () => {
  it('lists each message with its outcome and why it did not go, and filters by outcome', async () => {
    renderRoute('/panel/mail', [
      viewerMock({ role: 'CHAIR' }),
      answer(null, [message('2', 'REFUSED', 'The mail server refused it (reply 550)'), message('1', 'SENT', null)]),
      answer('REFUSED', [message('2', 'REFUSED', 'The mail server refused it (reply 550)')]),
    ]);
    const table = await screen.findByRole('table', { name: 'Mail to members' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('1 December 2026 at 9:05am');
    expect(rows[1]).toHaveTextContent('Task A-0002 is due in 7 days');
    expect(rows[1]).toHaveTextContent('Task reminder');
    expect(rows[1]).toHaveTextContent('RefusedThe mail server refused it (reply 550)');
    expect(rows[2]).toHaveTextContent('Sent');
    expect(screen.getByText('1 message did not go. Members who did not get them can still read the same in Sentinel.')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'Refused');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Showing 1 to 1 of 1 message')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Mail to members' })).getAllByRole('row')).toHaveLength(2);
  });

  it('is not offered to a partner', async () => {
    renderRoute('/panel/mail', [viewerMock({ role: 'PARTNER_MEMBER' })]);
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});
