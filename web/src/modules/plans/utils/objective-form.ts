import type { FourPStrand, TacticHeading } from '@sentinel/shared';
import type { ObjectiveFormValues } from '../components/ObjectiveForm';

type RecordedObjective = { strand: FourPStrand; objective: string; ownerAgency: { id: string }; tacticHeadings: readonly TacticHeading[] };

export function objectiveFormValues(o: RecordedObjective): ObjectiveFormValues {
  return { strand: o.strand, objective: o.objective, ownerAgencyId: o.ownerAgency.id, tacticHeadings: [...o.tacticHeadings] };
}

export function objectiveInput(v: ObjectiveFormValues) {
  return { strand: v.strand as FourPStrand, objective: v.objective.trim(), ownerAgencyId: v.ownerAgencyId, tacticHeadings: v.tacticHeadings };
}
