import { TEXT_LIMITS, tooLongProblem, type DisruptionImpact, type FourPStrand, type GscMarking, type TacticHeading } from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';
import { AMOUNT_OUTCOMES, COUNT_OUTCOMES, type AmountOutcome, type CountOutcome } from './outcomes';

type CountKey = CountOutcome | AmountOutcome;

export type DrugRow = { type: string; kg: string };

export type DisruptionFormValues = {
  occurredOn: string;
  agencyId: string;
  strand: FourPStrand | '';
  tacticHeading: TacticHeading | '';
  description: string;
  impact: DisruptionImpact | '';
  rationale: string;
  outcomes: Record<string, string>;
  drugs: DrugRow[];
  gscMarking: GscMarking;
};

export const DISRUPTION_FIELDS = ['occurredOn', 'agencyId', 'strand', 'tacticHeading', 'description', 'impact', 'rationale'];

export function emptyDisruptionForm(today = new Date().toISOString().slice(0, 10)): DisruptionFormValues {
  return {
    occurredOn: today,
    agencyId: '',
    strand: '',
    tacticHeading: '',
    description: '',
    impact: '',
    rationale: '',
    outcomes: {},
    drugs: [],
    gscMarking: 'OFFICIAL_SENSITIVE',
  };
}

const outcomeId = (key: string) => `outcome-${key}`;
export { outcomeId };

export function validateDisruptionForm(v: DisruptionFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(v.occurredOn.trim())) errors.occurredOn = 'Enter the date as year-month-day, for example 2026-03-31';
  if (!v.strand) errors.strand = 'Select the 4P strand';
  if (!v.tacticHeading) errors.tacticHeading = 'Select the menu-of-tactics heading';
  const description = v.description.trim()
    ? tooLongProblem('What was done', v.description.trim(), TEXT_LIMITS.disruptionDescription)
    : 'Enter what was done';
  if (description) errors.description = description;
  if (!v.impact) errors.impact = 'Select the impact on the group';
  // No national definition of the levels exists: the assessing agency's reasons are what make the level mean something.
  const rationale = v.rationale.trim()
    ? tooLongProblem('The rationale', v.rationale.trim(), TEXT_LIMITS.disruptionRationale)
    : 'Enter the rationale for the impact level';
  if (rationale) errors.rationale = rationale;
  for (const [key, label] of COUNT_OUTCOMES) {
    const raw = (v.outcomes[key] ?? '').trim();
    if (raw && !/^\d+$/.test(raw)) errors[outcomeId(key)] = `${label} must be a whole number, 0 or more`;
  }
  for (const [key, label] of AMOUNT_OUTCOMES) {
    const raw = (v.outcomes[key] ?? '').trim();
    if (raw && !(Number(raw) >= 0)) errors[outcomeId(key)] = `${label} must be a number, 0 or more`;
  }
  v.drugs.forEach((d, i) => {
    if (!d.type.trim() && !d.kg.trim()) return;
    if (!d.type.trim()) errors[`drug-${i}-type`] = `Enter the type of drug in row ${i + 1}`;
    if (!(Number(d.kg) > 0)) errors[`drug-${i}-kg`] = `Enter the weight in kilograms in row ${i + 1}`;
  });
  return errors;
}

export function disruptionInput(ocgId: string, v: DisruptionFormValues) {
  return { ocgId, ...disruptionFields(v) };
}

function disruptionFields(v: DisruptionFormValues) {
  const num = (key: string) => Number((v.outcomes[key] ?? '').trim() || 0);
  const outcomes = Object.fromEntries([...COUNT_OUTCOMES, ...AMOUNT_OUTCOMES].map(([key]) => [key, num(key)]));
  return {
    occurredOn: v.occurredOn.trim(),
    agencyId: v.agencyId || null,
    strand: v.strand as FourPStrand,
    tacticHeading: v.tacticHeading as TacticHeading,
    description: v.description.trim(),
    impact: v.impact as DisruptionImpact,
    rationale: v.rationale.trim(),
    outcomes: {
      ...(outcomes as Record<CountKey, number>),
      drugsSeized: v.drugs.filter((d) => d.type.trim()).map((d) => ({ type: d.type.trim(), kg: Number(d.kg) })),
    },
    gscMarking: v.gscMarking,
  };
}

type RecordedDisruption = {
  occurredOn: string;
  agency: { id: string };
  strand: FourPStrand;
  tacticHeading: TacticHeading;
  description: string;
  impact: DisruptionImpact;
  rationale: string;
  gscMarking: GscMarking;
  outcomes: Record<CountKey, number> & { drugsSeized: ReadonlyArray<{ type: string; kg: number }> };
};

// A recorded disruption as the form shows it: a nought is left blank, as on a new entry.
export function disruptionFormValues(d: RecordedDisruption): DisruptionFormValues {
  const outcomes = Object.fromEntries(
    [...COUNT_OUTCOMES, ...AMOUNT_OUTCOMES].filter(([key]) => d.outcomes[key] > 0).map(([key]) => [key, String(d.outcomes[key])]),
  );
  return {
    occurredOn: d.occurredOn,
    agencyId: d.agency.id,
    strand: d.strand,
    tacticHeading: d.tacticHeading,
    description: d.description,
    impact: d.impact,
    rationale: d.rationale,
    outcomes,
    drugs: d.outcomes.drugsSeized.map((x) => ({ type: x.type, kg: String(x.kg) })),
    gscMarking: d.gscMarking,
  };
}

// A correction keeps the group and the nominals involved: the form does not show them, so they are sent back as they were.
export function disruptionUpdateInput(id: string, version: number, nominalIds: string[], v: DisruptionFormValues) {
  return { ...disruptionFields(v), id, version, nominalIds };
}
