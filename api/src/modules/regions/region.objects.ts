import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { RegionKind, RegionRole } from '@sentinel/shared';
import { RegionKindEnum, RegionRoleEnum } from '../../core/graphql/enums.js';
import { OutcomeFigures } from '../outcome-report/outcome-report.objects.js';
import { ThreatPictureCount } from '../threat-picture/threat-picture.objects.js';

@ObjectType('RegionPanel', { description: 'A panel a region covers: its name only' })
export class RegionPanelObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() forceName: string;
}

@ObjectType('Region', { description: 'A regional organised crime unit or national unit, and the panels whose figures it reads' })
export class RegionObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RegionKindEnum) kind: RegionKind;
  @Field(() => [RegionPanelObject], { description: 'Enabled panels, by name' }) panels: RegionPanelObject[];
}

@ObjectType('RegionAnalyst')
export class RegionAnalystObject {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => RegionRoleEnum) role: RegionRole;
}

@ObjectType('AdministeredRegion', { description: 'A region as the system administrator sees it: its panels and its analysts' })
export class AdministeredRegionObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RegionKindEnum) kind: RegionKind;
  @Field(() => [RegionPanelObject], { description: 'Every panel it covers, by name' }) panels: RegionPanelObject[];
  @Field(() => [RegionAnalystObject]) analysts: RegionAnalystObject[];
  @Field(() => Int) version: number;
}

@ObjectType('RegionOutcomeFigures', { description: 'Outcome figures, with the definitions of a panel’s own report' })
export class RegionOutcomeFiguresObject extends OutcomeFigures {
  @Field(() => Int, { description: 'Groups disrupted in the period with a score before and now (the average’s base)' })
  groupsCompared: number;
}

@ObjectType('RegionPanelOutcomes')
export class RegionPanelOutcomesObject {
  @Field(() => ID) panelId: string;
  @Field() panelName: string;
  @Field(() => RegionOutcomeFiguresObject) figures: RegionOutcomeFiguresObject;
}

@ObjectType('RegionOutcomeReport', { description: 'A region’s outcomes: each panel’s figures and their sum; no record of any panel' })
export class RegionOutcomeReportObject {
  @Field(() => ID) regionId: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => RegionOutcomeFiguresObject) total: RegionOutcomeFiguresObject;
  @Field(() => [RegionPanelOutcomesObject], { description: 'By panel name' }) panels: RegionPanelOutcomesObject[];
}

@ObjectType('RegionThreatFigures', { description: 'Threat picture counts, with the definitions of a panel’s own picture' })
export class RegionThreatFiguresObject {
  @Field(() => Int, { description: 'Emerging and active groups now' }) activeGroups: number;
  @Field(() => [ThreatPictureCount], { description: 'Active groups by tier (tiers are each panel’s own)' }) activeByTier: ThreatPictureCount[];
  @Field(() => [ThreatPictureCount]) activeByCrimeType: ThreatPictureCount[];
  @Field(() => Int, { description: 'Active groups whose score rose since each panel’s last meeting' }) risingGroups: number;
  @Field(() => Int) groupsCreated: number;
  @Field(() => Int) groupsDismantled: number;
  @Field(() => Int) groupsArchived: number;
  @Field(() => Int) emergingThreats: number;
  @Field(() => [ThreatPictureCount]) emergingThreatOutcomes: ThreatPictureCount[];
  @Field(() => Int) disruptions: number;
  @Field(() => [ThreatPictureCount]) disruptionsByStrand: ThreatPictureCount[];
  @Field(() => [ThreatPictureCount]) disruptionsByImpact: ThreatPictureCount[];
  @Field(() => Int) tasksCompleted: number;
  @Field(() => Int, { description: 'Completed or not done in the period' }) tasksClosed: number;
  @Field(() => Int, { description: 'Open now' }) tasksOpen: number;
  @Field(() => Int, { description: 'Open now and past their due date' }) tasksOverdue: number;
  @Field(() => Float, { nullable: true }) completionRate: number | null;
  @Field(() => Float, { nullable: true }) overdueRate: number | null;
}

@ObjectType('RegionPanelThreat')
export class RegionPanelThreatObject {
  @Field(() => ID) panelId: string;
  @Field() panelName: string;
  @Field(() => RegionThreatFiguresObject) figures: RegionThreatFiguresObject;
}

@ObjectType('RegionThreatPicture', { description: 'A region’s threat picture: each panel’s counts and their sum; no group, no person' })
export class RegionThreatPictureObject {
  @Field(() => ID) regionId: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => RegionThreatFiguresObject) total: RegionThreatFiguresObject;
  @Field(() => [RegionPanelThreatObject], { description: 'By panel name' }) panels: RegionPanelThreatObject[];
}
