import { registerEnumType } from '@nestjs/graphql';
import { AGENCY_KINDS, PANEL_ROLES, TACTIC_HEADINGS } from '@sentinel/shared';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const PanelRoleEnum = enumObject(PANEL_ROLES);
export const AgencyKindEnum = enumObject(AGENCY_KINDS);
export const TacticHeadingEnum = enumObject(TACTIC_HEADINGS);

registerEnumType(PanelRoleEnum, { name: 'PanelRole', description: "A member's role on one panel" });
registerEnumType(AgencyKindEnum, { name: 'AgencyKind' });
registerEnumType(TacticHeadingEnum, { name: 'TacticHeading', description: 'A heading of the menu of disruption tactics' });
