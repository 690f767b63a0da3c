import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GscMarking } from '@sentinel/shared';
import { GscMarkingEnum } from '../../core/graphql/enums.js';

@ObjectType('Nominal', {
  description:
    'A person recorded against one or more OCGs. Names, date of birth and aliases are null, and personalDataWithheld is true, when the viewer’s agency may not receive personal data.',
})
export class NominalObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field({ description: 'Per-panel reference, e.g. N-0007' })
  reference: string;

  @Field()
  personalDataWithheld: boolean;

  @Field(() => String, { nullable: true, description: 'Why personal data is withheld from this viewer' })
  withheldReason: string | null;

  @Field({ description: 'The name to show: the full name, or the reference when withheld' })
  displayName: string;

  @Field(() => String, { nullable: true })
  surname: string | null;

  @Field(() => String, { nullable: true })
  forenames: string | null;

  @Field(() => [String], { nullable: true })
  aliases: string[] | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  dateOfBirth: string | null;

  @Field({ description: 'Vulnerable or exploited' })
  isVulnerable: boolean;

  @Field()
  isChild: boolean;

  @Field()
  riskToOfficers: boolean;

  @Field(() => String, { nullable: true })
  nextReviewOn: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived after review (MoPI): kept, out of active use' })
  archivedAt: Date | null;

  @Field(() => GscMarkingEnum)
  gscMarking: GscMarking;

  @Field(() => Int)
  version: number;
}
