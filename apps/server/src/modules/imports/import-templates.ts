import type { Writable } from 'node:stream';
import type { ImportKind } from '@vinhdanh/contracts';
import {
  type CellOut,
  type TemplateLayout,
  writeTemplateWorkbook,
} from '../../documents/xlsx/xlsx-templates.ts';
import type { Column } from './columns.ts';
import { importKindSpecs } from './kinds/index.ts';
import type { KindSpec } from './kinds/kind.ts';

/** The workbook layout of a kind: its sheets and columns as the template (and every export) shows them. */
export function layoutOf(kind: KindSpec): TemplateLayout {
  return {
    title: kind.title,
    notes: kind.notes,
    sheets: kind.sheets.map((s) => ({
      name: s.name,
      keyNote: s.keyNote,
      notes: s.notes ?? [],
      columns: s.columns.map((c) => ({
        header: c.header,
        required: c.required,
        note: c.note,
        width: c.width,
        asText: c.asText,
        info: c.info,
        list: c.list?.values.map((code) => ({ code, label: c.list!.vi[code] ?? code })),
      })),
    })),
  };
}

/** A row as written in a cell, column by column. */
export const cellsOf = (columns: Column[], row: Record<string, unknown>): CellOut[] =>
  columns.map((c) => c.show((row[c.key] ?? null) as never));

/** The empty template of a kind: header rows, dropdowns, the instruction and list sheets. */
export async function writeImportTemplate(kind: ImportKind, out: Writable): Promise<void> {
  await writeTemplateWorkbook(out, layoutOf(importKindSpecs[kind]));
}

export const templateFileName = (kind: ImportKind) => `mau-nhap-${kind}.xlsx`;
