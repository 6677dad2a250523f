// A chart's data table as CSV: exactly the numbers the chart plots, UTF-8 with a BOM so spreadsheet
// programs show Chinese; cells that would start a formula are escaped by PapaParse.
import Papa from 'papaparse';
import type { DataTable } from '../charts/chart-spec';

export function tableToCsv(table: DataTable): string {
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: table.rows }, { newline: '\r\n', escapeFormulae: true })}`;
}
