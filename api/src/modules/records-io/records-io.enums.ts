import { registerEnumType } from '@nestjs/graphql';

export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

export const IMPORT_KINDS = ['OCGS', 'NOMINALS', 'VEHICLES', 'LINKS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const ImportKindEnum = { OCGS: 'OCGS', NOMINALS: 'NOMINALS', VEHICLES: 'VEHICLES', LINKS: 'LINKS' } as const;
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'LINKS rows join existing records: a nominal to an OCG with a role, or a vehicle to an OCG or a nominal',
});

export const IMPORT_FIELDS = [
  'REFERENCE',
  'NAME',
  'STATUS',
  'CRIME_TYPES',
  'AREAS',
  'DATE_MAPPED',
  'SURNAME',
  'FORENAMES',
  'ALIASES',
  'DATE_OF_BIRTH',
  'OCG_REFERENCE',
  'NOMINAL_REFERENCE',
  'ROLE',
  'REGISTRATION',
  'MAKE',
  'MODEL',
  'COLOUR',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const ImportFieldEnum = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, f])) as Record<ImportField, ImportField>;
registerEnumType(ImportFieldEnum, { name: 'ImportField', description: 'A field of an imported record that a column can fill' });
