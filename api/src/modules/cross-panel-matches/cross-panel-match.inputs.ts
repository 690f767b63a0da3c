import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { PageArgs } from '../../core/graphql/page.js';

@ArgsType()
export class CrossPanelMatchesArgs extends PageArgs {
  @Field(() => ID) @IsUUID() panelId: string;
}

@ArgsType()
export class CrossPanelMatchArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'This panel’s answer to a hit: agree to share its details, or decline' })
export class ResolveCrossPanelMatchInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version read; a match changed since is a conflict' }) @IsInt() @Min(1) version: number;
}
