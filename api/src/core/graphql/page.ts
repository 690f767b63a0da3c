import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { LIMITS } from '@sentinel/shared';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault, description: `Rows per page, 1 to ${LIMITS.pageSizeMax}` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax, { message: `Ask for ${LIMITS.pageSizeMax} rows or fewer at a time` })
  limit: number = LIMITS.pageSizeDefault;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(LIMITS.offsetMax)
  offset: number = 0;
}
