// Who targets what: the region × indicator matrix; a click on a cell opens its record, or the
// table filtered to that region and indicator when there are several.
import { useMemo } from 'react';
import type { ViewProps } from '../app/context';
import { LazyChart as Chart } from '../charts/LazyChart';
import { matrixCellIndex, matrixOption } from '../charts/matrix-option';
import { regionIndicatorMatrix } from '../data/compare';
import type { Row } from '../data/selectors';

interface Props { view: ViewProps; records: readonly Row[]; indicatorName: (key: string) => string }

export function CompareMatrix({ view, records, indicatorName }: Props) {
  const { t, language, go } = view;
  const matrix = useMemo(() => regionIndicatorMatrix(records), [records]);
  const spec = useMemo(() => matrixOption({ matrix, title: t('matrix'), indicatorName, language, t, regionName: view.regionName }), [matrix, indicatorName, language, t, view.regionName]);
  const unkeyed = records.filter((r) => r.target.indicatorKey === null).length;
  const open = (name: string): void => {
    const index = matrixCellIndex(name);
    if (index === null) return;
    const cell = matrix.cells[index];
    if (cell.rows.length === 1) go('target', cell.shown.target.id);
    else go('table', null, { region: cell.region, indicator: cell.indicatorKey });
  };
  if (!matrix.columns.length) return <p className="empty-note" data-testid="matrix-empty">{t('matrixEmpty')}</p>;
  return (
    <div data-testid="matrix">
      <p className="muted">{t('matrixHint')} {unkeyed > 0 && <>{unkeyed} {t('unkeyedNote')}</>}</p>
      <Chart spec={spec} meta={view.exportMeta} t={t} testId="matrix-chart" onSelect={open} />
    </div>
  );
}
