import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IMPORT_FIELDS, IMPORT_KINDS, ImportFieldEnum, ImportKindEnum, type ImportField, type ImportKind } from './records-io.enums.js';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5_000;

@InputType()
export class ColumnMappingInput {
  @Field({ description: 'A column name exactly as in the file’s header row' })
  @IsString()
  @MaxLength(200)
  column: string;

  @Field(() => ImportFieldEnum)
  @IsIn(IMPORT_FIELDS as unknown as string[])
  field: ImportField;
}

@ArgsType()
export class ImportArgs {
  @Field(() => ID)
  @IsUUID()
  panelId: string;

  @Field(() => ImportKindEnum)
  @IsIn(IMPORT_KINDS as unknown as string[])
  kind: ImportKind;

  @Field({ description: `The file’s bytes, base64-encoded: a CSV or an .xlsx workbook of at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB` })
  @IsString()
  @MinLength(1, { message: 'Choose a file to import' })
  @MaxLength(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, { message: 'The file must be 5 MB or smaller' })
  fileBase64: string;

  @Field()
  @IsString()
  @MaxLength(255)
  @Matches(/\.(csv|xlsx)$/i, { message: 'Choose a CSV file or an Excel workbook (.xlsx)' })
  fileName: string;

  @Field(() => [ColumnMappingInput], { nullable: true, description: 'Which column fills which field; the suggested mapping when absent' })
  @IsOptional()
  @ArrayMaxSize(IMPORT_FIELDS.length)
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  mapping?: ColumnMappingInput[] | null;
}
