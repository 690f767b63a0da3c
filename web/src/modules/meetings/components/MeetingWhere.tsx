import { MEETING_MODE_LABELS, type MeetingMode } from '@sentinel/shared';

type Props = { mode: MeetingMode; teamsUrl?: string | null; location?: string | null };

// A Teams meeting shows its join link; an in-person one, where it is held.
export function MeetingWhere({ mode, teamsUrl, location }: Props) {
  if (mode === 'TEAMS') {
    return (
      <>
        {MEETING_MODE_LABELS.TEAMS}
        {teamsUrl && (
          <>
            {': '}
            <a className="govuk-link" href={teamsUrl} target="_blank" rel="noreferrer noopener">
              join the Teams meeting (opens in a new tab)
            </a>
          </>
        )}
      </>
    );
  }
  return <>{location ? `${MEETING_MODE_LABELS.IN_PERSON}: ${location}` : MEETING_MODE_LABELS.IN_PERSON}</>;
}
