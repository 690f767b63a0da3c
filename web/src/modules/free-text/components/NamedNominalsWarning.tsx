import { useQuery } from '@apollo/client/react';
import { PERMISSIONS } from '@sentinel/shared';
import { WarningText } from '../../../ui/WarningText';
import { holds, useViewerIfAny } from '../../app/viewer-context';
import { useDebouncedValue } from '../../search/components/useDebouncedValue';
import { NominalsNamedInQuery } from '../graphql/nominals-named-in.query';

type Props = { texts: readonly (string | null | undefined)[] };

/**
 * Warns the writer of free text (a group's name, a task, a disruption) that it names a nominal of the panel:
 * agencies without cover for personal data, and observers, will read it with the name masked. Shown only to those
 * who may read the names themselves; nothing is asked of anyone else.
 */
export function NamedNominalsWarning({ texts }: Props) {
  const membership = useViewerIfAny()?.membership ?? null;
  if (!membership || !holds(membership, PERMISSIONS.PERSONAL_DATA_READ)) return null;
  return <Named panelId={membership.panelId} texts={texts} />;
}

/** Asked once the writer pauses. */
function Named({ panelId, texts }: Props & { panelId: string }) {
  const text = useDebouncedValue(texts.filter(Boolean).join('\n').trim(), 600);
  const { data } = useQuery(NominalsNamedInQuery, { variables: { panelId, text }, skip: text.length < 2 });
  const named = text.length < 2 ? [] : (data?.nominalsNamedIn ?? []);
  const who = named.map((n) => `${n.displayName} (${n.reference})`).join(', ');
  // The live region is there before the warning, so that a screen reader announces the warning when it comes.
  return (
    <div aria-live="polite">
      {named.length > 0 && (
        <WarningText>{`This names ${named.length === 1 ? 'a nominal' : `${named.length} nominals`}: ${who}. Agencies without an information-sharing agreement that covers personal data, and observers, will read “[name withheld]” in its place.`}</WarningText>
      )}
    </div>
  );
}
