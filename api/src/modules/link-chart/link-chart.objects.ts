import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { NominalRole } from '@sentinel/shared';
import { NominalRoleEnum } from '../../core/graphql/enums.js';
import { NominalObject } from '../nominals/nominal.object.js';

export type LinkNodeKind = 'OCG' | 'NOMINAL' | 'VEHICLE' | 'PLACE';
export type LinkEdgeKind = 'MEMBER' | 'VEHICLE' | 'PLACE';
export const LinkNodeKindEnum = { OCG: 'OCG', NOMINAL: 'NOMINAL', VEHICLE: 'VEHICLE', PLACE: 'PLACE' } as const;
export const LinkEdgeKindEnum = { MEMBER: 'MEMBER', VEHICLE: 'VEHICLE', PLACE: 'PLACE' } as const;
registerEnumType(LinkNodeKindEnum, { name: 'LinkNodeKind' });
registerEnumType(LinkEdgeKindEnum, {
  name: 'LinkEdgeKind',
  description: 'MEMBER: a nominal in a group; VEHICLE and PLACE: linked to a group or a nominal',
});

@ArgsType()
export class LinkChartArgs {
  @Field(() => ID)
  @IsUUID('all')
  panelId: string;

  @Field(() => ID, { nullable: true, description: 'Centre the chart on this group; the whole panel when absent' })
  @IsOptional()
  @IsUUID('all')
  ocgId?: string | null;

  @Field(() => Int, { defaultValue: 2, description: 'Hops out from the group (1 to 3); ignored for the whole panel' })
  @IsInt()
  @Min(1)
  @Max(3)
  depth: number;

  @Field({ defaultValue: false, description: 'Include dismantled and archived groups' })
  @IsBoolean()
  includeArchived: boolean;
}

@ObjectType()
export class LinkNodeObject {
  @Field(() => ID, { description: 'Unique within the chart, e.g. "NOMINAL:<uuid>"' }) id: string;
  @Field(() => LinkNodeKindEnum) kind: LinkNodeKind;
  @Field({ description: 'Group name, nominal name (or reference when withheld), registration, or place' }) label: string;
  @Field(() => String, { nullable: true }) sublabel: string | null;
  @Field(() => ID, { description: 'The record to open' }) recordId: string;
  @Field(() => Int, { nullable: true, description: 'How many of the charted groups this record is linked to' }) ocgCount: number | null;
  @Field({ description: 'A nominal in more than one group: a cross-group link' }) shared: boolean;
}

@ObjectType()
export class LinkEdgeObject {
  @Field(() => ID) id: string;
  @Field(() => ID) source: string;
  @Field(() => ID) target: string;
  @Field(() => LinkEdgeKindEnum) kind: LinkEdgeKind;
  @Field(() => NominalRoleEnum, { nullable: true, description: 'For MEMBER edges' }) role: NominalRole | null;
}

@ObjectType()
export class LinkChartObject {
  @Field(() => [LinkNodeObject]) nodes: LinkNodeObject[];
  @Field(() => [LinkEdgeObject]) edges: LinkEdgeObject[];
  @Field({ description: 'True when the chart was cut at the node limit' }) truncated: boolean;
}

@ObjectType()
export class SharedNominalGroupObject {
  @Field(() => ID) ocgId: string;
  @Field() reference: string;
  @Field() name: string;
  @Field(() => NominalRoleEnum) role: NominalRole;
}

@ObjectType()
export class SharedNominalObject {
  @Field(() => NominalObject) nominal: NominalObject;
  @Field(() => [SharedNominalGroupObject]) groups: SharedNominalGroupObject[];
}
