import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { REVIEW_DECISION_DONE, REVIEW_RATIONALE_MAX, reviewDecisionsFor, type ReviewDecision, type ReviewSubjectKind } from '@sentinel/shared';
import type { RecordReviewDueFieldsFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { DateField, isIsoDate } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { WarningText } from '../../../ui/WarningText';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { useServerErrors } from '../../agencies/components/useAgencyFormErrors';
import { ReviewRecordMutation } from '../graphql/review-record.mutation';

const FIELDS = ['decision', 'nextReviewOn', 'rationale'];
const OPTIONS: Record<ReviewDecision, { label: string; hint: string }> = {
  RETAIN: { label: 'Retain', hint: 'It is still needed for a policing purpose: set the next review date' },
  ARCHIVE: { label: 'Archive', hint: 'Kept, but out of active use and out of the review queue' },
  DISPOSE: { label: 'Dispose of', hint: 'Their record, the intelligence on them and their links are erased' },
};

/** Validates the decision as the API will, so that most mistakes are caught before the request. */
export function validateReviewDecision(input: { decision: string; nextReviewOn: string; rationale: string }, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.decision) errors.decision = 'Choose what to do with the record';
  if (input.decision === 'RETAIN') {
    if (!input.nextReviewOn) errors.nextReviewOn = 'Enter the next review date';
    else if (!isIsoDate(input.nextReviewOn)) errors.nextReviewOn = 'Enter the next review date as a real date, for example 2027-12-31';
    else if (input.nextReviewOn <= today) errors.nextReviewOn = 'The next review date must be in the future';
  }
  if (!input.rationale.trim()) errors.rationale = 'Enter the reason for the decision';
  else if (input.rationale.length > REVIEW_RATIONALE_MAX) errors.rationale = `The reason must be ${REVIEW_RATIONALE_MAX} characters or fewer`;
  return errors;
}

/** The decision on one record: retain (with the next date), archive, or dispose of a nominal after a confirm step. */
export function ReviewDecisionForm({ item, today }: { item: RecordReviewDueFieldsFragment; today: string }) {
  const navigate = useNavigate();
  const [decision, setDecision] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [rationale, setRationale] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const server = useServerErrors(FIELDS);
  const [review, { loading }] = useMutation(ReviewRecordMutation);
  const errors = Object.keys(clientErrors).length ? clientErrors : server.fieldErrors;

  const send = async () => {
    try {
      const chosen = decision as ReviewDecision;
      await review({
        variables: {
          input: {
            kind: item.kind,
            id: item.id,
            version: item.version,
            decision: chosen,
            rationale,
            nextReviewOn: chosen === 'RETAIN' ? nextReviewOn : null,
          },
        },
        refetchQueries: ['RecordReviewsDue', 'RecordReviewsDueCount', 'RecordReviews'],
      });
      await navigate('/reviews', { state: { done: `${item.reference} ${REVIEW_DECISION_DONE[chosen]}` } });
    } catch (error) {
      setConfirming(false);
      server.show(error);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    server.clear();
    const found = validateReviewDecision({ decision, nextReviewOn, rationale }, today);
    setClientErrors(found);
    if (Object.keys(found).length) return;
    if (decision === 'DISPOSE') setConfirming(true);
    else await send();
  };

  if (confirming) {
    return (
      <ConfirmStep
        title={`Dispose of ${item.reference}, ${item.name}?`}
        confirmText="Dispose of the record"
        busy={loading}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        <WarningText>
          Their record, the intelligence recorded on them, their links to groups, vehicles, places and disruptions, and the details the audit trail
          held of them are erased for good. Tasks about them are kept without their name. This cannot be undone.
        </WarningText>
        <p className="govuk-body">
          The erasure record keeps the reference, your reason and when the panel first held them, so the outcome figures stay right.
        </p>
      </ConfirmStep>
    );
  }

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, FIELDS, Object.keys(clientErrors).length ? [] : server.general)} />
      <form onSubmit={submit} noValidate>
        <Radios
          id="decision"
          legend="What should happen to the record?"
          options={reviewDecisionsFor(item.kind as ReviewSubjectKind).map((d) => ({ value: d, ...OPTIONS[d] }))}
          value={decision}
          onChange={setDecision}
          error={errors.decision}
          hint={item.kind === 'OCG' ? 'A group carries the panel’s outcome figures, so it is archived rather than disposed of.' : undefined}
        />
        {decision === 'RETAIN' && (
          <DateField id="nextReviewOn" label="Next review date" value={nextReviewOn} onChange={setNextReviewOn} error={errors.nextReviewOn} />
        )}
        <Textarea
          id="rationale"
          label="Reason for the decision"
          hint="Say why the record is still needed, or why not. Name no one: the reason is kept after a disposal."
          value={rationale}
          onChange={setRationale}
          error={errors.rationale}
          maxLength={REVIEW_RATIONALE_MAX}
          rows={4}
        />
        <Button disabled={loading}>Record the decision</Button>
      </form>
    </>
  );
}
