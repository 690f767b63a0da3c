import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import type { ReactNode } from 'react';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { createCache } from '../../app/apollo-client';
import { AttendanceRegister } from './AttendanceRegister';
import { ConfidentialityAcknowledgement } from './ConfidentialityAcknowledgement';

function withApollo(children: ReactNode) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, ...operation.variables });
        observer.next({ data: {} });
        observer.complete();
      }),
  );
  render(<ApolloProvider client={new ApolloClient({ link, cache: createCache() })}>{children}</ApolloProvider>);
  return { sent };
}

const line = (userId: string, userName: string, confidentialityAcknowledgedAt: string | null) =>
  ({
    __typename: 'MeetingAttendance',
    userId,
    userName,
    agencyId: 'agency-1',
    agencyName: 'HMRC',
    reply: 'ATTENDING',
    repliedAt: null,
    substituteUserId: null,
    substituteName: null,
    presence: 'REMOTE',
    confidentialityAcknowledgedAt,
  }) as MeetingDetailsFragment['attendance'][number];

describe('the confidentiality statement', () => {
  it('is acknowledged by the attendee themselves, with one button', async () => {
    const { sent } = withApollo(<ConfidentialityAcknowledgement meetingId="meeting-1" acknowledgedAt={null} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Confidentiality statement' })).toBeInTheDocument();
    expect(screen.getByText(/OFFICIAL-SENSITIVE/, { selector: '.govuk-inset-text' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'I understand and accept' }));
    expect(sent).toEqual([{ name: 'AcknowledgeConfidentiality', meetingId: 'meeting-1' }]);
  });

  it('says when it was given, and asks no more', () => {
    withApollo(<ConfidentialityAcknowledgement meetingId="meeting-1" acknowledgedAt="2026-12-08T10:02:00Z" />);
    expect(screen.getByRole('status')).toHaveTextContent('Acknowledged 10:02am, Tuesday 8 December 2026');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the chair who has acknowledged in the register, with nothing to tick for them', () => {
    withApollo(<AttendanceRegister meetingId="meeting-1" lines={[line('u-1', 'Asha Khan', '2026-12-08T09:55:00Z'), line('u-2', 'Ben Ode', null)]} />);
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Acknowledged 9:55am, Tuesday 8 December 2026');
    expect(rows[2]).toHaveTextContent('Not yet acknowledged');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
