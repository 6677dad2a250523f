// The indicator catalogue: canonical indicators with a stable key, names in Chinese and English,
// a family of related measures, a base unit and the phrases that identify each one. Shared by the
// extractor (which keys every record) and the app (which compares records of one key or family).
import type { IndicatorEntry, Kind } from './schema';

export interface IndicatorDefinition extends IndicatorEntry {
  /** Phrases that name this indicator in a policy text: 数据产业规模 → data-industry-scale. */
  phrases: readonly RegExp[];
  /** Phrases that look alike but mean another measure: 数据要素市场规模 is not 数据产业规模. */
  excludes?: readonly RegExp[];
  /** Indicator phrases as policy texts write them, each keyed to this entry (documentation and test). */
  examples: readonly string[];
  /** Money a government gives (算力券) rather than an outcome to reach; targets by default. */
  kind?: Kind;
}

export interface IndicatorFamily { key: string; zh: string; en: string }

/*
 * Grounded in the main-indicator tables of the national 十四五 plans for the digital economy
 * (数字经济发展规划) and for informatization (国家信息化规划), NBS's 数字经济及其核心产业统计分类
 * (2021), and the indicator tables provincial plans share (数字化转型, 制造强省, 科技创新, 数字政府).
 */
export const FAMILIES: readonly IndicatorFamily[] = [
  { key: 'digital-economy', zh: '数字经济总量', en: 'Digital economy' },
  { key: 'ict-industry', zh: '电子信息与软件', en: 'Electronics and software' },
  { key: 'data-economy', zh: '数据经济', en: 'Data economy' },
  { key: 'computing', zh: '算力与数据中心', en: 'Computing power and data centres' },
  { key: 'ai', zh: '人工智能', en: 'Artificial intelligence' },
  { key: 'manufacturing', zh: '制造业与工业数字化', en: 'Manufacturing and industrial digitalisation' },
  { key: 'innovation', zh: '研发与专利', en: 'R&D and patents' },
  { key: 'enterprises', zh: '企业梯队', en: 'Enterprise tiers' },
  { key: 'talent', zh: '人才', en: 'Talent' },
  { key: 'networks', zh: '网络基础设施', en: 'Network infrastructure' },
  { key: 'e-government', zh: '数字政府与政务服务', en: 'Digital government' },
  { key: 'digital-commerce', zh: '数字消费与贸易', en: 'Digital commerce and trade' },
  { key: 'support-funds', zh: '券与产业基金', en: 'Vouchers and industry funds' },
  { key: 'economy', zh: '经济总量与结构', en: 'Output and structure of the economy' },
];

/** Share of GDP as plans write it: 占GDP比重, 占地区生产总值比重, 占全省GDP的比重. */
const OF_GDP = String.raw`占(?:全省|全市|全区|全国)?(?:GDP|地区生产总值|国内生产总值|生产总值)的?(?:比重|比例)`;
const GROWTH = String.raw`(?:年均|年平均|同比|平均)?(?:复合)?(?:增长率?|增速|增幅)`;
const rx = (source: string): RegExp => new RegExp(source);
/**
 * What may stand before a counted noun without making it a subset: a descriptive 的-clause, the
 * whole jurisdiction, and the verbs of bringing about (培育, 打造). 数据类专精特新企业 is a subset, so
 * it matches no 专精特新 entry; 性能达到国际先进水平的通用大模型 still names 通用大模型.
 */
const LEAD = String.raw`^(?:[^，、；]{0,18}的)?(?:全省|全市|全区|全国|本市|本省|每年|年均|累计|新增|新|培育|引育|引进|打造|建成|建设|形成|认定|争创|创建|获评|推动|支持|境内外|境内)*`;
/** Level words an entry accepts where the level does not change the measure: 省级专精特新中小企业. */
const LEVEL = '(?:国家级|国家|省级以上|省级|省|市级以上|市级|市)?';
/** A counted thing, whole: ^LEAD noun (数量|总数)?$. */
const counted = (noun: string): RegExp => rx(`${LEAD}${noun}(?:的)?(?:数量|总数|总量|数)?$`);

