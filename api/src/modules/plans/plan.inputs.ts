import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { FOUR_P_STRANDS, TACTIC_HEADINGS, TEXT_LIMITS, tooLongMessage, type FourPStrand, type TacticHeading } from '@sentinel/shared';
import { FourPStrandEnum, TacticHeadingEnum } from '../../core/graphql/enums.js';

@InputType({ isAbstract: true })
class ObjectiveFields {
  @Field(() => FourPStrandEnum)
  @IsIn(FOUR_P_STRANDS as unknown as string[], { message: 'Select the 4P strand' })
  strand: FourPStrand;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Enter the objective' })
  @MaxLength(TEXT_LIMITS.objective, { message: tooLongMessage('Objective', TEXT_LIMITS.objective) })
  objective: string;

  @Field(() => ID, { description: 'The agency of the panel that owns the objective' })
  @IsUUID('all', { message: 'Select the agency that owns the objective' })
  ownerAgencyId: string;

  @Field(() => [TacticHeadingEnum], { description: 'Menu-of-tactics headings the objective covers' })
  @ArrayMaxSize(TACTIC_HEADINGS.length)
  @IsIn(TACTIC_HEADINGS as unknown as string[], { each: true })
  tacticHeadings: TacticHeading[];
}

@InputType()
export class CreateObjectiveInput extends ObjectiveFields {
  @Field(() => ID)
  @IsUUID()
  ocgId: string;
}

@InputType()
export class UpdateObjectiveInput extends ObjectiveFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class DeleteObjectiveInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}
