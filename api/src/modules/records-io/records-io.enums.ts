import { registerEnumType } from '@nestjs/graphql';

export const EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const;
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

// Imports travel over their own HTTP routes, not GraphQL: their kinds and fields are shared with the web as they are.
export { IMPORT_FIELDS, IMPORT_KINDS, type ImportField, type ImportKind } from '@sentinel/shared';
