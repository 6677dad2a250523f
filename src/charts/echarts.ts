// The one module that touches ECharts' registry: only the charts, components and renderers the
// app draws with are registered, so the bundle carries nothing else.
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, CustomChart, ScatterChart, AriaComponent, DataZoomComponent, GraphicComponent, GridComponent, LegendComponent,
  MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent, CanvasRenderer, SVGRenderer,
  // grid.containLabel keeps long category names inside the chart
  LegacyGridContainLabel,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
