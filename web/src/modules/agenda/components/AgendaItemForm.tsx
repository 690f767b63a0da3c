import { useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { OfficerOptionsQuery } from '../../ocgs/graphql/member-options.query';
import { AGENDA_ITEM_FIELDS, validateAgendaItemForm, type AgendaItemFormValues } from '../utils/agenda-item-form';

type Props = {
  panelId: string;
  heading: string;
  idPrefix: string;
  initial: AgendaItemFormValues;
  submitText: string;
  onSubmit: (values: AgendaItemFormValues) => Promise<void>;
  onCancel: () => void;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  /** Shown under the heading: the conflict review after a stale save. */
  review?: ReactNode;
};

/** Who may present an item and the agencies it may be restricted to, as the form offers them. */
export function useAgendaItemOptions(panelId: string) {
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  const members = useQuery(OfficerOptionsQuery, { variables: { panelId } });
  const agencyOptions = (agencies.data?.agencies.nodes ?? []).map((a) => ({ value: a.id, label: a.name }));
  const presenterOptions = [
    { value: '', label: 'No presenter' },
    ...(members.data?.members.nodes ?? []).map((m) => ({ value: `user:${m.userId}`, label: `${m.name} (${m.agency?.name ?? 'no agency'})` })),
    ...agencyOptions.map((a) => ({ value: `agency:${a.value}`, label: `${a.label} (agency)` })),
  ];
  return { agencyOptions, presenterOptions };
}

// Add or edit one agenda item. Field ids carry a prefix: several items' forms never share a page, but the
// add form and an item's form could.
export function AgendaItemForm({ panelId, heading, idPrefix, initial, submitText, onCancel, submitting, review, ...props }: Props) {
  const form = useForm({ initial, validate: validateAgendaItemForm, ...props });
  const { values, set } = form;
  const { agencyOptions, presenterOptions } = useAgendaItemOptions(panelId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const id = (field: string) => `${idPrefix}${field}`;
  const errors = Object.fromEntries(Object.entries(form.errors).map(([k, v]) => [id(k), v]));
  return (
    <div className="app-agenda-form">
      <ErrorSummary errors={summaryItems(errors, AGENDA_ITEM_FIELDS.map(id), form.general)} />
      <h3 ref={headingRef} tabIndex={-1} className="govuk-heading-s">
        {heading}
      </h3>
      {review}
      <form onSubmit={form.submit} noValidate aria-label={heading}>
        <TextInput
          id={id('title')}
          label="Title"
          value={values.title}
          onChange={set('title')}
          error={errors[id('title')]}
          maxLength={LIMITS.nameLength}
        />
        <TextInput
          id={id('minutesAllocated')}
          label="Minutes allocated"
          value={values.minutesAllocated}
          onChange={set('minutesAllocated')}
          error={errors[id('minutesAllocated')]}
          widthClass="govuk-input--width-3"
          inputMode="numeric"
        />
        <Select
          id={id('presenter')}
          label="Presenter"
          hint="A member of the panel, or an agency"
          value={values.presenter}
          options={presenterOptions}
          onChange={set('presenter')}
          error={errors[id('presenter')]}
        />
        <Checkboxes
          id={id('restrictedTo')}
          legend="Restricted to"
          hint="Leave all unticked for everyone on the panel. Those running the meeting always see the item"
          options={agencyOptions}
          values={values.restrictedTo}
          onChange={set('restrictedTo')}
          error={errors[id('restrictedTo')]}
        />
        <ButtonGroup>
          <Button disabled={submitting}>{submitText}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
