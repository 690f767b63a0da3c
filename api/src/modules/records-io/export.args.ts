import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { NominalFilter } from '../nominals/nominal-filter.js';
import { OcgFilter, OcgSortEnum, type OcgSort } from '../ocgs/ocg-filter.js';
import { EXPORT_FORMATS, ExportFormatEnum, type ExportFormat } from './records-io.enums.js';

@ArgsType()
class ExportArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS as unknown as string[])
  format: ExportFormat;
}

/** The `ocgs` query's own filter and sort. */
@ArgsType()
export class ExportOcgsArgs extends ExportArgs {
  @Field(() => OcgFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OcgFilter)
  filter?: OcgFilter | null;

  @Field(() => OcgSortEnum, { defaultValue: 'SCORE', description: 'The rows in the order the list shows them' })
  @IsIn(Object.keys(OcgSortEnum))
  sort: OcgSort = 'SCORE';
}

/** The `nominals` query's own filter. */
@ArgsType()
export class ExportNominalsArgs extends ExportArgs {
  @Field(() => NominalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NominalFilter)
  filter?: NominalFilter | null;
}
