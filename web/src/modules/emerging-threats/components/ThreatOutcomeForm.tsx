import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { EMERGING_THREAT_OUTCOMES, EMERGING_THREAT_OUTCOME_LABELS, TEXT_LIMITS, tooLongProblem, type EmergingThreatOutcome } from '@sentinel/shared';
import { Button } from '../../../ui/Button';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { LoadFailed } from '../../app/components/StatusContent';
import { apiErrors } from '../../app/utils/api-errors';
import { RecordThreatOutcomeMutation } from '../graphql/record-threat-outcome.mutation';

type Props = { meetingId: string; threatId: string; title: string };

// What the meeting did about one emerging threat on the item being discussed.
export function ThreatOutcomeForm({ meetingId, threatId, title }: Props) {
  const [outcome, setOutcome] = useState<EmergingThreatOutcome | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [noteError, setNoteError] = useState('');
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState('');
  const [record, { loading }] = useMutation(RecordThreatOutcomeMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    setFailed('');
    const tooLong = tooLongProblem('Note', note.trim(), TEXT_LIMITS.threatOutcomeNote);
    setError(outcome ? '' : 'Select what the meeting did about this threat');
    setNoteError(tooLong ?? '');
    if (!outcome || tooLong) return;
    try {
      await record({ variables: { meetingId, threatId, outcome, note: note.trim() || null } });
      setMessage(`Outcome recorded: ${EMERGING_THREAT_OUTCOME_LABELS[outcome]}.`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The outcome was not recorded');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Outcome for ${title}`} className="app-subsection">
      <Radios
        id={`outcome-${threatId}`}
        legend={title}
        inline
        options={EMERGING_THREAT_OUTCOMES.map((o) => ({ value: o, label: EMERGING_THREAT_OUTCOME_LABELS[o] }))}
        value={outcome}
        onChange={(v) => setOutcome(v as EmergingThreatOutcome)}
        error={error}
      />
      <TextInput
        id={`outcome-note-${threatId}`}
        label="Note (optional)"
        value={note}
        onChange={setNote}
        error={noteError || undefined}
        maxLength={TEXT_LIMITS.threatOutcomeNote}
      />
      <Button disabled={loading}>
        Record outcome<span className="govuk-visually-hidden"> for {title}</span>
      </Button>
      <p className="govuk-body" role="status">
        {message}
      </p>
      {failed && <LoadFailed message={failed} />}
    </form>
  );
}
