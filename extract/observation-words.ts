// The Chinese vocabulary of reported figures, one cue per entry with an example: what marks a
// statistics report, a forecast, a third party, an event, a ranking, another kind of place, a
// period of the text's present, a growth, a target's starting point, and the words around a subject.
/** Statistics reports, by their title: 2023年1—5月份互联网和相关服务业运行情况. */
export const STATISTICS_REPORT = /运行情况|运行态势|经济运行|统计公报|统计监测|发展统计/;
/** Forecasts and plans: 预计, 有望, 将达到, 力争, 目标. */
export const FORECAST = /预计|预测|预期|有望|将达|将超|将突破|将实现|估计|测算|展望|力争|争取|目标|计划|规划|确保|到(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|末)?前/;
/** Third parties' research: 报告显示, IDC, 研究院. */
export const THIRD_PARTY = /报告显示|研究显示|调查显示|报告指出|研究院|研究机构|咨询|IDC|Gartner|[A-Z]{3,}(?:数据|报告)/;
/** One event's figures: 签约金额, a fair's turnover. */
export const EVENT = /签约|签署|意向|成交|大会|博览会|展会|交易会|论坛|峰会|开幕|闭幕|发布会|活动|本届|现场/;
/** Rankings: 位居全国第二, 居前5名, 跃居世界第二. */
export const RANKING = /排名|排行|位居|居全国|居前|居首|跃居|首位|前列|名列|第[一二三四五六七八九十\d]+(?:位|名)/;
/** Parts of the country or the world that are no jurisdiction of ours: 东部地区, 各省, 全球. */
export const AREA = /[东中西南北]部|东北地区|地区|各地|各省|省[（(]区|省份|区县|地市|城市群|全球|世界|国际|国外|境外|美国|欧盟|欧洲|日本|韩国/;
/** A title about the whole country: 2024年1—9月份全国软件业运行情况. */
export const COUNTRY_TITLE = /全国|我国|中国(?!共产党)/;
/** The text's present, when no period is named: 目前全市已有…. */
export const NOW = /目前|当前|现有|截至目前/;
/** The country as subject: 我国, 全国. */
export const COUNTRY = /我国|(?<!占)全国|国内/;
/** Notes, figure captions and definitions around a report: （附注：…, 图1 …. */
export const NOT_A_REPORT_LINE = /^\s*(?:[（(]?(?:附注|注)[:：）)]|图\s*\d)/;
/** Cues that the sentence reports a value reached: 截至, 已建成, 实现了, 同比增长. */
export const REPORTED = /截至|截止|已建成|已达|已有|已累计|已经|共有|实现了|完成了|达到了|据统计|统计显示|数据显示|同比|环比|比上年|较上年|上年同期/;
/** A growth stated before its rate: 同比增长, 比上年下降, 增长. */
export const GROWTH_BEFORE = /(同比|环比|比上年|较上年|比去年同期|较去年同期|与上年同期相比)?(分别)?(增长|上升|提高|增加|下降|减少|回落)了?$/;
/** A target's starting point: 从2020年的9.89亿 (then 提高到12亿). */
export const STARTING_POINT = /[从由]((?:19|20)\d{2})年(?:底|末)?的?$/;
/** …and the verb of change after it: 提高到, 下降至. */
export const STARTING_POINT_AFTER = /^[^，。；]{0,4}?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|压缩)(?:到|至)/;
/** Verbs between a subject and its object: 企业完成互联网业务收入 → 互联网业务收入. */
export const OBJECT_VERB = /(?:完成|实现|共投入|监测到)/g;
/** Words opening a subject that are not the indicator: 其中, 全省, 已建成, 据…统计 (其中智能手机产量 → 智能手机产量). */
export const LEADING = /^(?:其中|主要产品中|带动|拉动|推动|累计|已建成|建成|已有|现有|共有|拥有|同时|此外|另外|而|并|且|共|已|国家统计局数据显示|数据显示|据[^，]{1,10}统计|根据[^，]{1,16}统计|我国|全国|国内|全省|全市|全区|本市|本省|我省|我市|我区|今年|目前|当前)+/;
/** Words closing a subject before its number: 达到, 为, 突破, 累计 (增加值达到 → 增加值). */
export const TRAILING = /(?:达到了?|达|为|突破|超过|约|近|累计|共计|共|总计|合计|已|实现|完成|是|有|增至|增长到|提高到|达到约)+$/;
/** A comparison or a list before a number: 比同期工业低, 较1—4月份, 分别 (not 比重, 比例, 比率). */
export const COMPARISON = /分别|(?:比|较)(?![重例率])/;
