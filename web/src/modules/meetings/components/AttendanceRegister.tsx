import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { PRESENCES, type Presence } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { Table, type TableColumn } from '../../../ui/Table';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import type { MeetingDetailsFragment } from '../../../gql/graphql';
import { MarkAttendanceMutation } from '../graphql/mark-attendance.mutation';
import { formatMeetingDate, formatTime } from '../utils/dates';
import { replyText } from './MeetingTags';
import { MarkRadios, MemberCell } from './RegisterCells';

type Line = MeetingDetailsFragment['attendance'][number];
type Mark = { presence: Presence | '' };

const PRESENCE_SHORT: Record<Presence, string> = { IN_PERSON: 'In person', REMOTE: 'Remote', ABSENT: 'Absent' };

function initialMarks(lines: Line[]): Record<string, Mark> {
  return Object.fromEntries(lines.map((l) => [l.userId, { presence: l.presence ?? '' }]));
}

/** Who has acknowledged the confidentiality statement: each attendee gives it themselves, the register only shows it. */
export function acknowledgementText(at: string | null | undefined): string {
  return at ? `Acknowledged ${formatTime(at)}, ${formatMeetingDate(at)}` : 'Not yet acknowledged';
}

// The coordinator's register on the day: one row per person expected, saved together.
export function AttendanceRegister({ meetingId, lines }: { meetingId: string; lines: Line[] }) {
  const [marks, setMarks] = useState<Record<string, Mark>>(() => initialMarks(lines));
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [mark, { loading }] = useMutation(MarkAttendanceMutation);
  const setMark = (userId: string, change: Partial<Mark>) => setMarks((m) => ({ ...m, [userId]: { ...m[userId], ...change } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setFailed('');
    const changed = lines.filter((l) => {
      const now = marks[l.userId];
      return now.presence && now.presence !== (l.presence ?? '');
    });
    try {
      for (const l of changed) {
        const now = marks[l.userId];
        await mark({ variables: { input: { meetingId, userId: l.userId, presence: now.presence as Presence } } });
      }
      setMessage(
        changed.length === 0
          ? 'Nothing to save: mark someone present or absent first.'
          : `Register saved for ${changed.length} ${changed.length === 1 ? 'person' : 'people'}.`,
      );
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The register was not saved');
    }
  };

  const columns: TableColumn<Line>[] = [
    { key: 'name', header: 'Member', cell: (l) => <MemberCell line={l} /> },
    { key: 'reply', header: 'Reply', cell: (l) => replyText(l) },
    {
      key: 'presence',
      header: 'Presence',
      cell: (l) => (
        <MarkRadios
          name="presence"
          legend={`Presence of ${l.userName}`}
          userId={l.userId}
          options={PRESENCES}
          labels={PRESENCE_SHORT}
          value={marks[l.userId]?.presence ?? ''}
          onChange={(presence) => setMark(l.userId, { presence })}
        />
      ),
    },
    { key: 'ack', header: 'Confidentiality statement', cell: (l) => acknowledgementText(l.confidentialityAcknowledgedAt) },
  ];

  if (lines.length === 0) return <p className="govuk-body">No one is expected at this meeting yet.</p>;
  return (
    <form onSubmit={submit} noValidate aria-label="Attendance register">
      <Table caption="Attendance register" columns={columns} rows={lines} rowKey={(l) => l.userId} />
      <Button disabled={loading}>Save register</Button>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {failed && <LoadFailed message={failed} />}
    </form>
  );
}
