import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GscMarking, HandlingCode, IntelligenceGrade, RecordKind, SourceGrade } from '@sentinel/shared';
import { GscMarkingEnum, HandlingCodeEnum, IntelligenceGradeEnum, RecordKindEnum, SourceGradeEnum } from '../../core/graphql/enums.js';

@ObjectType('IntelligenceEntry', {
  description: 'One graded entry of the intelligence log. Handling code C entries reach only the submitting and the named agencies.',
})
export class IntelligenceEntryObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field(() => RecordKindEnum)
  subjectKind: RecordKind;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'yyyy-mm-dd' })
  recordedOn: string;

  @Field(() => ID)
  submittingAgencyId: string;

  @Field()
  text: string;

  @Field(() => SourceGradeEnum)
  sourceGrade: SourceGrade;

  @Field(() => IntelligenceGradeEnum)
  intelligenceGrade: IntelligenceGrade;

  @Field(() => HandlingCodeEnum)
  handling: HandlingCode;

  @Field({ description: 'The 3x5x2 grading as officers write it, e.g. 1/B/C' })
  grading: string;

  @Field(() => String, { nullable: true, description: 'The conditions of sharing, for handling code C' })
  handlingConditions: string | null;

  @Field(() => GscMarkingEnum)
  gscMarking: GscMarking;

  @Field(() => ID, { nullable: true })
  createdByUserId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('IntelligencePage')
export class IntelligencePageObject {
  @Field(() => [IntelligenceEntryObject])
  nodes: IntelligenceEntryObject[];

  @Field(() => Int)
  totalCount: number;
}
