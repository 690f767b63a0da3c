import { useQuery } from '@apollo/client/react';
import { AgendaPackInfoQuery } from '../graphql/agenda-pack-info.query';

type Props = { meetingId: string; show: 'pack' | 'minutes' };

// Documents the API serves on the same origin: plain links, so the session cookie goes with them.
export function MeetingDocumentLinks({ meetingId, show }: Props) {
  const { data } = useQuery(AgendaPackInfoQuery, { variables: { meetingId } });
  const info = data?.agendaPackInfo;
  if (!info) return null;
  const links =
    show === 'pack'
      ? [
          { href: info.htmlUrl, text: 'Agenda pack (web page)', download: false },
          { href: info.pdfUrl, text: 'Agenda pack (PDF)', download: true },
        ]
      : [
          ...(info.minutesPdfUrl ? [{ href: info.minutesPdfUrl, text: 'Minutes (PDF)', download: true }] : []),
          ...(info.minutesDocxUrl ? [{ href: info.minutesDocxUrl, text: 'Minutes (Word)', download: true }] : []),
        ];
  if (links.length === 0) return null;
  return (
    <ul className="govuk-list">
      {links.map((l) => (
        <li key={l.href}>
          <a
            className="govuk-link"
            href={l.href}
            download={l.download ? '' : undefined}
            target={l.download ? undefined : '_blank'}
            rel={l.download ? undefined : 'noopener'}
          >
            {l.text}
            {!l.download && ' (opens in a new tab)'}
          </a>
        </li>
      ))}
    </ul>
  );
}
