// Interface language: Chinese by default, English on request. Indicator names and quotes stay
// in Chinese, as written in the documents.
export type Language = 'zh' | 'en';

const zh = {
  appTitle: '政策量化目标追踪', overview: '概览', compare: '地区对比', timeline: '时间线', regions: '地区', table: '全部记录',
  loading: '正在加载数据…', datasetError: '数据集无法使用', datasetErrorHint: '请运行 npm run extract 重新生成 data/targets.json。',
  region: '地区', level: '层级', kind: '类型', topic: '主题', status: '状态', search: '搜索', deadlineFrom: '截止年份自', deadlineTo: '至',
  all: '全部', clearFilters: '清除筛选', records: '条记录', documents: '份文件',
  target: '目标', incentive: '激励', national: '国家', province: '省级', city: '市级', district: '区县', unresolved: '未识别',
  overdue: '已过截止日期', 'due-soon': '12个月内到期', later: '更晚到期', none: '无截止时间',
  byRegion: '各地区承诺数（城市单列）', byLevel: '按层级', byKind: '按类型', nextDeadlines: '即将到期', overdueList: '已过截止日期',
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
  plotted: '图中绘制', exportShape: '形状', 'shape-slide': '16:9 幻灯片', 'shape-standard': '4:3', 'shape-screen': '屏幕上的形状',
  exportChartCsv: '图表数据 CSV', copyLink: '复制链接', linkCopied: '已复制链接', noFilters: '无（全部记录）',
  strength: '措辞强度', binding: '确保（约束性）', aspirational: '力争/争取（预期性）', unstated: '未写明', asOfDate: '状态截至',
  datasetTotal: '数据集共', inFilter: '当前筛选', withCities: '含下辖市、区县', skipToContent: '跳到正文', showFilters: '筛选条件',
  issuer: '发文地区', deadlineYear: '年底前', from: '起', until: '截止', period: '期间', openRecord: '点击打开记录',
  chartRole: '图表', chartKeys: '用方向键逐项查看，回车打开，Esc 退出。', regionName: '地区', documentTitle: '文件', ofDocuments: '份文件', moreRows: '行',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appTitle: 'Policy targets tracker', overview: 'Overview', compare: 'Compare', timeline: 'Timeline', regions: 'Regions', table: 'All records',
  loading: 'Loading the dataset…', datasetError: 'The dataset cannot be used', datasetErrorHint: 'Run npm run extract to regenerate data/targets.json.',
  region: 'Region', level: 'Level', kind: 'Kind', topic: 'Topic', status: 'Status', search: 'Search', deadlineFrom: 'Deadline from', deadlineTo: 'to',
  all: 'All', clearFilters: 'Clear filters', records: 'records', documents: 'documents',
  target: 'Target', incentive: 'Incentive', national: 'National', province: 'Province', city: 'City', district: 'District', unresolved: 'Unresolved',
  overdue: 'Deadline passed', 'due-soon': 'Due within 12 months', later: 'Due later', none: 'No deadline',
  byRegion: 'Commitments by region (cities on their own)', byLevel: 'By level', byKind: 'By kind', nextDeadlines: 'Next deadlines', overdueList: 'Deadline passed',
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
  plotted: 'Plotted', exportShape: 'Shape', 'shape-slide': '16:9 slide', 'shape-standard': '4:3', 'shape-screen': 'As on screen',
  exportChartCsv: 'Chart data (CSV)', copyLink: 'Copy link', linkCopied: 'Link copied', noFilters: 'none (all records)',
  strength: 'Wording', binding: 'Binding (确保)', aspirational: 'Aspirational (力争/争取)', unstated: 'Not stated', asOfDate: 'Status as of',
  datasetTotal: 'Dataset total', inFilter: 'Under the filters', withCities: 'cities and counties included', skipToContent: 'Skip to content', showFilters: 'Filters',
  issuer: 'Issued by', deadlineYear: 'by the end of', from: 'from', until: 'until', period: 'period', openRecord: 'Click to open the record',
  chartRole: 'chart', chartKeys: 'Arrow keys step through the items, Enter opens one, Escape leaves.', regionName: 'Region', documentTitle: 'Document', ofDocuments: 'documents', moreRows: 'rows',
};

export type Translate = (key: Key) => string;

export function translator(language: Language): Translate {
  return (key) => (language === 'zh' ? zh[key] : en[key]);
}

export type { Key as MessageKey };
