import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import type { HitCheckFieldsFragment } from '../../../gql/graphql';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { AnswerHitCheckMutation } from '../graphql/answer-hit-check.mutation';
import { HitCheckDetails } from './HitCheckDetails';
import { subjectKindLabel } from './HitCheckSummary';

const DETAIL_MAX = 2000;
type Answer = { hit: string; detail: string };

/** The agency's answer for each subject: hit or no hit, and what it holds where it does. */
export function HitCheckAnswerForm({ check }: { check: HitCheckFieldsFragment }) {
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(
      check.subjects.map((s) => [s.id, { hit: s.yourAnswer === null ? '' : s.yourAnswer ? 'HIT' : 'NO_HIT', detail: s.yourDetail ?? '' }]),
    ),
  );
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const fields = check.subjects.flatMap((s) => [`subject-${s.id}`, `detail-${s.id}`]);
  const server = useServerErrors(fields);
  const [answer, { loading }] = useMutation(AnswerHitCheckMutation);
  const errors = Object.keys(clientErrors).length ? clientErrors : server.fieldErrors;
  const set = (id: string, change: Partial<Answer>) => setAnswers((a) => ({ ...a, [id]: { ...a[id], ...change } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    server.clear();
    const found: FieldErrors = {};
    const given = check.subjects.filter((s) => answers[s.id].hit);
    if (!given.length) found[`subject-${check.subjects[0].id}`] = 'Say whether your agency holds anything on at least one subject';
    for (const s of given) {
      if (answers[s.id].detail.length > DETAIL_MAX) found[`detail-${s.id}`] = `What your agency holds must be ${DETAIL_MAX} characters or fewer`;
    }
    setClientErrors(found);
    if (Object.keys(found).length) return;
    try {
      await answer({
        variables: {
          input: {
            checkId: check.id,
            answers: given.map((s) => ({
              subjectId: s.id,
              hit: answers[s.id].hit === 'HIT',
              detail: answers[s.id].hit === 'HIT' ? answers[s.id].detail.trim() || null : null,
            })),
          },
        },
      });
      setSaved(true);
    } catch (error) {
      server.show(error);
    }
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, fields, Object.keys(clientErrors).length ? [] : server.general)} />
      {saved && <NotificationBanner success heading="Your agency’s answers have been sent" />}
      <form onSubmit={submit} noValidate>
        {check.subjects.map((s) => (
          <div key={s.id} className="app-section">
            <Radios
              id={`subject-${s.id}`}
              legend={`${s.reference} (${subjectKindLabel(s.kind).toLowerCase()})`}
              hint={s.heldBy.length ? `Held by ${s.heldBy.join(', ')}` : undefined}
              options={[
                { value: 'HIT', label: 'Hit: my agency holds something' },
                { value: 'NO_HIT', label: 'No hit: my agency holds nothing' },
              ]}
              value={answers[s.id].hit}
              onChange={(hit) => set(s.id, { hit })}
              error={errors[`subject-${s.id}`]}
              inline
            />
            {answers[s.id].hit === 'HIT' && (
              <Textarea
                id={`detail-${s.id}`}
                label={`What your agency holds on ${s.reference} (optional)`}
                hint="Only the other agencies that hold something on it will see this"
                value={answers[s.id].detail}
                onChange={(detail) => set(s.id, { detail })}
                error={errors[`detail-${s.id}`]}
                maxLength={DETAIL_MAX}
                rows={3}
              />
            )}
            {s.detailsOpen && <HitCheckDetails subjectId={s.id} reference={s.reference} />}
          </div>
        ))}
        <Button disabled={loading}>Send your agency’s answers</Button>
      </form>
    </>
  );
}
