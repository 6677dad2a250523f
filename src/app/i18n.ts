// Interface language: Chinese by default, English on request. Indicator names and quotes stay
// in Chinese, as written in the documents.
export type Language = 'zh' | 'en';

const zh = {
  appTitle: '政策量化目标追踪', overview: '概览', compare: '地区对比', timeline: '时间线', regions: '地区', table: '全部记录',
  loading: '正在加载数据…', datasetError: '数据集无法使用', datasetErrorHint: '请运行 npm run extract 重新生成 data/targets.json。',
  region: '地区', level: '层级', kind: '类型', topic: '主题', status: '状态', search: '搜索', deadlineFrom: '截止年份自', deadlineTo: '至',
  all: '全部', clearFilters: '清除筛选', records: '条记录', documents: '份文件',
  target: '目标', incentive: '激励', national: '国家', province: '省级', city: '市级', district: '区县',
  overdue: '已逾期', 'due-soon': '12个月内到期', later: '更晚到期', none: '无截止时间',
  byRegion: '各地区承诺数', byLevel: '按层级', byKind: '按类型', nextDeadlines: '即将到期', overdueList: '截至今日已逾期',
  indicator: '指标', value: '数值', deadline: '截止', source: '出处', document: '文件', section: '栏目', published: '期刊日期',
  unit: '单位', scale: '单位换算', largestPerRegion: '各地区最大值', indicatorContains: '指标包含', noData: '当前筛选下没有数据',
  groupBy: '分组', byDocument: '按文件', today: '今天', planPeriod: '规划期', withoutDeadline: '条没有截止时间',
  exportPng: '导出 PNG', exportSvg: '导出 SVG', exportCsv: '导出 CSV', exportJson: '导出 JSON', showTable: '查看数据表',
  quote: '原文', context: '所在段落', alsoIn: '另见第', line: '行', back: '返回', commitments: '项承诺', profile: '地区概况',
  datasetVersion: '数据版本', sourceLine: '来源：政策文件量化承诺数据集', filtersLabel: '筛选', language: 'English',
  comparator: '比较', baselineYear: '基期', cumulative: '累计', annual: '每年', notFound: '未找到该记录', tileHint: '点击省份查看概况',
  sortBy: '排序', count: '数量', total: '合计',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appTitle: 'Policy targets tracker', overview: 'Overview', compare: 'Compare', timeline: 'Timeline', regions: 'Regions', table: 'All records',
  loading: 'Loading the dataset…', datasetError: 'The dataset cannot be used', datasetErrorHint: 'Run npm run extract to regenerate data/targets.json.',
  region: 'Region', level: 'Level', kind: 'Kind', topic: 'Topic', status: 'Status', search: 'Search', deadlineFrom: 'Deadline from', deadlineTo: 'to',
  all: 'All', clearFilters: 'Clear filters', records: 'records', documents: 'documents',
  target: 'Target', incentive: 'Incentive', national: 'National', province: 'Province', city: 'City', district: 'District',
  overdue: 'Overdue', 'due-soon': 'Due within 12 months', later: 'Due later', none: 'No deadline',
  byRegion: 'Commitments by region', byLevel: 'By level', byKind: 'By kind', nextDeadlines: 'Next deadlines', overdueList: 'Overdue as of today',
  indicator: 'Indicator', value: 'Value', deadline: 'Deadline', source: 'Source', document: 'Document', section: 'Column', published: 'Issue date',
  unit: 'Unit', scale: 'Scale', largestPerRegion: 'Largest per region', indicatorContains: 'Indicator contains', noData: 'No data under the current filters',
  groupBy: 'Group by', byDocument: 'By document', today: 'Today', planPeriod: 'Plan period', withoutDeadline: 'without a deadline',
  exportPng: 'Export PNG', exportSvg: 'Export SVG', exportCsv: 'Export CSV', exportJson: 'Export JSON', showTable: 'Show data table',
  quote: 'Quote', context: 'Paragraph', alsoIn: 'Also on line', line: '', back: 'Back', commitments: 'commitments', profile: 'Region profile',
  datasetVersion: 'Dataset version', sourceLine: 'Source: quantitative commitments in Chinese policy documents', filtersLabel: 'Filters', language: '中文',
  comparator: 'Comparator', baselineYear: 'Baseline', cumulative: 'Cumulative', annual: 'Per year', notFound: 'No such record', tileHint: 'Select a province for its profile',
  sortBy: 'Sort by', count: 'Count', total: 'Total',
};

export type Translate = (key: Key) => string;

export function translator(language: Language): Translate {
  return (key) => (language === 'zh' ? zh[key] : en[key]);
}

export type { Key as MessageKey };
