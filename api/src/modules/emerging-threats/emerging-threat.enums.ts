import { registerEnumType } from '@nestjs/graphql';
import { EMERGING_THREAT_OUTCOMES, EMERGING_THREAT_STATUSES } from '@sentinel/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const EmergingThreatStatusEnum = enumObject(EMERGING_THREAT_STATUSES);
export const EmergingThreatOutcomeEnum = enumObject(EMERGING_THREAT_OUTCOMES);

registerEnumType(EmergingThreatStatusEnum, {
  name: 'EmergingThreatStatus',
  description: 'Raised, on an agenda, or the outcome of the last meeting that covered it',
});
registerEnumType(EmergingThreatOutcomeEnum, { name: 'EmergingThreatOutcome', description: 'What a meeting did about an emerging threat' });
