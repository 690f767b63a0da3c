import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ExportFile', { description: 'A file to save, marked OFFICIAL-SENSITIVE on its first line' })
export class ExportFileObject {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field({ description: 'The file’s bytes, base64-encoded' })
  base64: string;

  @Field(() => Int, { description: 'Records in the file' })
  rowCount: number;

  @Field({ description: 'True when names, aliases and dates of birth were withheld from this file' })
  personalDataWithheld: boolean;
}
