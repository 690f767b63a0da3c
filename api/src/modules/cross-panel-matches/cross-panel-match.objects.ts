import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CROSS_PANEL_MATCH_KINDS,
  CROSS_PANEL_MATCH_STATUSES,
  type CrossPanelMatchKind,
  type CrossPanelMatchStatus,
  type OcgStatus,
} from '@sentinel/shared';
import { OcgStatusEnum } from '../../core/graphql/enums.js';

export const CrossPanelMatchKindEnum = Object.fromEntries(CROSS_PANEL_MATCH_KINDS.map((k) => [k, k])) as Record<
  CrossPanelMatchKind,
  CrossPanelMatchKind
>;
export const CrossPanelMatchStatusEnum = Object.fromEntries(CROSS_PANEL_MATCH_STATUSES.map((s) => [s, s])) as Record<
  CrossPanelMatchStatus,
  CrossPanelMatchStatus
>;
registerEnumType(CrossPanelMatchKindEnum, { name: 'CrossPanelMatchKind', description: 'A nominal, a vehicle or a group' });
registerEnumType(CrossPanelMatchStatusEnum, { name: 'CrossPanelMatchStatus', description: 'Where a hit with another panel stands, for this side' });

@ObjectType('CrossPanelContact', { description: 'Whom to call at the other panel: a chair, its single point of contact' })
export class CrossPanelContactObject {
  @Field() name: string;
  @Field() email: string;
}

@ObjectType('CrossPanelMatch', {
  description:
    'A hit: another panel holds a record that matches one of this panel’s. It names the other panel and whom to call there, never the other record; its details are read with crossPanelMatchDetails once both sides agree.',
})
export class CrossPanelMatchObject {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The panel this side belongs to' }) panelId: string;
  @Field(() => CrossPanelMatchKindEnum) kind: CrossPanelMatchKind;
  @Field(() => CrossPanelMatchStatusEnum) status: CrossPanelMatchStatus;
  @Field(() => ID, { description: 'This panel’s record' }) recordId: string;
  @Field({ description: 'This panel’s record: its reference, or a vehicle’s plate' }) recordReference: string;
  @Field({ description: 'This panel’s record as its own pages name it' }) recordName: string;
  @Field({ description: 'The other panel’s name' }) otherPanelName: string;
  @Field({ description: 'The other panel’s force' }) otherPanelForce: string;
  @Field(() => [CrossPanelContactObject], { description: 'The other panel’s chairs' }) otherContacts: CrossPanelContactObject[];
  @Field() foundAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When this panel agreed to share' }) agreedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who agreed for this panel' }) agreedByName: string | null;
  @Field(() => Date, { nullable: true }) declinedAt: Date | null;
  @Field(() => String, { nullable: true }) declinedByName: string | null;
  @Field({ description: 'Whether the other panel has agreed to share' }) otherAgreed: boolean;
  @Field({ description: 'Whether the other panel has declined' }) otherDeclined: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('CrossPanelMatchPage')
export class CrossPanelMatchPageObject {
  @Field(() => [CrossPanelMatchObject]) nodes: CrossPanelMatchObject[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'Hits waiting for this panel to agree or decline' }) awaitingDecision: number;
}

@ObjectType('SharedNominalDetails')
export class SharedNominalDetailsObject {
  @Field() surname: string;
  @Field() forenames: string;
  @Field(() => [String]) aliases: string[];
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) dateOfBirth: string | null;
}

@ObjectType('SharedVehicleDetails')
export class SharedVehicleDetailsObject {
  @Field() registration: string;
  @Field(() => String, { nullable: true }) make: string | null;
  @Field(() => String, { nullable: true }) model: string | null;
  @Field(() => String, { nullable: true }) colour: string | null;
}

@ObjectType('SharedGroupDetails')
export class SharedGroupDetailsObject {
  @Field() name: string;
  @Field(() => OcgStatusEnum) status: OcgStatus;
  @Field(() => String, { nullable: true }) tier: string | null;
  @Field(() => Int, { nullable: true }) scoreTotal: number | null;
}

@ObjectType('CrossPanelMatchDetails', {
  description: 'The other panel’s record, once both sides agreed to share; each reading is logged as a disclosure in the other panel’s log',
})
export class CrossPanelMatchDetailsObject {
  @Field(() => ID) matchId: string;
  @Field(() => CrossPanelMatchKindEnum) kind: CrossPanelMatchKind;
  @Field() otherPanelName: string;
  @Field({ description: 'The other panel’s reference for its record, or a vehicle’s plate' }) reference: string;
  @Field(() => SharedNominalDetailsObject, { nullable: true }) nominal: SharedNominalDetailsObject | null;
  @Field(() => SharedVehicleDetailsObject, { nullable: true }) vehicle: SharedVehicleDetailsObject | null;
  @Field(() => SharedGroupDetailsObject, { nullable: true }) group: SharedGroupDetailsObject | null;
}
