import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { InsetText } from '../../../ui/InsetText';
import type { SelectOption } from '../../../ui/Select';
import { WarningText } from '../../../ui/WarningText';
import type { FieldErrors } from '../../app/utils/form-errors';
import { ObjectiveForm, type ObjectiveFormValues } from './ObjectiveForm';

type Props = {
  agencies: SelectOption[];
  initialValues: ObjectiveFormValues;
  /** The objective as saved, shown when asking whether to delete it. */
  savedText: string;
  caption: string;
  heading: (title: string) => ReactNode;
  cancel: ReactNode;
  onSave: (values: ObjectiveFormValues) => Promise<void>;
  onDelete: () => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  deleteProblems: string[];
  saving?: boolean;
  deleting?: boolean;
  onConfirmingChange?: (confirming: boolean) => void;
};

// Change an objective, or delete it once the person has said they are sure.
export function ObjectiveEditor(props: Props) {
  const [confirming, setConfirming] = useState(false);
  const cancelled = useRef(false);
  // Back from "Are you sure?", the keyboard continues from the button that asked the question.
  useEffect(() => {
    if (!confirming && cancelled.current) document.querySelector<HTMLButtonElement>('#delete-objective button')?.focus();
  }, [confirming]);
  const confirm = (next: boolean) => {
    cancelled.current = !next;
    setConfirming(next);
    props.onConfirmingChange?.(next);
  };

  if (confirming) {
    return (
      <>
        <ErrorSummary errors={props.deleteProblems.map((message) => ({ message }))} />
        <span className="govuk-caption-l">{props.caption}</span>
        <ConfirmStep
          title="Are you sure you want to delete this objective?"
          confirmText="Yes, delete objective"
          busy={props.deleting}
          onConfirm={() => void props.onDelete()}
          onCancel={() => confirm(false)}
        >
          <InsetText>
            <p className="govuk-body app-pre-wrap">{props.savedText}</p>
          </InsetText>
          <WarningText>The objective will be removed from the 4P plan. You cannot undo this.</WarningText>
        </ConfirmStep>
      </>
    );
  }
  return (
    <>
      <ObjectiveForm
        agencies={props.agencies}
        initialValues={props.initialValues}
        submitText="Save changes"
        heading={props.heading('Change an objective')}
        cancel={props.cancel}
        serverErrors={props.serverErrors}
        serverGeneral={props.serverGeneral}
        submitting={props.saving}
        onSubmit={props.onSave}
      />
      <h2 className="govuk-heading-m">Delete this objective</h2>
      <p className="govuk-body">Delete it if it was recorded in error or is no longer part of the plan.</p>
      <div id="delete-objective">
        <Button type="button" variant="warning" onClick={() => confirm(true)}>
          Delete objective
        </Button>
      </div>
    </>
  );
}
