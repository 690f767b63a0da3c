import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { assessmentNoteLabel, TEXT_LIMITS, tooLongProblem, type AssessmentSection } from '@sentinel/shared';
import { getFragmentData } from '../../../gql';
import { Textarea } from '../../../ui/Textarea';
import { useConflict, useOpenedVersion } from '../../app/useConflict';
import { apiErrors } from '../../app/utils/api-errors';
import { AssessmentFieldsFragment } from '../graphql/assessment.fragment';
import { AnnotateAssessmentMutation } from '../graphql/annotate-assessment.mutation';

type Props = {
  assessmentId: string;
  /** The draft's edit version as the page has it: the note is saved against the one it opened with. */
  editVersion: number;
  section: AssessmentSection;
  title: string;
  /** The note as saved, read again after a CONFLICT. */
  text: string;
  /** Reads the draft again, answering its newer edit version. */
  reload: () => Promise<number | undefined>;
};

/**
 * The chair's note on one section of a draft, saved on its own so a long note is never lost to another's save: only
 * a change to this section's note meanwhile is a CONFLICT, and then the note typed stays beside the one saved.
 */
export function SectionNote({ assessmentId, editVersion, section, title, text, reload }: Props) {
  const [value, setValue] = useState(text);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const version = useOpenedVersion(editVersion);
  const conflict = useConflict<Record<string, string>>('Assessment');
  const [annotate, { loading }] = useMutation(AnnotateAssessmentMutation);
  const save = async () => {
    setSaved('');
    const tooLong = tooLongProblem('Note', value, TEXT_LIMITS.assessmentNote);
    setError(tooLong ?? '');
    if (tooLong) return;
    try {
      const { data } = await annotate({ variables: { input: { id: assessmentId, editVersion: version.current(), section, text: value } } });
      version.moveTo(data ? getFragmentData(AssessmentFieldsFragment, data.annotateAssessment).editVersion : undefined);
      conflict.clear();
      setSaved(`Note on “${title}” saved.`);
    } catch (e) {
      setError(apiErrors(e)[0]?.message ?? 'The note could not be saved');
      await conflict.caught(e, { [section]: value }, async () => version.moveTo(await reload()));
    }
  };
  return (
    <div className="govuk-!-margin-bottom-6">
      {conflict.review({ [section]: text })}
      <Textarea
        id={`note-${section}`}
        label={assessmentNoteLabel(section)}
        value={value}
        onChange={setValue}
        maxLength={TEXT_LIMITS.assessmentNote}
        error={error || undefined}
      />
      <button type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={save}>
        Save note<span className="govuk-visually-hidden"> on {title.toLowerCase()}</span>
      </button>
      <p className="govuk-body" role="status">
        {saved}
      </p>
    </div>
  );
}
