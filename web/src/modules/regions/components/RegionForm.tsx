import { useState, type FormEvent, type ReactNode } from 'react';
import { REGION_KIND_LABELS, REGION_KINDS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';

export type RegionFormValues = { name: string; kind: string; panelIds: string[] };

/** The inputs' ids, named after the API's fields, in the order they appear. */
export const REGION_FORM_FIELDS = ['name', 'kind', 'panelIds'];

export const REGION_NAME_MAX = 120;

export function validateRegionForm(values: RegionFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (name.length < 2) errors.name = 'Enter the name of the region';
  else if (name.length > REGION_NAME_MAX) errors.name = `Name must be ${REGION_NAME_MAX} characters or fewer`;
  if (!values.kind) errors.kind = 'Choose whether this is a regional or a national unit';
  return errors;
}

type Props = {
  heading: string;
  initial: RegionFormValues;
  panels: { id: string; name: string; forceName: string }[];
  submitLabel: string;
  onSubmit: (values: RegionFormValues) => Promise<void>;
  serverErrors: FieldErrors;
  serverGeneral: string[];
  submitting: boolean;
  cancel: ReactNode;
};

/** A region's name, kind and panels: created or changed by the system administrator. */
export function RegionForm({ heading, initial, panels, submitLabel, onSubmit, serverErrors, serverGeneral, submitting, cancel }: Props) {
  const [values, setValues] = useState<RegionFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : serverErrors;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateRegionForm(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, REGION_FORM_FIELDS, useClient ? [] : serverGeneral)} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="Name"
          hint="For example, North East Regional Organised Crime Unit"
          value={values.name}
          onChange={(name) => setValues((v) => ({ ...v, name }))}
          error={errors.name}
          maxLength={REGION_NAME_MAX}
        />
        <Radios
          id="kind"
          legend="Kind of unit"
          options={REGION_KINDS.map((k) => ({ value: k, label: REGION_KIND_LABELS[k] }))}
          value={values.kind}
          onChange={(kind) => setValues((v) => ({ ...v, kind }))}
          error={errors.kind}
        />
        <Checkboxes
          id="panelIds"
          legend="Panels it covers"
          hint="Its analysts see these panels' figures in aggregate, never their records"
          options={panels.map((p) => ({ value: p.id, label: p.name, hint: p.forceName }))}
          values={values.panelIds}
          onChange={(panelIds) => setValues((v) => ({ ...v, panelIds }))}
          error={errors.panelIds}
        />
        <ButtonGroup>
          <Button disabled={submitting}>{submitLabel}</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
