// A button that saves exactly what a chart plots (its data table) as CSV.
import type { Translate } from '../app/i18n';
import type { ChartSpec } from '../charts/chart-spec';
import { downloadBlob, fileSafe } from '../export/download';
import { tableToCsv } from '../export/table-csv';

export function ChartCsv({ spec, t, testId }: { spec: ChartSpec; t: Translate; testId?: string }) {
  return (
    <button type="button" className="chart-csv" data-testid={testId}
      onClick={() => downloadBlob(new Blob([tableToCsv(spec.table)], { type: 'text/csv;charset=utf-8' }), `${fileSafe(spec.title)}.csv`)}>
      {t('exportCsv')} · {spec.title}
    </button>
  );
}
