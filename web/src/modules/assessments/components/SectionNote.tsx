import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { TEXT_LIMITS, tooLongProblem } from '@sentinel/shared';
import { Textarea } from '../../../ui/Textarea';
import { apiErrors } from '../../app/utils/api-errors';
import { AnnotateAssessmentMutation } from '../graphql/annotate-assessment.mutation';

type Props = { assessmentId: string; version: number; section: string; title: string; text: string };

/** The chair's note on one section of a draft, saved on its own so a long note is never lost to another's save. */
export function SectionNote({ assessmentId, version, section, title, text }: Props) {
  const [value, setValue] = useState(text);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const [annotate, { loading }] = useMutation(AnnotateAssessmentMutation);
  const save = async () => {
    setSaved('');
    const tooLong = tooLongProblem('Note', value, TEXT_LIMITS.assessmentNote);
    setError(tooLong ?? '');
    if (tooLong) return;
    try {
      await annotate({ variables: { input: { id: assessmentId, version, section, text: value } } });
      setSaved(`Note on “${title}” saved.`);
    } catch (e) {
      setError(apiErrors(e)[0]?.message ?? 'The note could not be saved');
    }
  };
  return (
    <div className="govuk-!-margin-bottom-6">
      <Textarea
        id={`note-${section}`}
        label={`Chair’s note on ${title.toLowerCase()}`}
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
