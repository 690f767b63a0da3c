import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Vehicle')
export class VehicleObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  panelId: string;

  @Field({ description: 'As entered' })
  registration: string;

  @Field({ description: 'Upper-case letters and digits only' })
  vrm: string;

  @Field(() => String, { nullable: true })
  make: string | null;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true })
  colour: string | null;

  @Field(() => Int)
  version: number;
}
