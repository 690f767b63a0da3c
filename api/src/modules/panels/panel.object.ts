import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Panel', { description: 'A disruption panel: one per force or area' })
export class PanelObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short code, unique in the deployment' })
  code: string;

  @Field()
  name: string;

  @Field()
  forceName: string;
}
