import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import type { HitCheckFieldsFragment } from '../../../gql/graphql';
import { createCache } from '../../app/apollo-client';
import { HitCheckAnswerForm } from './HitCheckAnswerForm';

const check: HitCheckFieldsFragment = {
  id: 'check-1',
  meetingId: 'meeting-1',
  circulatedAt: '2026-12-01T10:00:00Z',
  circulatedBy: 'Alex Chair',
  agenciesAsked: 5,
  agenciesAnswered: 0,
  answering: true,
  subjects: [
    { id: 's-1', kind: 'OCG', reference: 'OCG-0042', heldBy: [], yourAnswer: null, yourDetail: null, detailsOpen: false },
    { id: 's-2', kind: 'NOMINAL', reference: 'N-0107', heldBy: ['HMRC'], yourAnswer: null, yourDetail: null, detailsOpen: false },
  ],
};

function renderForm() {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, ...operation.variables });
        observer.next({ data: { answerHitCheck: { __typename: 'HitCheck', ...check } } });
        observer.complete();
      }),
  );
  render(
    <ApolloProvider client={new ApolloClient({ link, cache: createCache() })}>
      <HitCheckAnswerForm check={check} />
    </ApolloProvider>,
  );
  return { sent };
}

describe('an agency’s hit/no-hit answers', () => {
  it('asks for at least one answer before sending anything', async () => {
    const { sent } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Send your agency’s answers' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Say whether your agency holds anything on at least one subject');
    expect(sent).toEqual([]);
  });

  it('asks what the agency holds only where it holds something, and sends the answers given', async () => {
    const { sent } = renderForm();
    const group = screen.getByRole('group', { name: 'OCG-0042 (group)' });
    expect(screen.queryByLabelText(/What your agency holds/)).not.toBeInTheDocument();
    await userEvent.click(screen.getAllByLabelText('Hit: my agency holds something')[0]);
    expect(group).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('What your agency holds on OCG-0042 (optional)'), 'A VAT registration');
    await userEvent.click(screen.getAllByLabelText('No hit: my agency holds nothing')[1]);
    await userEvent.click(screen.getByRole('button', { name: 'Send your agency’s answers' }));
    expect(sent).toEqual([
      {
        name: 'AnswerHitCheck',
        input: {
          checkId: 'check-1',
          answers: [
            { subjectId: 's-1', hit: true, detail: 'A VAT registration' },
            { subjectId: 's-2', hit: false, detail: null },
          ],
        },
      },
    ]);
    expect(await screen.findByText('Your agency’s answers have been sent')).toBeInTheDocument();
  });
});
