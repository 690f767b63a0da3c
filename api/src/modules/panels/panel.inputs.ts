import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { HIGHEST_POSSIBLE_TOTAL, SCORING_LIMITS as L, tooLongMessage } from '@sentinel/shared';

@InputType()
export class PanelTierInput {
  @Field({ description: `Trimmed; 1 to ${L.tierNameLength} characters, different from the other tiers’ names (case aside)` })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  // As the shared rules (scoringProblems) word them: `$row` is the tier's number (validation.pipe.ts).
  @MinLength(1, { message: 'Enter a name for tier $row' })
  @MaxLength(L.tierNameLength, { message: tooLongMessage('The name of tier $row', L.tierNameLength) })
  name: string;

  @Field(() => Int, { description: 'The lowest total in this tier: below the tier above’s, and 0 on the last tier' })
  @IsInt({ message: 'Enter the lowest total as a whole number' })
  @Min(0, { message: 'The lowest total must be 0 or more' })
  @Max(HIGHEST_POSSIBLE_TOTAL, { message: `No total can be above ${HIGHEST_POSSIBLE_TOTAL}` })
  minTotal: number;
}

@InputType()
export class UpdatePanelScoringInput {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => Int, {
    description: `Each part is scored from 1 to this (${L.scaleMin} to ${L.scaleMax}). A new scale applies to scores given from now on: the totals and tiers already given stay as they are`,
  })
  @IsInt({ message: 'Choose the scale as a whole number' })
  @Min(L.scaleMin, { message: `Choose a scale from ${L.scaleMin} to ${L.scaleMax}` })
  @Max(L.scaleMax, { message: `Choose a scale from ${L.scaleMin} to ${L.scaleMax}` })
  scaleMax: number;

  @Field(() => [PanelTierInput], {
    description: `${L.tiersMin} to ${L.tiersMax} tiers, highest first. Every scored group of the panel is re-tiered from its current total; the score history keeps the tiers it had`,
  })
  @IsArray()
  @ArrayMinSize(L.tiersMin, { message: `Give the panel from ${L.tiersMin} to ${L.tiersMax} tiers` })
  @ArrayMaxSize(L.tiersMax, { message: `Give the panel from ${L.tiersMin} to ${L.tiersMax} tiers` })
  @ValidateNested({ each: true })
  @Type(() => PanelTierInput)
  tiers: PanelTierInput[];

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}
