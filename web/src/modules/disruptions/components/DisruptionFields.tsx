import {
  TEXT_LIMITS,
  DISRUPTION_IMPACTS,
  DISRUPTION_IMPACT_LABELS,
  FOUR_P_LABELS,
  FOUR_P_STRANDS,
  TACTIC_HEADINGS,
  TACTIC_HEADING_LABELS,
  type DisruptionImpact,
  type FourPStrand,
  type TacticHeading,
} from '@sentinel/shared';
import { DateField } from '../../../ui/DateField';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import type { FieldErrors } from '../../app/utils/form-errors';
import { MarkingRadios } from '../../records/components/MarkingRadios';
import type { DisruptionFormValues } from '../utils/disruption-form';
import { OutcomeFields } from './OutcomeFields';
import { NamedNominalsWarning } from '../../free-text/components/NamedNominalsWarning';

const IMPACT_HINTS: Partial<Record<DisruptionImpact, string>> = { NEGATIVE: 'The intervention left the group stronger' };

type Props = {
  values: DisruptionFormValues;
  set: <K extends keyof DisruptionFormValues>(field: K) => (value: DisruptionFormValues[K]) => void;
  errors: FieldErrors;
  /** Without agencies there is no choice to make: the API records the acting agency itself. */
  agencies?: SelectOption[];
};

// The fields of a disruption, shared by the ledger's own form and a task's completion.
export function DisruptionFields({ values, set, errors, agencies }: Props) {
  return (
    <>
      <DateField id="occurredOn" label="Date of the disruption" value={values.occurredOn} onChange={set('occurredOn')} error={errors.occurredOn} />
      {agencies && (
        <Select
          id="agencyId"
          label="Agency that acted"
          value={values.agencyId}
          options={[{ value: '', label: 'My agency' }, ...agencies]}
          onChange={set('agencyId')}
          error={errors.agencyId}
        />
      )}
      <Radios
        id="strand"
        legend="4P strand"
        inline
        options={FOUR_P_STRANDS.map((s) => ({ value: s, label: FOUR_P_LABELS[s] }))}
        value={values.strand}
        onChange={(v) => set('strand')(v as FourPStrand)}
        error={errors.strand}
      />
      <Radios
        id="tacticHeading"
        legend="Menu-of-tactics heading"
        options={TACTIC_HEADINGS.map((h) => ({ value: h, label: TACTIC_HEADING_LABELS[h] }))}
        value={values.tacticHeading}
        onChange={(v) => set('tacticHeading')(v as TacticHeading)}
        error={errors.tacticHeading}
      />
      <Textarea
        id="description"
        label="What was done"
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        rows={4}
        maxLength={TEXT_LIMITS.disruptionDescription}
      />
      <Radios
        id="impact"
        legend="Impact on the group"
        options={DISRUPTION_IMPACTS.map((i) => ({ value: i, label: DISRUPTION_IMPACT_LABELS[i], hint: IMPACT_HINTS[i] }))}
        value={values.impact}
        onChange={(v) => set('impact')(v as DisruptionImpact)}
        error={errors.impact}
      />
      <Textarea
        id="rationale"
        label="Rationale for the impact level"
        hint="Why your agency assesses the impact at this level. There are no national definitions, so the reasons matter."
        value={values.rationale}
        onChange={set('rationale')}
        error={errors.rationale}
        rows={4}
        maxLength={TEXT_LIMITS.disruptionRationale}
      />
      <NamedNominalsWarning texts={[values.description, values.rationale]} />
      <OutcomeFields outcomes={values.outcomes} onOutcomes={set('outcomes')} drugs={values.drugs} onDrugs={set('drugs')} errors={errors} />
      <MarkingRadios value={values.gscMarking} onChange={set('gscMarking')} error={errors.gscMarking} />
    </>
  );
}
