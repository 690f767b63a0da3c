import { plainToInstance, Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IMPORT_FIELDS, IMPORT_KINDS, IMPORT_LIMITS, type ImportField, type ImportKind } from '@sentinel/shared';

export const IMPORT_MAX_BYTES = IMPORT_LIMITS.maxBytes;
export const IMPORT_MAX_ROWS = IMPORT_LIMITS.maxRows;
/** Bytes of the text fields beside the file: the mapping is the longest, a few hundred bytes. */
export const IMPORT_MAX_FIELD_BYTES = 16 * 1024;

export class ColumnMappingInput {
  /** A column name exactly as in the file's header row. */
  @IsString()
  @MaxLength(200)
  column: string;

  @IsIn(IMPORT_FIELDS, { message: 'Choose a field this import can fill' })
  field: ImportField;
}

/** The mapping arrives as JSON text in a form field; anything that is not a JSON list is left for the rules to refuse. */
function parseMapping(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value === '') return null;
  try {
    const list: unknown = JSON.parse(value);
    return Array.isArray(list) ? list.map((item: object) => plainToInstance(ColumnMappingInput, item)) : list;
  } catch {
    return value;
  }
}

/** The form fields sent beside the file, as multipart form data (every value arrives as text). */
export class ImportArgs {
  @IsUUID('all', { message: 'Choose a panel' })
  panelId: string;

  @IsIn(IMPORT_KINDS, { message: 'Select what the file holds' })
  kind: ImportKind;

  /** Which column fills which field; the suggested mapping when absent. */
  @IsOptional()
  @Transform(({ value }) => parseMapping(value))
  @IsArray({ message: 'The column matching must be a list' })
  @ArrayMaxSize(IMPORT_FIELDS.length)
  @ValidateNested({ each: true })
  mapping?: ColumnMappingInput[] | null;
}
