import { useState, type ReactNode } from 'react';
import type { NominalRole } from '@sentinel/shared';
import { Radios } from '../../../ui/Radios';
import type { FieldErrors } from '../../app/utils/form-errors';
import { EMPTY_NOMINAL_FORM, type NominalFormValues } from '../utils/nominal-form';
import { ExistingNominalForm } from './ExistingNominalForm';
import { NominalForm } from './NominalForm';

export type AddNominalMode = 'existing' | 'new';
type ServerAnswer = { fieldErrors: FieldErrors; general: string[] };

type Props = {
  panelId: string;
  memberIds: readonly string[];
  caption: string;
  cancel: ReactNode;
  onCreate: (values: NominalFormValues) => Promise<void>;
  onAddExisting: (values: { nominalId: string; role: NominalRole }) => Promise<void>;
  createErrors: ServerAnswer;
  existingErrors: ServerAnswer;
  submitting: boolean;
  onModeChange?: (mode: AddNominalMode) => void;
};

const MODES = [
  { value: 'existing', label: 'Someone already recorded', hint: 'They are on record for this panel, perhaps in another group' },
  { value: 'new', label: 'Someone new' },
];

// One person may be in several groups: looking them up first avoids recording them twice. Nothing is chosen at
// first (GOV.UK: never pre-select a radio), so the form appears once the person says which it is.
export function AddNominalChoice(props: Props) {
  const [mode, setMode] = useState<AddNominalMode | null>(null);
  const heading = (
    <>
      <span className="govuk-caption-l">{props.caption}</span>
      <h1 className="govuk-heading-l">Add a nominal</h1>
      <Radios
        id="who"
        legend="Who are you adding?"
        options={MODES}
        value={mode ?? ''}
        onChange={(v) => {
          setMode(v as AddNominalMode);
          props.onModeChange?.(v as AddNominalMode);
        }}
      />
    </>
  );
  if (mode === null) return <div>{heading}</div>;
  return mode === 'existing' ? (
    <ExistingNominalForm
      panelId={props.panelId}
      memberIds={props.memberIds}
      onSubmit={props.onAddExisting}
      serverErrors={props.existingErrors.fieldErrors}
      serverGeneral={props.existingErrors.general}
      submitting={props.submitting}
      heading={heading}
      cancel={props.cancel}
    />
  ) : (
    <NominalForm
      initialValues={EMPTY_NOMINAL_FORM}
      withRole
      submitText="Add nominal"
      onSubmit={props.onCreate}
      serverErrors={props.createErrors.fieldErrors}
      serverGeneral={props.createErrors.general}
      submitting={props.submitting}
      heading={heading}
      cancel={props.cancel}
    />
  );
}
