import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { WarningText } from '../../../ui/WarningText';
import { holds, useViewer } from '../../app/viewer-context';
import { useDebouncedValue } from '../../search/components/useDebouncedValue';
import { NominalsNamedInQuery } from '../graphql/nominals-named-in.query';

/**
 * Warns the writer of free text (a group's name, a task, a disruption) that it names a nominal of the panel:
 * agencies without cover for personal data, and observers, will read it with the name masked. Shown only to those
 * who may read the names themselves; asked once the writer pauses.
 */
export function NamedNominalsWarning({ texts }: { texts: readonly (string | null | undefined)[] }) {
  const { membership } = useViewer();
  const text = useDebouncedValue(texts.filter(Boolean).join('\n').trim(), 600);
  const may = holds(membership, PERMISSIONS.PERSONAL_DATA_READ);
  const { data } = useQuery(NominalsNamedInQuery, {
    variables: { panelId: membership?.panelId ?? '', text },
    skip: !may || !membership || text.length < 2,
  });
  const named = text.length < 2 ? [] : (data?.nominalsNamedIn ?? []);
  if (!may || named.length === 0) return null;
  const who = named.map((n) => `${n.displayName} (${n.reference})`).join(', ');
  return (
    <div aria-live="polite">
      <WarningText>{`This names ${named.length === 1 ? 'a nominal' : `${named.length} nominals`}: ${who}. Agencies without an information-sharing agreement that covers personal data, and observers, will read “[name withheld]” in its place.`}</WarningText>
    </div>
  );
}
