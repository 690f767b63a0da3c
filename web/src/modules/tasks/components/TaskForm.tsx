import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  FOUR_P_LABELS,
  FOUR_P_STRANDS,
  LIMITS,
  TASK_PRIORITIES,
  TEXT_LIMITS,
  TASK_PRIORITY_LABELS,
  type FourPStrand,
  type TaskPriority,
} from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { GroupPicker } from '../../ocgs/components/GroupPicker';
import { MarkingRadios } from '../../records/components/MarkingRadios';
import { TaskOwnerOptionsQuery } from '../graphql/task-owner-options.query';
import { TASK_FORM_FIELDS, validateTaskForm, type TaskFormValues } from '../utils/task-form';
import { NamedNominalsWarning } from '../../free-text/components/NamedNominalsWarning';

type Props = {
  panelId: string;
  initial: TaskFormValues;
  agencies: SelectOption[];
  /** Whether a group can be linked (allocating); on an edit the group stays as it was and is only shown. */
  linkGroup?: boolean;
  groupLabel?: string;
  onSubmit: (values: TaskFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  submitText: string;
  cancel?: ReactNode;
};

function useOwnerOptions(panelId: string, agencyId: string): SelectOption[] {
  const { data } = useQuery(TaskOwnerOptionsQuery, { variables: { panelId, agencyId }, skip: !agencyId });
  return (data?.members.nodes ?? []).map((m) => ({ value: m.userId, label: m.name }));
}

export function TaskForm({ panelId, initial, agencies, linkGroup, groupLabel, heading, submitText, cancel, ...props }: Props) {
  const form = useForm({ initial, validate: (v: TaskFormValues) => validateTaskForm(v, initial.dueOn), ...props });
  const { values, set, errors } = form;
  const owners = useOwnerOptions(panelId, values.agencyId);
  // A named owner belongs to the allocated agency, so choosing another agency clears the owner.
  const setAgency = (agencyId: string) => form.setValues((v) => ({ ...v, agencyId, ownerUserId: '' }));
  const ownerOptions = [{ value: '', label: 'No named owner: the agency decides' }, ...owners];
  if (values.ownerUserId && !owners.some((o) => o.value === values.ownerUserId))
    ownerOptions.push({ value: values.ownerUserId, label: 'Current owner' });
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, TASK_FORM_FIELDS, form.general)} />
      {heading}
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="title"
          label="Title"
          hint="What is to be done, in a few words"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          maxLength={LIMITS.nameLength}
        />
        <Textarea
          id="description"
          label="Description"
          hint="Optional. What the agency needs to know to act"
          value={values.description}
          onChange={set('description')}
          error={errors.description}
          rows={4}
          maxLength={TEXT_LIMITS.taskDescription}
        />
        <NamedNominalsWarning texts={[values.title, values.description]} />
        <Select
          id="agencyId"
          label="Agency"
          hint="The agency best placed to act"
          value={values.agencyId}
          options={[{ value: '', label: 'Select an agency' }, ...agencies]}
          onChange={setAgency}
          error={errors.agencyId}
        />
        <Select
          id="ownerUserId"
          label="Owner (optional)"
          hint={values.agencyId ? 'A named person from that agency' : 'Select the agency first'}
          value={values.ownerUserId}
          options={ownerOptions}
          onChange={set('ownerUserId')}
          error={errors.ownerUserId}
        />
        {linkGroup ? (
          <GroupPicker
            id="ocgId"
            panelId={panelId}
            hint="Optional. The organised crime group the task is about: type part of its reference or name, such as OCG-0042 or Larch"
            noneLabel="Not linked to a group"
            value={values.ocgId}
            onChange={set('ocgId')}
            error={errors.ocgId}
          />
        ) : (
          <p className="govuk-body">
            <span className="govuk-!-font-weight-bold">Linked group:</span> {groupLabel ?? 'Not linked to a group'}
          </p>
        )}
        <DateField
          id="dueOn"
          label="Due date"
          hint="Optional. Year, month and day, for example 2026-03-31"
          value={values.dueOn}
          onChange={set('dueOn')}
          error={errors.dueOn}
        />
        <Radios
          id="priority"
          legend="Priority"
          inline
          options={TASK_PRIORITIES.map((p) => ({ value: p, label: TASK_PRIORITY_LABELS[p] }))}
          value={values.priority}
          onChange={(v) => set('priority')(v as TaskPriority)}
          error={errors.priority}
        />
        <Select
          id="strand"
          label="4P strand"
          value={values.strand}
          options={[{ value: '', label: 'Not set' }, ...FOUR_P_STRANDS.map((s) => ({ value: s, label: FOUR_P_LABELS[s] }))]}
          onChange={(v) => set('strand')(v as FourPStrand | '')}
          error={errors.strand}
        />
        <MarkingRadios value={values.gscMarking} onChange={set('gscMarking')} error={errors.gscMarking} />
        <ButtonGroup>
          <Button disabled={props.submitting}>{submitText}</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
