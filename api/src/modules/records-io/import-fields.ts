import { IMPORT_SPECS } from '@sentinel/shared';
import type { ImportField, ImportKind } from './records-io.enums.js';

export function fieldLabel(kind: ImportKind, field: ImportField): string {
  return IMPORT_SPECS[kind].find((s) => s.field === field)?.label ?? field;
}

const headerKey = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A column for each field whose usual header names appear, each column and field used once. */
export function suggestMapping(kind: ImportKind, columns: string[]): { column: string; field: ImportField }[] {
  const mapping: { column: string; field: ImportField }[] = [];
  const used = new Set<ImportField>();
  for (const column of columns) {
    const key = headerKey(column);
    const found = IMPORT_SPECS[kind].find((s) => !used.has(s.field) && s.headers.includes(key));
    if (found) {
      used.add(found.field);
      mapping.push({ column, field: found.field });
    }
  }
  return mapping;
}

export interface MappingProblem {
  field: ImportField | null;
  column: string | null;
  message: string;
}

/** Problems with the mapping itself: they concern the whole file, so they carry no row number. */
export function checkMapping(kind: ImportKind, columns: string[], mapping: { column: string; field: ImportField }[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const specs = IMPORT_SPECS[kind];
  const seen = new Set<ImportField>();
  for (const { column, field } of mapping) {
    if (!columns.includes(column)) problems.push({ field, column, message: `The file has no column called “${column}”` });
    if (!specs.some((s) => s.field === field)) {
      problems.push({ field, column, message: `${field} is not a field of this kind of import` });
    } else if (seen.has(field)) {
      problems.push({ field, column, message: `${fieldLabel(kind, field)} is mapped to more than one column` });
    }
    seen.add(field);
  }
  for (const s of specs) {
    if (s.required && !seen.has(s.field))
      problems.push({ field: s.field, column: null, message: `Choose the column that holds the ${s.label.toLowerCase()}` });
  }
  return problems;
}
