// Interface language: Chinese by default, English on request. Indicator names and quotes stay
// in Chinese, as written in the documents.
export type Language = 'zh' | 'en';

const zh = {
  appTitle: '政策量化目标追踪', overview: '概览', compare: '地区对比', timeline: '时间线', regions: '地区', table: '全部记录',
  loading: '正在加载数据…', datasetError: '数据集无法使用', datasetErrorHint: '请运行 npm run extract 重新生成 data/targets.json。',
  region: '地区', level: '层级', kind: '类型', topic: '主题', status: '状态', search: '搜索', deadlineFrom: '截止年份自', deadlineTo: '至',
  all: '全部', clearFilters: '清除筛选', records: '条记录', documents: '份文件',
  target: '目标', incentive: '激励', national: '国家', province: '省级', city: '市级', district: '区县', unresolved: '未识别',
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
  tracking: '跟踪', tracked: '我的跟踪', trackingStatus: '进展状态', tags: '标签', notes: '笔记', progress: '进度', newNote: '新笔记',
  addNote: '添加笔记', addProgress: '添加进度', actual: '实际值', asOf: '截至日期', delete: '删除', shareAchieved: '完成度', pace: '进度判断',
  expectedNow: '按直线进度应达', 'not-started': '未开始', 'on-track': '按计划推进', 'at-risk': '有风险', achieved: '已完成', dropped: '已放弃',
  behind: '落后', unknown: '无法判断', recordChanged: '记录已变化', acknowledge: '确认新内容', progressInvalid: '请填写数值和日期',
  storageUnavailable: '浏览器不允许本站保存数据（可能是隐私模式），笔记无法保存。', persistDenied: '浏览器未承诺长期保留本站数据，请定期导出笔记。',
  exportNotesJson: '导出笔记 JSON', exportNotesCsv: '导出笔记 CSV', importNotes: '导入笔记', importPreview: '导入预览', importWillAdd: '将新增',
  updated: '更新', duplicates: '重复', errors: '错误', row: '第', confirmImport: '确认导入', cancel: '取消', imported: '已导入',
  trackedChart: '跟踪目标完成度', orphaned: '数据更新后找不到的记录', orphanedHint: '这些笔记对应的记录在新数据集中已不存在，笔记仍保留。',
  datasets: '我的数据', datasetsHint: '用自己的政策文本生成数据集：', dropHere: '把数据集文件（JSON）拖到这里，或', chooseFile: '选择文件',
  datasetKept: '已验证并保存', datasetRefused: '未采用', yourDataset: '我的数据集', show: '显示', 'source-bundled': '内置数据', 'source-mine': '我的数据',
  'source-both': '两者并列', removeDataset: '移除我的数据集', comparison: '与内置数据对比', added: '新增', removed: '移除', changed: '变化', unchanged: '未变',
  newVersion: '已发布新版本。', reloadNow: '立即刷新', offlineReady: '已可离线使用',
  moveTo: '转到', forget: '删除这些笔记', confirmForget: '确定删除这条记录的全部笔记和进度？',
  wording: '原文指标', plotted: '图上数值', notTargeted: '未设目标', openRecords: '点击查看记录', chooseIndicator: '选择指标或指标族',
  findIndicator: '查找指标', family: '指标族', indicatorCol: '指标', regionsHolding: '个地区', compareChart: '对比图', matrix: '地区 × 指标矩阵',
  nothingComparable: '没有可比的数据：', needKey: '请先在上方选择一个指标或指标族。', needTwoRegions: '当前筛选下少于两个地区有这一指标，无从比较。',
  showRegions: '显示的地区', allRegions: '全部地区', sortValue: '按数值', sortDeadline: '按截止年份', scaleMode: '口径',
  'scale-none': '原值', 'scale-perCapita': '每万常住人口', 'scale-gdpShare': '占地区生产总值',
  derivedNote: '派生值：目标值 ÷ {year}年各省{measure}（{source}），不是文件原文数值。', population: '年末常住人口', gdp: '地区生产总值',
  unscaledNote: '没有人口和GDP参考数据，未显示：', scaleNotApplicable: '这一单位不适用人口或GDP口径。',
  matrixHint: '每格为该地区这一指标最晚截止的目标（数值与年份），颜色表示截止状态；“+n”为另有的记录。点击格子查看记录。',
  matrixEmpty: '当前筛选下没有两个以上地区共同设定的指标。', referenceSources: '参考数据来源', unkeyedNote: '条记录没有对应的标准指标，不参与对比。',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appTitle: 'Policy targets tracker', overview: 'Overview', compare: 'Compare', timeline: 'Timeline', regions: 'Regions', table: 'All records',
  loading: 'Loading the dataset…', datasetError: 'The dataset cannot be used', datasetErrorHint: 'Run npm run extract to regenerate data/targets.json.',
  region: 'Region', level: 'Level', kind: 'Kind', topic: 'Topic', status: 'Status', search: 'Search', deadlineFrom: 'Deadline from', deadlineTo: 'to',
  all: 'All', clearFilters: 'Clear filters', records: 'records', documents: 'documents',
  target: 'Target', incentive: 'Incentive', national: 'National', province: 'Province', city: 'City', district: 'District', unresolved: 'Unresolved',
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
  tracking: 'Tracking', tracked: 'Tracked', trackingStatus: 'Status', tags: 'Tags', notes: 'notes', progress: 'progress entries', newNote: 'New note',
  addNote: 'Add note', addProgress: 'Add progress', actual: 'Actual', asOf: 'As of', delete: 'Delete', shareAchieved: 'Achieved', pace: 'Pace',
  expectedNow: 'a straight line expects', 'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'At risk', achieved: 'Achieved', dropped: 'Dropped',
  behind: 'Behind', unknown: 'Unknown', recordChanged: 'Record changed', acknowledge: 'Accept the new wording', progressInvalid: 'Enter a number and a date',
  storageUnavailable: 'This browser does not let the site store data (private mode?): notes cannot be saved.', persistDenied: 'The browser has not promised to keep this site’s data; export your notes now and then.',
  exportNotesJson: 'Export notes (JSON)', exportNotesCsv: 'Export notes (CSV)', importNotes: 'Import notes', importPreview: 'Import preview', importWillAdd: 'Will add',
  updated: 'updated', duplicates: 'duplicates', errors: 'errors', row: 'Row', confirmImport: 'Import', cancel: 'Cancel', imported: 'Imported',
  trackedChart: 'Share achieved of tracked targets', orphaned: 'Records missing after a dataset update', orphanedHint: 'These notes belong to records the new dataset no longer has; they are kept.',
  datasets: 'My data', datasetsHint: 'Make a dataset from your own policy texts:', dropHere: 'Drop a dataset file (JSON) here, or', chooseFile: 'choose a file',
  datasetKept: 'Validated and kept', datasetRefused: 'Not used', yourDataset: 'Your dataset', show: 'Show', 'source-bundled': 'Bundled', 'source-mine': 'Mine',
  'source-both': 'Both', removeDataset: 'Remove my dataset', comparison: 'Compared with the bundled dataset', added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Unchanged',
  newVersion: 'A new version is available.', reloadNow: 'Reload now', offlineReady: 'Ready to work offline',
  moveTo: 'Move to', forget: 'Delete these notes', confirmForget: 'Delete every note and progress entry of this record?',
  wording: 'Wording', plotted: 'Plotted', notTargeted: 'No target', openRecords: 'click to open the records', chooseIndicator: 'Choose an indicator or a family',
  findIndicator: 'Find an indicator', family: 'Family', indicatorCol: 'Indicator', regionsHolding: 'regions', compareChart: 'Chart', matrix: 'Region × indicator matrix',
  nothingComparable: 'Nothing to compare: ', needKey: 'choose an indicator or a family above.', needTwoRegions: 'fewer than two regions hold this indicator under the current filters.',
  showRegions: 'Regions shown', allRegions: 'All regions', sortValue: 'By value', sortDeadline: 'By deadline', scaleMode: 'Scale',
  'scale-none': 'As stated', 'scale-perCapita': 'Per 10,000 residents', 'scale-gdpShare': 'Share of GDP',
  derivedNote: 'Derived: the target divided by each province\'s {measure} in {year} ({source}); not a figure from the documents.', population: 'year-end resident population', gdp: 'gross regional product',
  unscaledNote: 'No population or GDP reference, not shown: ', scaleNotApplicable: 'Population and GDP scales do not apply to this unit.',
  matrixHint: 'Each cell is the region\'s furthest target for the indicator (value and year), coloured by deadline status; “+n” counts further records. Click a cell to open its records.',
  matrixEmpty: 'No indicator is targeted by two or more regions under the current filters.', referenceSources: 'Reference sources', unkeyedNote: 'records have no canonical indicator and are not compared.',
};

export type Translate = (key: Key) => string;

export function translator(language: Language): Translate {
  return (key) => (language === 'zh' ? zh[key] : en[key]);
}

export type { Key as MessageKey };
