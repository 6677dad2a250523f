// A chart's data table as CSV (PapaParse, UTF-8 with a BOM): exactly the rows and columns the
// chart plots, so a spreadsheet gets what the picture shows and nothing else.
import Papa from 'papaparse';
import type { DataTable } from '../charts/chart-spec';

export function tableToCsv(table: DataTable): string {
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: table.rows }, { newline: '\r\n' })}`;
}