export const INDICATORS: readonly IndicatorDefinition[] = [
  // ── digital economy (数字经济发展规划 主要指标) ──
  {
    key: 'digital-economy-scale', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '数字经济规模', en: 'Digital economy size',
    phrases: [/数字经济(?:总)?规模/, /数字经济总量/, /数字经济增加值/],
    excludes: [/核心产业/, /占/, /增长|增速/],
    examples: ['数字经济规模', '全省数字经济总量', '数字经济增加值'],
  },
  {
    key: 'digital-economy-gdp-share', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '数字经济占GDP比重', en: 'Digital economy, share of GDP',
    phrases: [rx(`数字经济(?:规模|总量|增加值)?${OF_GDP}`)],
    excludes: [/核心产业/],
    examples: ['数字经济增加值占GDP比重', '数字经济占地区生产总值比重'],
  },
  {
    key: 'digital-economy-growth', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '数字经济增速', en: 'Digital economy growth rate',
    phrases: [rx(`数字经济(?:规模|总量|增加值)?${GROWTH}`)],
    excludes: [/核心产业/, /占/],
    examples: ['数字经济规模年均增长', '数字经济增速'],
  },
  {
    key: 'core-digital-industry-value-added', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '数字经济核心产业增加值', en: 'Core digital industries, value added',
    phrases: [/数字经济核心产业增加值/],
    excludes: [/占/, /比重/, /增长|增速/],
    examples: ['数字经济核心产业增加值', '全市数字经济核心产业增加值'],
  },
  {
    key: 'core-digital-industry-gdp-share', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '数字经济核心产业增加值占GDP比重', en: 'Core digital industries, share of GDP',
    phrases: [rx(`数字经济核心产业(?:增加值)?${OF_GDP}`), /数字经济核心产业增加值(?:占比|比重)/],
    examples: ['数字经济核心产业增加值占GDP比重', '数字经济核心产业增加值占地区生产总值比重', '数字经济核心产业增加值占全省GDP的比重'],
  },
  {
    key: 'core-digital-industry-growth', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '数字经济核心产业增加值增速', en: 'Core digital industries, value-added growth',
    phrases: [rx(`数字经济核心产业增加值${GROWTH}`)],
    excludes: [/占/],
    examples: ['数字经济核心产业增加值年均增长', '数字经济核心产业增加值增速'],
  },
  {
    key: 'core-digital-industry-revenue', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '数字经济核心产业营业收入', en: 'Core digital industries, revenue',
    phrases: [/数字经济核心产业(?:营业收入|营收|业务收入|主营业务收入|规模)/],
    excludes: [/增加值/, /占/, /增长|增速/],
    examples: ['数字经济核心产业营业收入', '数字经济核心产业规模'],
  },
  {
    key: 'agri-digital-economy-share', family: 'digital-economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '农业数字经济占农业增加值比重', en: 'Agricultural digital economy, share of agricultural value added',
    phrases: [/农业数字经济占农业增加值(?:的)?比重/],
    examples: ['农业数字经济占农业增加值比重'],
  },
  // ── electronics and software (NBS 数字产品制造业, 软件和信息技术服务业) ──
  {
    key: 'software-revenue', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '软件业务收入', en: 'Software business revenue',
    phrases: [/软件(?:和信息技术服务业|和信息服务业|产业|业)?(?:业务收入|营业收入|主营业务收入|收入)/, /软件(?:和信息技术服务业|和信息服务业|产业|业)规模/],
    excludes: [/增长|增速/, /占/, /百强|奖励|补贴/, /等/],
    examples: ['软件业务收入', '软件和信息技术服务业营业收入', '软件产业规模'],
  },
  {
    key: 'software-revenue-growth', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'percent',
    zh: '软件业务收入增速', en: 'Software revenue growth rate',
    phrases: [rx(`软件(?:和信息技术服务业|和信息服务业|产业|业)?(?:业务收入|营业收入|收入|规模)${GROWTH}`)],
    excludes: [/等/, /占/],
    examples: ['软件业务收入年均增长', '软件和信息技术服务业营业收入增速'],
  },
  {
    key: 'electronics-manufacturing-revenue', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '电子信息制造业营业收入', en: 'Electronics manufacturing revenue',
    phrases: [/电子信息制造业(?:营业收入|主营业务收入|营收|产值|规模|总产值)/],
    excludes: [/增长|增速/, /占/],
    examples: ['电子信息制造业营业收入', '规上电子信息制造业营业收入', '电子信息制造业规模'],
  },
  {
    key: 'electronic-information-industry-scale', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '电子信息产业规模', en: 'Electronic information industry size',
    phrases: [/电子信息产业(?:规模|营业收入|主营业务收入|产值|总产值)/],
    excludes: [/制造业/, /增长|增速/, /占/],
    examples: ['电子信息产业规模', '电子信息产业营业收入'],
  },
  {
    key: 'integrated-circuit-industry-scale', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '集成电路产业规模', en: 'Integrated circuit industry size',
    phrases: [/集成电路(?:产业)?(?:规模|营业收入|销售收入|销售额|产值|主营业务收入)/],
    excludes: [/增长|增速/, /占/],
    examples: ['集成电路产业规模', '集成电路产业销售收入'],
  },
  {
    key: 'internet-services-revenue', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '互联网和相关服务业务收入', en: 'Internet and related services revenue',
    phrases: [/互联网(?:和相关服务|业务|和相关服务业|企业)(?:业务收入|营业收入|收入)/],
    excludes: [/增长|增速/, /工业互联网/],
    examples: ['互联网和相关服务业务收入', '规上互联网企业营业收入'],
  },
  {
    key: 'ict-services-value-added', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '信息传输、软件和信息技术服务业增加值', en: 'Information transmission, software and IT services value added',
    phrases: [/信息传输、?软件和信息技术服务业增加值/],
    excludes: [/增长|增速/, /占/],
    examples: ['信息传输、软件和信息技术服务业增加值'],
  },
  {
    key: 'information-consumption-scale', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '信息消费规模', en: 'Information consumption',
    phrases: [/信息消费(?:规模|总额|额)/],
    excludes: [/增长|增速/],
    examples: ['信息消费规模'],
  },
  // ── the data economy: four distinct measures of one family, and its counted parts ──
  {
    key: 'data-industry-scale', family: 'data-economy', topic: 'data-market', baseUnit: 'CNY',
    zh: '数据产业规模', en: 'Data industry size',
    phrases: [/数据产业(?:规模|营业收入|收入|产值)/],
    excludes: [/数据要素市场/, /数据安全产业/, /大数据/, /增长|增速/],
    examples: ['数据产业规模', '全市数据产业规模'],
  },
  {
    key: 'big-data-industry-scale', family: 'data-economy', topic: 'data-market', baseUnit: 'CNY',
    zh: '大数据产业规模', en: 'Big data industry size',
    phrases: [/大数据(?:产业|及相关产业)?(?:规模|营业收入|主营业务收入|业务收入|总产值|产值)/],
    excludes: [/增长|增速/, /交易/],
    examples: ['大数据产业规模', '大数据产业营业收入'],
  },
  {
    key: 'data-factor-market-scale', family: 'data-economy', topic: 'data-market', baseUnit: 'CNY',
    zh: '数据要素市场规模', en: 'Data factor market size',
    phrases: [/数据要素市场(?:规模|交易规模)?$/, /数据要素市场规模/],
    excludes: [/增长|增速/],
    examples: ['数据要素市场规模', '本市数据要素市场规模'],
  },
  {
    key: 'data-trading-volume', family: 'data-economy', topic: 'data-market', baseUnit: 'CNY',
    zh: '数据交易额', en: 'Data trading volume',
    phrases: [/数据(?:产品)?(?:场内)?交易(?:总)?(?:额|金额|规模|量)/, /数据交易(?:所|中心|平台)[^，]{0,6}交易(?:总)?(?:额|金额|规模)/],
    excludes: [/数据要素市场/, /增长|增速/, /奖励|补贴|支持/],
    examples: ['数据交易额', '数据交易规模', '大数据交易所年度交易额', '数据场内交易额'],
  },
  {
    key: 'data-security-industry-scale', family: 'data-economy', topic: 'data-market', baseUnit: 'CNY',
    zh: '数据安全产业规模', en: 'Data security industry size',
    phrases: [/数据安全产业(?:规模|营业收入|产值)/],
    excludes: [/增长|增速/],
    examples: ['数据安全产业规模'],
  },
  {
    key: 'data-merchants', family: 'data-economy', topic: 'data-market', baseUnit: 'count',
    zh: '数商企业数量', en: 'Data merchants',
    phrases: [counted('(?:数商|数商企业|数据商)')],
    examples: ['数商企业', '引育数商企业', '数据商'],
  },
  {
    key: 'data-trading-ecosystem-firms', family: 'data-economy', topic: 'data-market', baseUnit: 'count',
    zh: '数据交易生态企业数量', en: 'Data trading ecosystem firms',
    phrases: [counted('(?:数据交易|数商)生态企业')],
    examples: ['数据交易生态企业', '数商生态企业'],
  },
  {
    key: 'high-quality-datasets', family: 'data-economy', topic: 'data-market', baseUnit: 'count',
    zh: '高质量数据集数量', en: 'High-quality datasets',
    phrases: [counted('高质量数据集')],
    examples: ['高质量数据集', '形成高质量数据集'],
  },
  {
    key: 'listed-data-products', family: 'data-economy', topic: 'data-market', baseUnit: 'count',
    zh: '挂牌数据产品数量', en: 'Data products listed for trading',
    phrases: [counted('(?:挂牌|上架)?(?:可交易)?数据产品'), /(?:挂牌|上架|可交易)[^，]{0,4}数据产品(?:数量)?$/],
    excludes: [/品牌|优秀|示范/],
    examples: ['挂牌可交易数据产品', '上架数据产品'],
  },
  {
    key: 'public-data-open-datasets', family: 'data-economy', topic: 'data-market', baseUnit: 'count',
    zh: '公共数据开放数据集数量', en: 'Open public datasets',
    phrases: [/(?:公共数据|政务数据)开放(?:数据集|数据目录)(?:数量)?$/, /开放(?:公共|政务)数据集(?:数量)?$/],
    examples: ['公共数据开放数据集', '开放公共数据集'],
  },
  // ── computing power (算力基础设施高质量发展行动计划) ──
  {
    key: 'computing-power-scale', family: 'computing', topic: 'computing', baseUnit: 'PFLOPS',
    zh: '算力规模', en: 'Computing power',
    phrases: [/算力(?:总)?(?:规模|总量)/, /总算力/, /^算力$/],
    excludes: [/智能算力|智算|超算|高性能算力|通用算力/, /占比|比重/, /可开放|可调度|可提供/],
    examples: ['算力规模', '算力总规模', '全市算力总规模'],
  },
  {
    key: 'intelligent-computing-scale', family: 'computing', topic: 'computing', baseUnit: 'PFLOPS',
    zh: '智能算力规模', en: 'AI computing power',
    phrases: [/智能算力(?:规模|总量)?$/, /智算(?:算力)?规模/, /智能算力规模/],
    excludes: [/占比|比重/],
    examples: ['智能算力规模', '智算规模', '智能算力'],
  },
  {
    key: 'intelligent-computing-share', family: 'computing', topic: 'computing', baseUnit: 'percent',
    zh: '智能算力占比', en: 'AI computing, share of computing power',
    phrases: [/智能算力(?:规模)?(?:占比|比重|占[^，]{0,6}比重)/, /智算(?:占比|比重)/],
    examples: ['智能算力占比', '智能算力占算力总规模比重'],
  },
  {
    key: 'high-performance-computing-share', family: 'computing', topic: 'computing', baseUnit: 'percent',
    zh: '高性能算力占比', en: 'High-performance computing, share of computing power',
    phrases: [/高性能算力(?:占比|比重|占[^，]{0,6}比重)/],
    examples: ['高性能算力占比'],
  },
  {
    key: 'data-centre-racks', family: 'computing', topic: 'computing', baseUnit: 'count',
    zh: '数据中心机架数', en: 'Data centre racks',
    phrases: [/(?:数据中心)?[^，]{0,6}机架(?:数|数量|规模|总数|总量)?$/, /数据中心(?:标准)?机架/],
    excludes: [/上架率|利用率|使用率/],
    examples: ['数据中心机架规模', '在用数据中心标准机架', '标准机架'],
  },
  {
    key: 'data-centre-pue', family: 'computing', topic: 'computing', baseUnit: 'PUE',
    zh: '数据中心电能利用效率（PUE）', en: 'Data centre power usage effectiveness (PUE)',
    phrases: [/PUE/, /电能利用效率/],
    examples: ['全市新建数据中心电能利用效率（PUE）值', '新建大型数据中心PUE'],
  },
  {
    key: 'data-centre-utilisation', family: 'computing', topic: 'computing', baseUnit: 'percent',
    zh: '数据中心上架率', en: 'Data centre rack utilisation',
    phrases: [/数据中心(?:平均)?(?:上架率|利用率|机架利用率)/],
    examples: ['数据中心平均上架率', '数据中心利用率'],
  },
  // ── artificial intelligence ──
  {
    key: 'ai-core-industry-scale', family: 'ai', topic: 'ai', baseUnit: 'CNY',
    zh: '人工智能核心产业规模', en: 'Core AI industry size',
    phrases: [/人工智能核心产业(?:规模|营业收入|产值)/],
    excludes: [/增长|增速/],
    examples: ['人工智能核心产业规模'],
  },
  {
    key: 'ai-industry-scale', family: 'ai', topic: 'ai', baseUnit: 'CNY',
    zh: '人工智能产业规模', en: 'AI industry size',
    phrases: [/人工智能(?:及相关|相关)?产业(?:规模|营业收入|产值|总产值)/],
    excludes: [/核心产业/, /增长|增速/],
    examples: ['人工智能产业规模', '人工智能相关产业营业收入'],
  },
  {
    key: 'ai-enterprises', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '人工智能企业数量', en: 'AI enterprises',
    phrases: [counted('(?:规上|规模以上)?人工智能(?:相关|核心|重点)?企业')],
    examples: ['人工智能企业', '规上人工智能企业', '人工智能核心企业'],
  },
  {
    key: 'general-large-models', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '通用大模型数量', en: 'General-purpose large models',
    phrases: [counted('(?:通用|基础)大模型')],
    examples: ['性能达到国际先进水平的通用大模型', '基础大模型'],
  },
  {
    key: 'industry-large-models', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '行业大模型数量', en: 'Industry-specific models',
    phrases: [counted('(?:行业|垂直(?:领域|行业)?|专用|领域)(?:大)?模型')],
    excludes: [/评选|奖励|补助/],
    examples: ['具有行业重大影响力的专用模型', '行业大模型', '垂直领域大模型'],
  },
  {
    key: 'registered-large-models', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '备案大模型数量', en: 'Registered generative AI models',
    phrases: [/(?:备案|登记)[^，]{0,6}(?:大模型|生成式人工智能服务)(?:数量)?$/],
    examples: ['通过国家备案的大模型', '完成备案的生成式人工智能服务'],
  },
  {
    key: 'ai-application-scenarios', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '人工智能应用场景数量', en: 'AI application scenarios',
    phrases: [counted('(?:人工智能|AI|大模型)(?:典型|示范|标杆)?应用场景')],
    examples: ['人工智能典型应用场景', '大模型应用场景'],
  },
  {
    key: 'robot-industry-scale', family: 'ai', topic: 'ai', baseUnit: 'CNY',
    zh: '机器人产业规模', en: 'Robotics industry size',
    phrases: [/机器人(?:产业|制造业)?(?:规模|营业收入|产值|总产值)/],
    excludes: [/基金/, /增长|增速/],
    examples: ['机器人产业规模', '机器人产业营业收入'],
  },
  {
    key: 'robot-density', family: 'ai', topic: 'ai', baseUnit: 'count',
    zh: '制造业机器人密度', en: 'Manufacturing robot density',
    phrases: [/机器人密度/],
    examples: ['制造业机器人密度'],
  },
  // ── manufacturing and industrial digitalisation (智能制造, 工业互联网, 两化融合) ──
  {
    key: 'industrial-value-added-growth', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '规模以上工业增加值增速', en: 'Industrial value added growth (above designated size)',
    phrases: [rx(`规(?:模以)?上工业增加值${GROWTH}`)],
    examples: ['规模以上工业增加值增长', '规上工业增加值年均增长'],
  },
  {
    key: 'manufacturing-value-added-growth', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '制造业增加值增速', en: 'Manufacturing value added growth',
    phrases: [rx(`制造业增加值${GROWTH}`)],
    excludes: [/占/, /高技术/],
    examples: ['制造业增加值年均增长'],
  },
  {
    key: 'manufacturing-gdp-share', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '制造业增加值占GDP比重', en: 'Manufacturing, share of GDP',
    phrases: [rx(`制造业增加值${OF_GDP}`)],
    excludes: [/高技术|先进/],
    examples: ['制造业增加值占GDP比重', '制造业增加值占地区生产总值比重'],
  },
  {
    key: 'strategic-emerging-gdp-share', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '战略性新兴产业增加值占GDP比重', en: 'Strategic emerging industries, share of GDP',
    phrases: [rx(`战略性新兴产业增加值${OF_GDP}`)],
    examples: ['战略性新兴产业增加值占GDP比重'],
  },
  {
    key: 'high-tech-manufacturing-share', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '高技术制造业增加值占规上工业增加值比重', en: 'High-tech manufacturing, share of industrial value added',
    phrases: [/高技术制造业增加值占(?:规模以上|规上)?工业增加值(?:的)?(?:比重|比例)/, /高技术制造业(?:增加值)?占比/],
    examples: ['高技术制造业增加值占规上工业增加值比重', '高技术制造业增加值占比'],
  },
  {
    key: 'industrial-internet-platforms', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '工业互联网平台数量', en: 'Industrial internet platforms',
    phrases: [counted(`${LEVEL}(?:具有行业影响力的)?(?:跨行业跨领域|双跨)?工业互联网(?:平台|双跨平台)`)],
    examples: ['工业互联网平台', '省级工业互联网平台', '具有行业影响力的工业互联网平台'],
  },
  {
    key: 'industrial-internet-identifier-nodes', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '工业互联网标识解析二级节点数量', en: 'Industrial internet identifier resolution nodes',
    phrases: [counted('(?:工业互联网)?标识解析(?:二级)?节点')],
    examples: ['工业互联网标识解析二级节点'],
  },
  {
    key: 'smart-factories', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '智能工厂数量', en: 'Smart factories',
    phrases: [counted(`${LEVEL}智能(?:制造)?(?:示范|标杆)?工厂`)],
    examples: ['智能工厂', '智能制造示范工厂', '省级智能工厂'],
  },
  {
    key: 'digital-workshops', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '数字化车间数量', en: 'Digital workshops',
    phrases: [counted(`${LEVEL}(?:数字化|智能化|智能)(?:示范)?车间`)],
    examples: ['数字化车间', '智能车间'],
  },
  {
    key: '5g-factories', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '5G工厂数量', en: '5G factories',
    phrases: [counted(`${LEVEL}5G(?:全连接)?工厂`)],
    examples: ['5G全连接工厂', '5G工厂'],
  },
  {
    key: 'lighthouse-factories', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '灯塔工厂数量', en: 'Lighthouse factories',
    phrases: [counted('(?:全球)?灯塔工厂')],
    examples: ['灯塔工厂', '全球灯塔工厂'],
  },
  {
    key: 'digital-rd-tools-penetration', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '数字化研发设计工具普及率', en: 'Digital R&D and design tool adoption',
    phrases: [/数字化研发设计工具普及率/],
    examples: ['数字化研发设计工具普及率', '规模以上工业企业数字化研发设计工具普及率'],
  },
  {
    key: 'key-process-nc-rate', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '关键工序数控化率', en: 'Numerical control of key processes',
    phrases: [/关键工序数控化率/],
    examples: ['关键工序数控化率', '规模以上工业企业关键工序数控化率'],
  },
  {
    key: 'sme-digital-level-share', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '中小企业数字化水平二级以上比例', en: 'SMEs at digital maturity level 2 or above',
    phrases: [/中小企业数字化(?:转型)?水平(?:达到)?二级(?:及以上|以上)[^，]{0,4}(?:比例|比重|占比)/],
    examples: ['规上工业中小企业数字化水平二级及以上比例'],
  },
  {
    key: 'enterprises-on-cloud', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '上云企业数量', en: 'Enterprises moved to the cloud',
    phrases: [counted('(?:上云(?:上平台)?企业|企业上云(?:上平台)?)')],
    examples: ['上云企业', '推动企业上云'],
  },
  {
    key: 'digital-transformation-enterprises', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '数字化转型企业数量', en: 'Enterprises completing digital transformation',
    phrases: [counted('(?:实施|完成)?数字化(?:转型|改造)(?:升级)?(?:的)?(?:规上)?(?:工业)?企业'), counted('(?:规上)?(?:工业)?企业(?:实施|完成)数字化(?:转型|改造)(?:升级)?')],
    examples: ['数字化改造企业', '规上工业企业完成数字化转型'],
  },
  {
    key: 'manufacturing-innovation-centres', family: 'manufacturing', topic: 'innovation', baseUnit: 'count',
    zh: '制造业创新中心数量', en: 'Manufacturing innovation centres',
    phrases: [counted('(?:省级|省|市级|市)?制造业创新中心')],
    excludes: [/国家(?:级)?制造业创新中心/],
    examples: ['省制造业创新中心', '省级制造业创新中心'],
  },
  {
    key: 'national-manufacturing-innovation-centres', family: 'manufacturing', topic: 'innovation', baseUnit: 'count',
    zh: '国家制造业创新中心数量', en: 'National manufacturing innovation centres',
    phrases: [counted('国家(?:级)?制造业创新中心')],
    examples: ['国家制造业创新中心', '国家级制造业创新中心'],
  },
  {
    key: 'single-champion-enterprises', family: 'manufacturing', topic: 'enterprises', baseUnit: 'count',
    zh: '制造业单项冠军企业数量', en: 'Manufacturing single-item champions',
    phrases: [counted(`${LEVEL}(?:制造业)?单项冠军(?:示范)?(?:企业|产品)?`)],
    examples: ['省级以上制造业单项冠军企业', '制造业单项冠军示范企业'],
  },
  {
    key: 'advanced-manufacturing-clusters', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '先进制造业集群数量', en: 'Advanced manufacturing clusters',
    phrases: [counted(`${LEVEL}先进制造业集群`)],
    examples: ['国家先进制造业集群'],
  },
  // ── R&D, innovation platforms and patents ──
  {
    key: 'rd-intensity', family: 'innovation', topic: 'innovation', baseUnit: 'percent',
    zh: '研发投入强度', en: 'R&D intensity (R&D spending, share of GDP)',
    phrases: [/(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入|支出)?强度/, rx(`(?:全社会)?(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入|支出)?${OF_GDP}`)],
    // 通信和其他电子设备制造业研发经费投入强度 is an industry's own ratio, not the economy's
    excludes: [/企业研发|规上工业企业/, /制造业|行业|产业/],
    examples: ['研发投入强度', '全社会研发经费投入占GDP比重', 'R&D经费支出占地区生产总值比重', '研究与试验发展经费投入强度'],
  },
  {
    key: 'rd-expenditure', family: 'innovation', topic: 'innovation', baseUnit: 'CNY',
    zh: '全社会研发经费投入', en: 'R&D expenditure',
    phrases: [/^(?:全社会|全省|全市)?(?:研发|R&D|研究与试验发展)经费(?:投入|支出)(?:总量|规模|总额)?$/],
    examples: ['全社会研发经费投入', 'R&D经费支出'],
  },
  {
    key: 'rd-expenditure-growth', family: 'innovation', topic: 'innovation', baseUnit: 'percent',
    zh: '研发经费投入增速', en: 'R&D expenditure growth',
    phrases: [rx(`^(?:全社会|全省|全市)?(?:研发|R&D|研究与试验发展)经费(?:投入|支出)?${GROWTH}`)],
    examples: ['全社会研发经费投入年均增长', '研发经费投入增长'],
  },
  {
    key: 'high-value-invention-patents-per-10k', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '每万人口高价值发明专利拥有量', en: 'High-value invention patents per 10,000 people',
    phrases: [/每万人(?:口)?(?:拥有)?高价值发明专利(?:拥有量|数)?/],
    examples: ['每万人口高价值发明专利拥有量', '每万人拥有高价值发明专利'],
  },
  {
    key: 'invention-patents-per-10k', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '每万人口发明专利拥有量', en: 'Invention patents per 10,000 people',
    phrases: [/每万人(?:口)?(?:拥有)?(?:有效)?发明专利(?:拥有量|数)?/],
    excludes: [/高价值/],
    examples: ['每万人口发明专利拥有量', '每万人口有效发明专利拥有量'],
  },
  {
    key: 'invention-patent-stock', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '有效发明专利拥有量', en: 'Valid invention patents held',
    phrases: [/(?:有效)?发明专利(?:拥有量|保有量)/, /^(?:全省|全市|全区)?有效发明专利(?:数|数量|总量)?$/],
    excludes: [/每万人/, /高价值/],
    examples: ['有效发明专利拥有量', '全省有效发明专利'],
  },
  {
    key: 'invention-patent-grants', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '发明专利授权量', en: 'Invention patents granted',
    phrases: [/发明专利授权(?:量|数|数量)?$/],
    excludes: [/每万人/],
    examples: ['发明专利授权量', '年发明专利授权'],
  },
  {
    key: 'pct-applications', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: 'PCT国际专利申请量', en: 'PCT international patent applications',
    phrases: [/PCT(?:国际)?专利申请(?:量|数)?/],
    examples: ['PCT国际专利申请量', 'PCT专利申请'],
  },
  {
    key: 'technology-contract-turnover', family: 'innovation', topic: 'innovation', baseUnit: 'CNY',
    zh: '技术合同成交额', en: 'Technology contract turnover',
    phrases: [/技术合同(?:成交|交易)(?:额|金额|总额)/],
    excludes: [/增长|增速/, /奖励|补贴|补助/],
    examples: ['技术合同成交额', '全省技术合同成交额'],
  },
  {
    key: 'national-enterprise-technology-centres', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '国家企业技术中心数量', en: 'National enterprise technology centres',
    phrases: [counted('国家(?:级|认定)?企业技术中心')],
    examples: ['国家企业技术中心', '国家级企业技术中心'],
  },
  {
    key: 'new-rd-institutions', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '新型研发机构数量', en: 'New-type R&D institutions',
    phrases: [counted('新型研发机构')],
    examples: ['全省新型研发机构总量', '新型研发机构'],
  },
  {
    key: 'key-laboratories', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '重点实验室数量', en: 'Key laboratories',
    phrases: [counted('(?:省级|省|市级|市)?重点实验室')],
    excludes: [/(?:国家|全国)(?:级)?重点实验室/],
    examples: ['省级重点实验室', '重点实验室'],
  },
  {
    key: 'technology-innovation-centres', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '技术创新中心数量', en: 'Technology innovation centres',
    phrases: [counted('(?:制造业)?(?:省级|省|市级|市)?技术创新中心')],
    examples: ['制造业省级技术创新中心总量', '省级技术创新中心'],
  },
  {
    key: 'technology-innovation-demonstration-enterprises', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '技术创新示范企业数量', en: 'Technology innovation demonstration enterprises',
    phrases: [counted('(?:省级|省|市级|市)?技术创新示范企业')],
    excludes: [/国家(?:级)?技术创新示范企业/],
    examples: ['省技术创新示范企业', '省级技术创新示范企业'],
  },
  {
    key: 'national-key-laboratories', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '国家（全国）重点实验室数量', en: 'National key laboratories',
    phrases: [counted('(?:国家|全国)(?:级)?重点实验室')],
    examples: ['全国重点实验室', '国家重点实验室'],
  },
  {
    key: 'national-technology-innovation-demonstration-enterprises', family: 'innovation', topic: 'innovation', baseUnit: 'count',
    zh: '国家技术创新示范企业数量', en: 'National technology innovation demonstration enterprises',
    phrases: [counted('国家(?:级)?技术创新示范企业')],
    examples: ['国家技术创新示范企业'],
  },
  {
    key: 'rd-institution-coverage', family: 'innovation', topic: 'innovation', baseUnit: 'percent',
    zh: '规上工业企业研发机构覆盖率', en: 'Industrial enterprises with an R&D institution',
    phrases: [/(?:规上|规模以上)?工业企业研发机构覆盖率/, /有研发(?:机构|活动)的(?:规上|规模以上)?工业企业(?:占比|比重|比例)/],
    examples: ['规上工业企业研发机构覆盖率', '有研发活动的规上工业企业占比'],
  },
  {
    key: 'high-tech-industry-output-share', family: 'innovation', topic: 'innovation', baseUnit: 'percent',
    zh: '高新技术产业产值占规上工业总产值比重', en: 'High-tech industry output, share of industrial output',
    phrases: [/高新技术产业产值占(?:规模以上|规上)?工业(?:总)?产值(?:的)?(?:比重|比例)/, /高新技术产业产值(?:占比|比重)/],
    examples: ['高新技术产业产值占规上工业总产值比重'],
  },
  {
    key: 'standards-led', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '主导制定标准数量', en: 'Standards led or co-drafted',
    phrases: [counted('(?:主导|牵头|参与)?(?:制定|制修订|修订)(?:国际|国家|行业)标准')],
    examples: ['主导制定国际标准', '制修订国家标准'],
  },
  // ── enterprise tiers (梯度培育) ──
  {
    key: 'specialised-smes', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '专精特新中小企业数量', en: 'Specialised and sophisticated SMEs',
    phrases: [counted(`${LEVEL}专精特新(?:中小)?企业`)],
    examples: ['专精特新中小企业', '省级专精特新中小企业', '培育专精特新企业'],
  },
  {
    key: 'little-giants', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '专精特新“小巨人”企业数量', en: '“Little giant” enterprises',
    phrases: [counted(`${LEVEL}(?:专精特新)?[“"]?小巨人[”"]?(?:企业)?`)],
    examples: ['专精特新“小巨人”企业', '国家级专精特新小巨人企业'],
  },
  {
    key: 'high-tech-enterprises', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '高新技术企业数量', en: 'High-tech enterprises',
    phrases: [counted(`${LEVEL}(?:高新技术企业|高企)`)],
    examples: ['全省高新技术企业', '国家高新技术企业', '高新技术企业数量'],
  },
  {
    key: 'tech-smes', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '科技型中小企业数量', en: 'Technology-based SMEs',
    phrases: [counted(`${LEVEL}科技型中小企业(?:信息库入库企业)?`)],
    examples: ['科技型中小企业', '国家科技型中小企业信息库入库企业'],
  },
  {
    key: 'unicorns', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '独角兽企业数量', en: 'Unicorn enterprises',
    phrases: [counted('独角兽(?:企业)?')],
    examples: ['独角兽企业', '每年新培育独角兽企业'],
  },
  {
    key: 'gazelles', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '瞪羚企业数量', en: 'Gazelle enterprises',
    phrases: [counted(`${LEVEL}瞪羚(?:企业)?`)],
    examples: ['瞪羚企业', '每年新培育瞪羚企业'],
  },
  {
    key: 'innovative-smes', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '创新型中小企业数量', en: 'Innovative SMEs',
    phrases: [counted(`${LEVEL}创新型中小企业`)],
    examples: ['创新型中小企业', '省级创新型中小企业'],
  },
  {
    key: 'listed-companies', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '上市企业数量', en: 'Listed companies',
    phrases: [counted('上市(?:企业|公司)')],
    examples: ['上市企业', '新增上市公司'],
  },
  {
    key: 'above-scale-industrial-enterprises', family: 'enterprises', topic: 'enterprises', baseUnit: 'count',
    zh: '规上工业企业数量', en: 'Industrial enterprises above designated size',
    phrases: [counted('规(?:模以)?上工业企业')],
    examples: ['规上工业企业', '新增规模以上工业企业'],
  },
  // ── talent ──
  {
    key: 'digital-talent', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '数字人才规模', en: 'Digital talent',
    phrases: [counted('数字(?:经济|技能|化)?(?:领域)?人才(?:规模)?')],
    examples: ['数字人才', '数字经济人才总量', '数字技能人才'],
  },
  {
    key: 'ai-talent', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '人工智能人才数量', en: 'AI talent',
    phrases: [counted('人工智能(?:领域|专业|产业)?人才(?:规模)?')],
    examples: ['人工智能人才', '人工智能领域人才'],
  },
  {
    key: 'high-skilled-talent-share', family: 'talent', topic: 'talent', baseUnit: 'percent',
    zh: '高技能人才占技能人才比例', en: 'Highly skilled workers, share of skilled workers',
    phrases: [/高技能人才占技能人才(?:的)?(?:比例|比重)/],
    examples: ['高技能人才占技能人才的比例'],
  },
  {
    key: 'skilled-talent-total', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '技能人才总量', en: 'Skilled workers',
    phrases: [counted('技能人才(?:规模)?')],
    examples: ['技能人才总量', '全省技能人才'],
  },
  {
    key: 'high-skilled-talent-total', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '高技能人才总量', en: 'Highly skilled workers',
    phrases: [counted('高技能人才(?:规模)?')],
    examples: ['高技能人才总量', '全省高技能人才'],
  },
  {
    key: 'rd-personnel', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '研发人员数量', en: 'R&D personnel',
    phrases: [counted('(?:研发|R&D)人员(?:全时当量)?')],
    examples: ['研发人员', 'R&D人员全时当量'],
  },
  {
    key: 'industry-education-enterprises', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '产教融合型企业数量', en: 'Industry–education integration enterprises',
    phrases: [counted(`${LEVEL}产教融合型企业`)],
    examples: ['产教融合型企业', '省级产教融合型企业'],
  },
  {
    key: 'industry-education-pilot-cities', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '产教融合试点城市数量', en: 'Industry–education integration pilot cities',
    phrases: [counted('(?:国家|省级)?产教融合试点城市')],
    examples: ['国家产教融合试点城市'],
  },
  {
    key: 'digital-skills-training', family: 'talent', topic: 'talent', baseUnit: 'count',
    zh: '数字技能培训人次', en: 'Digital skills training (person-times)',
    phrases: [/数字(?:技能|素养)(?:与技能)?培训(?:人次|规模)?$/, /(?:大数据|人工智能|数字经济)相关培训(?:人次)?$/],
    examples: ['数字技能培训', '大数据相关培训'],
  },
  // ── network infrastructure (双千兆, 5G, IPv6, 物联网) ──
  {
    key: '5g-base-stations', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '5G基站数', en: '5G base stations',
    phrases: [counted('5G基站(?:规模)?')],
    excludes: [/每万人/],
    examples: ['5G基站', '累计建成5G基站', '5G基站总数'],
  },
  {
    key: '5g-base-stations-per-10k', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '每万人拥有5G基站数', en: '5G base stations per 10,000 people',
    phrases: [/每万人(?:口)?(?:拥有)?5G基站/],
    examples: ['每万人拥有5G基站数', '每万人口5G基站数'],
  },
  {
    key: '5g-user-penetration', family: 'networks', topic: 'infrastructure', baseUnit: 'percent',
    zh: '5G用户普及率', en: '5G user penetration',
    phrases: [/5G(?:移动电话)?用户(?:普及率|渗透率)/],
    examples: ['5G用户普及率', '5G移动电话用户渗透率'],
  },
  {
    key: '5g-users', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '5G用户数', en: '5G users',
    phrases: [counted('5G(?:移动电话|终端)?用户(?:规模)?')],
    examples: ['5G用户', '5G移动电话用户数'],
  },
  {
    key: 'gigabit-users', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '千兆宽带用户数', en: 'Gigabit broadband users',
    phrases: [counted('千兆(?:光网|宽带|光纤|及以上)*(?:接入)?用户(?:规模)?'), counted('(?:1000M|千兆)(?:及以上)?(?:速率)?的?光纤接入用户')],
    examples: ['千兆宽带用户', '千兆光网用户数', '1000M及以上速率的光纤接入用户'],
  },
  {
    key: 'gigabit-coverage', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '千兆光网覆盖家庭数', en: 'Homes covered by gigabit fibre',
    phrases: [/千兆光网[^，]{0,4}覆盖(?:家庭|用户|户)(?:数)?$/, /千兆[^，]{0,4}覆盖能力的家庭/],
    examples: ['千兆光网覆盖家庭', '具备千兆光网覆盖能力的家庭'],
  },
  {
    key: '10g-pon-ports', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '10G-PON端口数', en: '10G-PON ports',
    phrases: [/10G-?PON(?:及以上)?端口/],
    examples: ['10G-PON端口', '10G-PON及以上端口数'],
  },
  {
    key: 'fixed-broadband-penetration', family: 'networks', topic: 'infrastructure', baseUnit: 'percent',
    zh: '固定宽带家庭普及率', en: 'Fixed broadband household penetration',
    phrases: [/(?:固定宽带|宽带)家庭普及率/],
    examples: ['固定宽带家庭普及率'],
  },
  {
    key: 'ipv6-active-users', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: 'IPv6活跃用户数', en: 'Active IPv6 users',
    phrases: [/IPV6活跃用户/],
    examples: ['IPv6活跃用户数'],
  },
  {
    key: 'ipv6-traffic-share', family: 'networks', topic: 'infrastructure', baseUnit: 'percent',
    zh: 'IPv6流量占比', en: 'IPv6 share of traffic',
    phrases: [/IPV6流量(?:占比|比重|占[^，]{0,6}比重)/],
    examples: ['IPv6流量占比', '移动网络IPv6流量占比'],
  },
  {
    key: 'iot-connections', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '物联网终端连接数', en: 'IoT connections',
    phrases: [/物联网(?:终端)?(?:连接数|连接|用户|用户数|终端数)$/],
    examples: ['移动物联网终端用户数', '物联网终端连接数'],
  },
  {
    key: 'gigabit-cities', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '千兆城市数量', en: 'Gigabit cities',
    phrases: [counted(`${LEVEL}千兆城市`)],
    examples: ['千兆城市', '国家级千兆城市'],
  },
  {
    key: '5g-private-networks', family: 'networks', topic: 'infrastructure', baseUnit: 'count',
    zh: '5G行业虚拟专网数', en: '5G private networks',
    phrases: [counted('5G(?:行业)?(?:虚拟)?专网')],
    examples: ['5G行业虚拟专网'],
  },
  {
    key: 'village-broadband-access', family: 'networks', topic: 'infrastructure', baseUnit: 'percent',
    zh: '行政村5G通达率', en: 'Villages reached by 5G',
    phrases: [/行政村(?:5G|光纤|宽带)(?:网络)?(?:通达率|覆盖率)/],
    examples: ['行政村5G通达率'],
  },
  // ── digital government and public services (一网通办, 数字政府) ──
  {
    key: 'online-service-availability', family: 'e-government', topic: 'government', baseUnit: 'percent',
    zh: '政务服务事项网上可办率', en: 'Government services available online',
    phrases: [/网上可办率/, /网上可办(?:比例|比率)/],
    examples: ['政务服务事项网上可办率'],
  },
  {
    key: 'full-online-processing-rate', family: 'e-government', topic: 'government', baseUnit: 'percent',
    zh: '政务服务事项全程网办率', en: 'Government services handled fully online',
    phrases: [/全程网办(?:率|比例)/, /一网通办[”"]?(?:率|比例)/, /全程网上办理(?:率|比例)/],
    examples: ['政务服务事项全程网办率', '“一网通办”率'],
  },
  {
    key: 'online-processing-rate', family: 'e-government', topic: 'government', baseUnit: 'percent',
    zh: '政务服务网办率', en: 'Share of government services used online',
    phrases: [/网办(?:发生)?率/, /网上办理率/, /网办占比/],
    excludes: [/全程网办/],
    examples: ['高频政务服务事项网办发生率', '网上办理率'],
  },
  {
    key: 'gov-systems-on-cloud', family: 'e-government', topic: 'government', baseUnit: 'count',
    zh: '政务信息系统迁移上云数', en: 'Government information systems moved to the cloud',
    phrases: [/政务信息系统[^，]{0,6}(?:迁移)?上云/],
    examples: ['省级政务信息系统迁移上云'],
  },
  {
    key: 'gov-cloud-rate', family: 'e-government', topic: 'government', baseUnit: 'percent',
    zh: '政务信息系统上云率', en: 'Government information systems on the cloud',
    phrases: [/政务(?:信息)?系统[^，]{0,4}上云率/],
    examples: ['政务信息系统上云率'],
  },
  {
    key: 'gov-service-satisfaction', family: 'e-government', topic: 'government', baseUnit: 'percent',
    zh: '政务服务满意度', en: 'Satisfaction with government services',
    phrases: [/政务服务(?:好差评)?[^，]{0,4}满意(?:度|率)/, /好差评[^，]{0,4}满意(?:度|率)/],
    examples: ['政务服务好差评满意率', '政务服务满意度'],
  },
  {
    key: 'e-certificate-usage', family: 'e-government', topic: 'government', baseUnit: 'count',
    zh: '电子证照类型数', en: 'Electronic licence types in use',
    phrases: [/电子证照(?:种类|类型)?(?:数|数量)?$/],
    examples: ['电子证照', '电子证照种类'],
  },
  // ── digital commerce and trade ──
  {
    key: 'online-retail-sales', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '网上零售额', en: 'Online retail sales',
    phrases: [/网(?:上|络)零售(?:额|总额|交易额)/],
    excludes: [/实物商品[^，]*占/, /农产品|农村/, /增长|增速/, /占/],
    examples: ['网上零售额', '全省网络零售额'],
  },
  {
    key: 'online-retail-share', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'percent',
    zh: '实物商品网上零售额占社会消费品零售总额比重', en: 'Online retail of goods, share of total retail sales',
    phrases: [/网上零售额占社会消费品零售总额(?:的)?(?:比重|比例)/],
    examples: ['实物商品网上零售额占社会消费品零售总额比重'],
  },
  {
    key: 'rural-online-retail', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '农产品网络零售额', en: 'Online retail sales of farm produce',
    phrases: [/(?:农产品|农村)网(?:上|络)零售额/],
    excludes: [/增长|增速/],
    examples: ['农产品网络零售额', '农村网络零售额'],
  },
  {
    key: 'ecommerce-transactions', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '电子商务交易额', en: 'E-commerce transactions',
    phrases: [/电子商务交易(?:额|规模|总额)/, /电商交易(?:额|规模|总额)/],
    excludes: [/跨境/, /增长|增速/],
    examples: ['电子商务交易额', '电商交易额'],
  },
  {
    key: 'cross-border-ecommerce', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '跨境电商进出口额', en: 'Cross-border e-commerce trade',
    phrases: [/跨境电(?:子)?商(?:务)?(?:进出口|交易)?(?:额|总额|规模)/],
    excludes: [/增长|增速/],
    examples: ['跨境电商进出口额', '跨境电子商务交易额'],
  },
  {
    key: 'digital-trade', family: 'digital-commerce', topic: 'digital-economy', baseUnit: 'CNY',
    zh: '数字贸易额', en: 'Digital trade',
    phrases: [/数字贸易(?:额|进出口额|规模|总额)/, /可数字化交付的服务贸易(?:额|规模)/],
    excludes: [/增长|增速/],
    examples: ['数字贸易额', '可数字化交付的服务贸易额'],
  },
  // ── the informatization plan's enterprise indicators ──
  {
    key: 'fully-digitalised-enterprise-share', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '关键业务环节全面数字化的企业比例', en: 'Enterprises with key business processes fully digitalised',
    phrases: [/关键业务环节全面数字化的?(?:规上|规模以上)?(?:工业)?企业(?:比例|比重|占比)/],
    examples: ['关键业务环节全面数字化的企业比例'],
  },
  {
    key: 'industrial-equipment-cloud-rate', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '工业设备上云率', en: 'Industrial equipment connected to the cloud',
    phrases: [/工业设备上云率/],
    examples: ['企业工业设备上云率'],
  },
  {
    key: 'industrial-internet-platform-penetration', family: 'manufacturing', topic: 'industry', baseUnit: 'percent',
    zh: '工业互联网平台应用普及率', en: 'Industrial internet platform adoption',
    phrases: [/工业互联网平台(?:应用)?普及率/],
    examples: ['工业互联网平台应用普及率'],
  },
  {
    key: 'digital-transformation-promotion-centres', family: 'manufacturing', topic: 'industry', baseUnit: 'count',
    zh: '数字化转型促进中心数量', en: 'Digital transformation promotion centres',
    phrases: [counted(`${LEVEL}(?:企业)?数字化转型促进中心`)],
    examples: ['省级数字化转型促进中心'],
  },
  {
    key: 'ngit-invention-patents-per-10k', family: 'innovation', topic: 'patents', baseUnit: 'count',
    zh: '每万人口新一代信息技术产业发明专利拥有量', en: 'Next-generation IT invention patents per 10,000 people',
    phrases: [/每万人(?:口)?新一代信息技术产业发明专利拥有量/],
    examples: ['每万人口新一代信息技术产业发明专利拥有量'],
  },
  {
    key: 'it-investment-share', family: 'ict-industry', topic: 'digital-economy', baseUnit: 'percent',
    zh: 'IT项目投资占全社会固定资产投资比例', en: 'IT investment, share of fixed-asset investment',
    phrases: [/IT项目投资占全社会固定资产投资(?:总额)?(?:的)?(?:比例|比重)/],
    examples: ['IT项目投资占全社会固定资产投资总额比例'],
  },
  {
    key: 'high-tech-industry-output-growth', family: 'innovation', topic: 'innovation', baseUnit: 'percent',
    zh: '高新技术产业产值增速', en: 'High-tech industry output growth',
    phrases: [rx(`^(?:全市|全省|全区)?高新技术产业(?:总)?产值${GROWTH}`)],
    examples: ['高新技术产业产值增速'],
  },
  // ── output and structure of the economy, as work plans head their targets ──
  {
    key: 'gdp-growth', family: 'economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '地区生产总值增速', en: 'GDP growth',
    phrases: [rx(`^(?:全省|全市|全区|全县|全国)?(?:地区生产总值|生产总值|GDP)${GROWTH}`)],
    examples: ['全市地区生产总值增长', 'GDP增速'],
  },
  {
    key: 'tertiary-industry-share', family: 'economy', topic: 'digital-economy', baseUnit: 'percent',
    zh: '第三产业增加值占GDP比重', en: 'Services (tertiary industry), share of GDP',
    phrases: [/^第三产业(?:增加值)?(?:占比|比重)$/, rx(`^第三产业(?:增加值)?${OF_GDP}`)],
    examples: ['第三产业占比', '第三产业增加值占地区生产总值比重'],
  },
  // ── vouchers and industry funds the government gives ──
  {
    key: 'computing-vouchers', family: 'support-funds', topic: 'funding', baseUnit: 'CNY', kind: 'incentive',
    zh: '算力券发放规模', en: 'Computing-power vouchers issued',
    phrases: [/算力券/],
    excludes: [/比例|上限|每家|单个/],
    examples: ['“算力券”总额', '算力券发放规模'],
  },
  {
    key: 'model-vouchers', family: 'support-funds', topic: 'funding', baseUnit: 'CNY', kind: 'incentive',
    zh: '模型券发放规模', en: 'Model vouchers issued',
    phrases: [/模型券/],
    excludes: [/比例|上限|每家|单个/],
    examples: ['模型券发放规模'],
  },
  {
    key: 'industry-fund-scale', family: 'support-funds', topic: 'funding', baseUnit: 'CNY', kind: 'incentive',
    zh: '产业基金规模', en: 'Government-guided industry fund size',
    phrases: [/(?:产业|引导|投资|发展)基金(?:总)?规模$/],
    excludes: [/首期|比例/],
    examples: ['机器人产业基金规模', '人工智能产业引导基金规模'],
  },
];

const byKey = new Map(INDICATORS.map((i) => [i.key, i]));

export function indicatorByKey(key: string): IndicatorDefinition | undefined {
  return byKey.get(key);
}

export function familyByKey(key: string): IndicatorFamily | undefined {
  return FAMILIES.find((f) => f.key === key);
}

/** The catalogue entry a dataset carries for a key: the definition without its matching rules. */
export function toIndicatorEntry({ key, family, zh, en, baseUnit, topic }: IndicatorDefinition): IndicatorEntry {
  return { key, family, zh, en, baseUnit, topic };
}

/** Full-width letters and digits to ASCII, spaces out, ASCII upper-cased: ＧＤＰ, Ipv6 → GDP, IPV6. */
function normalizePhrase(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[a-z]+/g, (s) => s.toUpperCase())
    .replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Numbers in a quote that are amounts, not years or names (2025年, 5G, IPv6, FP16): how many measures it states. */
function amountCount(quote: string): number {
  const stripped = quote.replace(/(?:19|20)\d{2}年/g, '').replace(/\d+G|IPV\d|FP\d+|10G-?PON/g, '');
  return (stripped.match(/\d+(?:\.\d+)?/g) ?? []).length;
}

const byUnit = new Map<string, IndicatorDefinition[]>();
for (const indicator of INDICATORS) byUnit.set(indicator.baseUnit, [...(byUnit.get(indicator.baseUnit) ?? []), indicator]);

/** Names repeat across a corpus (独角兽企业 in many plans): each phrase is matched once, in a bounded memo. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 20000;

function bestMatch(text: string, baseUnit: string, kind: Kind | undefined): string | null {
  const id = `${kind ?? ''}\u0000${baseUnit}\u0000${text}`;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const found = matchCatalogue(text, baseUnit, kind);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(id, found);
  return found;
}

function matchCatalogue(text: string, baseUnit: string, kind: Kind | undefined): string | null {
  let best: { key: string; length: number } | null = null;
  for (const indicator of byUnit.get(baseUnit) ?? []) {
    if (kind && (indicator.kind ?? 'target') !== kind) continue;
    if (indicator.excludes?.some((p) => p.test(text))) continue;
    for (const phrase of indicator.phrases) {
      const found = phrase.exec(text);
      // the longest phrase wins: 每万人口高价值发明专利拥有量 over 发明专利拥有量
      if (found && (!best || found[0].length > best.length)) best = { key: indicator.key, length: found[0].length };
    }
  }
  return best?.key ?? null;
}

export interface KeyContext {
  /** The passage the record quotes: read when the phrase is a fragment naming no indicator and the quote states one amount. */
  quote?: string;
  /** Targets are keyed to outcome indicators, incentives to support instruments (算力券). */
  kind?: Kind;
}

/**
 * The key of the indicator an indicator phrase (and its quote) names, when its base unit fits;
 * null when none does, which is the honest answer for most phrases.
 */
export function keyIndicator(phrase: string, baseUnit: string, context: KeyContext = {}): string | null {
  const text = normalizePhrase(phrase);
  const fromPhrase = bestMatch(text, baseUnit, context.kind);
  // only a fragment (占全省, 比重, 目标) sends the reader to the quote; a full phrase that names nothing is answer enough
  if (fromPhrase || !context.quote || text.length > 8) return fromPhrase;
  const quote = normalizePhrase(context.quote);
  // a quote that states one amount names one measure: 力争数字经济核心产业增加值占GDP比重达到10%
  return amountCount(quote) === 1 ? bestMatch(quote.replace(/[，。；].*$/, ''), baseUnit, context.kind) : null;
}
