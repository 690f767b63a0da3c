import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportFieldEnum, type ImportField } from './records-io.enums.js';

@ObjectType('ColumnMapping')
export class ColumnMappingObject {
  @Field()
  column: string;

  @Field(() => ImportFieldEnum)
  field: ImportField;
}

@ObjectType('ImportFieldInfo', { description: 'A field this kind of import can fill' })
export class ImportFieldInfoObject {
  @Field(() => ImportFieldEnum)
  field: ImportField;

  @Field()
  label: string;

  @Field()
  required: boolean;
}

@ObjectType('ImportError')
export class ImportErrorObject {
  @Field(() => Int, { nullable: true, description: 'The row as the spreadsheet numbers it (the header is usually row 1); null for the file as a whole' })
  row: number | null;

  @Field(() => ImportFieldEnum, { nullable: true })
  field: ImportField | null;

  @Field(() => String, { nullable: true, description: 'The column of the file that fills the field' })
  column: string | null;

  @Field()
  message: string;
}

@ObjectType('ImportPreview', { description: 'A dry run: what the file holds and every problem in it; nothing is written' })
export class ImportPreviewObject {
  @Field(() => [String])
  columns: string[];

  @Field(() => [ImportFieldInfoObject])
  fields: ImportFieldInfoObject[];

  @Field(() => [ColumnMappingObject], { description: 'Matched from the header names' })
  suggestedMapping: ColumnMappingObject[];

  @Field(() => [ColumnMappingObject], { description: 'The mapping this preview was checked with' })
  mapping: ColumnMappingObject[];

  @Field(() => Int)
  rowCount: number;

  @Field(() => [ImportErrorObject])
  errors: ImportErrorObject[];

  @Field({ description: 'True when runImport with the same arguments would import every row' })
  valid: boolean;
}

@ObjectType('ImportCounts')
export class ImportCountsObject {
  @Field(() => Int)
  ocgs: number;

  @Field(() => Int)
  nominals: number;

  @Field(() => Int)
  vehicles: number;

  @Field(() => Int, { description: 'Links made or roles changed' })
  links: number;
}

@ObjectType('ImportResult', { description: 'All rows imported, or (with errors) none' })
export class ImportResultObject {
  @Field()
  imported: boolean;

  @Field(() => ImportCountsObject)
  created: ImportCountsObject;

  @Field(() => [ImportErrorObject])
  errors: ImportErrorObject[];
}
