import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CRIME_TYPES, LIMITS, OCG_STATUSES, type CrimeType, type OcgStatus } from '@sentinel/shared';
import { CrimeTypeEnum, OcgStatusEnum } from '../../core/graphql/enums.js';
import { EXPORT_FORMATS, ExportFormatEnum, type ExportFormat } from './records-io.enums.js';

@InputType()
export class OcgExportFilter {
  @Field(() => OcgStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OCG_STATUSES as unknown as string[])
  status?: OcgStatus | null;

  @Field(() => CrimeTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(CRIME_TYPES as unknown as string[])
  crimeType?: CrimeType | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or reference' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

@InputType()
export class NominalExportFilter {
  @Field(() => ID, { nullable: true, description: 'Only the nominals of this OCG' })
  @IsOptional()
  @IsUUID()
  ocgId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the reference, or of a name or alias for viewers who may see names' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.searchLength)
  search?: string | null;
}

@ArgsType()
class ExportArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS as unknown as string[])
  format: ExportFormat;
}

@ArgsType()
export class ExportOcgsArgs extends ExportArgs {
  @Field(() => OcgExportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OcgExportFilter)
  filter?: OcgExportFilter | null;
}

@ArgsType()
export class ExportNominalsArgs extends ExportArgs {
  @Field(() => NominalExportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NominalExportFilter)
  filter?: NominalExportFilter | null;
}
