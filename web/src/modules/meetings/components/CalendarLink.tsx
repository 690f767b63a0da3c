import { useQuery } from '@apollo/client/react';
import { MeetingInviteQuery } from '../graphql/meeting-invite.query';
import { SeriesInviteQuery } from '../graphql/series-invite.query';
import { useBlobUrl } from './useBlobUrl';

type FileLinkProps = { file: { filename: string; contentType: string; content: string } | undefined; text: string };

function FileLink({ file, text }: FileLinkProps) {
  const url = useBlobUrl(file?.content, file?.contentType);
  if (!file || !url) return <span className="govuk-body">{text}: preparing…</span>;
  return (
    <a className="govuk-link" href={url} download={file.filename}>
      {text}
    </a>
  );
}

export function MeetingCalendarLink({ meetingId }: { meetingId: string }) {
  const { data } = useQuery(MeetingInviteQuery, { variables: { meetingId }, fetchPolicy: 'network-only' });
  return <FileLink file={data?.meetingInvite} text="Add to calendar (.ics)" />;
}

export function SeriesCalendarLink({ panelId }: { panelId: string }) {
  const { data } = useQuery(SeriesInviteQuery, { variables: { panelId }, fetchPolicy: 'network-only' });
  return <FileLink file={data?.seriesInvite} text="Download the series (.ics)" />;
}
