import { Field, ObjectType } from '@nestjs/graphql';
import type { NominalRole } from '@sentinel/shared';
import { NominalRoleEnum } from '../../core/graphql/enums.js';
import { NominalObject } from '../nominals/nominal.object.js';
import { OcgObject } from '../ocgs/ocg.object.js';

@ObjectType('OcgMember', { description: 'A nominal in a group, with their role in it' })
export class OcgMemberObject {
  @Field(() => NominalRoleEnum)
  role: NominalRole;

  @Field(() => NominalObject)
  nominal: NominalObject;
}

@ObjectType('NominalGroup', { description: 'A group a nominal is in, with their role in it' })
export class NominalGroupObject {
  @Field(() => NominalRoleEnum)
  role: NominalRole;

  @Field(() => OcgObject)
  ocg: OcgObject;
}
