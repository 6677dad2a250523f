// Decides what a number in a policy sentence is: a target (an outcome to reach), an incentive
// (money or another quantity the government gives), or not a commitment at all (a statistic,
// a fine, a procedural time limit, an eligibility threshold, a third party's forecast).
import type { Comparator, Kind } from '../src/domain/schema';
import { HOW_LONG, PAYMENT_WORD_BEFORE, RENT_FREE_WITHIN, TERM_COUNTED_FROM, type Quantity } from './find-quantities';
import { HOME_LENT_WORDS, LOAN_ISSUED_WORDS } from './indicator-words';
import { numeralValue } from './numerals';
import { CURRENCIES } from '../src/domain/units';
import { PLAN_PERIOD_NAME } from '../src/domain/dates';
import { FOOTNOTE_MARK, matchesOf } from '../src/domain/text';

export type Verdict = { kind: Kind } | { kind: null; reason: string };

/**
 * Cues that a clause reports a result already reached, at a time they name: 截至2022年末, 过去一年, 近三年，…平均增速达到9.1%,
 * 2019年揭牌成立至今, 1—9月, 据统计, 公布第六批…项目 (a batch announced), 经过40多年的接力发展, 接连跨越5000亿元、6000亿元台阶,
 * 勘探发现万亿级页岩气资源 (resources found), 大理是“乳牛之乡” (a place by the title it holds, opening its profile). They hold for the clauses after them, in this sentence and the next.
 */
// (…公布《2024年度专精特新中小企业名单》，其中，…7家企业新认定为专精特新中小企业: a list of those chosen, given out, and the
// things it counts as chosen; 新能源汽车千亿元产业集群已初现雏形: a scale already taking shape; 煤气表产量最多时占全国的60%:
// a share at a peak the text looks back on)
const REACHED = /截至|截止|至今|统计公报|最多时|(?:鼎盛|巅峰)时期?|已(?:初现|初具|形成)(?:雏形|规模)|(?:成果|成效|成绩)(?:显著|明显|丰硕)\s*(?:[:：]|$)|(?:公布|公示)(?:了)?[^，。；]{0,30}?名单|\d(?:家|个|项|名|所)[\u4e00-\u9fa5]{0,6}?(?:新|被)(?:认定为|评为|获评为)|(?<![可将拟能]|[可将拟能](?:一次性|分别|均|每年)|可以|最高|最多)获(?:得)?(?:表扬激励|激励表扬|激励|表扬|奖励|奖补)(?:资金)?(?=[\d.]+(?:万|亿)?元|\d+次)|从[^，。；]{1,8}(?:分布|构成|结构)(?:上)?来?看|勘探发现|已探明|探明储量|接连(?:跨越|突破|迈上|跨上|跃上)|经过[\d一二三四五六七八九十]+(?:多|余)?年(?:的)?[^，。；]{0,6}(?:发展|努力|建设|奋斗)|(?:公布|发布|确定|认定)(?:了)?第[一二三四五六七八九十\d]+批|(?:第[一二三四五六七八九十\d]+批|首批|本批|此次|本次)(?:共|累计)?(?:发放|兑现|拨付|下达)(?!的)|累计(?:兑现|拨付|下达)(?:了)?(?!的)|(?:发放|兑现|拨付|下达)(?:了)?(?:第[一二三四五六七八九十\d]+批|首批)|(?:此次|本次|首批)(?:获得|获评|入选)|近(?:几|[一二两三四五六七八九十\d]+)?年来|已(?:下达|拨付|兑现|发放|到位)|(?:^|[，。；])\s*(?:近|过去)(?:几|[一二两三四五六七八九十\d]+)年(?:[，,]|$)|^\s*(?:今年)?(?:上半年|前三季度|第?[一二三]季度)(?:[，,]|$|(?=[^，。；要将]{0,12}?(?:实现|完成)[^，。；]{0,16}?\d(?![^，。；]*(?:以上|左右))))|^\s*实际(?:完成|实现)(?![^，。；]*的)|(?<![在比较])去年(?![^，。；]{0,8}基础上|持平)|过去的?[一两二三四五六七八九十]年|^\s*[\d一两二三四五六七八九十]{1,2}年(?:间|来)(?![^。；]*(?:将|力争|确保|要))|近[两二三四五六七八九十]年(?:来|累计)|一年来|五年来|多年来|以来|据(?:最新|初步|不完全)?统计|先后(?:争取|获得|获批|引进|落地)|^\s*[\u4e00-\u9fa5]{2,10}(?:是|被誉为|素有)“[^”]{2,16}”(?:之称|的美誉)?\s*$|统计显示|数据显示|资料显示|工作报告显示|(?:执行|完成)情况(?:显示|表明)|(?:监测|调查)(?:数据)?显示|初步统计|\d+(?:月份?)?(?:[—-]|到|至)\d+月份?|(?:^|[^到至年\d])\d{1,2}月份?(?:累计|当月)(?:完成|实现|增速|增长)|前三季度|(?<![提超以之日])前[\d一二三四五六七八九十两]{1,2}个月|(?<![到至])(?:19|20)\d{2}年[^，。；到至]{0,20}取得(?:了)?(?:显著|明显|积极|重大|良好)?(?:成效|成绩|成就)|取得了[^，。；]{0,4}(?:成效|成绩|成就)|完成(?:年度)?(?:计划|目标|任务)的|十年来|(?<![到至])这[二两三四五六七八九十]年(?![内中里])|(?:成立|建区|设立|开发建设)[\d一二三四五六七八九十]+(?:多|余)?年来|从(?:19|20)\d{2}年的[^，。；]{0,16}?(?:增加|增长|提高|提升|扩大|上升|达到|跃升)[到至](?:19|20)\d{2}年的/;
/**
 * Cues that a clause reports what stands now: 现…共8家 (现郑州高新区的上市企业共8家; not 现代), 目前 (not 项目前期, nor 下降至目前80%的水平, a level a goal is set against), 如今, 我国现在有, 已建成, 均已开工, 共有 (not 共有…18条政策, a policy's own parts, nor 共有五大类别赛事可申请补助, the kinds it pays), 全市共建有…196个, …的工业企业有151家 (not 将有), 发布会上. They hold for the clauses after
 * them and for the paragraph's next sentences, until a goal (目前，…已落地30个平台。…高新技术企业数量达到51家), as
 * REACHED does (在现有基础上 is where a goal starts from; 改造现有竹林 names existing things; 已有企业参照…计算奖励额, the firms already
 * there and the terms they are paid on). A congress's session
 * (在市十一届人大六次会议开幕大会上，政府工作报告明确提出：…) is where a year's goals are set, not a press event's report.
 */
const STANDING = /^\s*现(?![代场行金实状任阶])(?=[^，。；\d]{2,16}?共\d)|如今|^\s*当前(?=[，,]|$)|(?<!在|以)(?:(?<![项题节从由至到为比较])目前|(?<!(?:整合|利用|盘活|依托|用好|优化|提升|统筹)[我全本该]?[市省区县镇园国])(?<=^|[市省区县镇园国]|目前|当前)现有|(?<=^\s*(?!对|凡|改造|提升|整合|利用|盘活|依托|发挥|壮大|用好|优化|升级|扩建|完善|推动|支持|鼓励|引导|提质|做强|做大|巩固|保留|保护|加强)[\u4e00-\u9fa5]{2,3})现有(?!的?基础)|(?<!的)已有(?![^，。；\d]{1,6}?(?:参照|按照?|依据|根据|享受|可按|可享受))|(?<=^|[市省区县镇国])现在(?:有|已))(?!的?基础)|已建成|(?<!(?:对|对于)[^，。；]{0,20})已经|已达|已(?:近|接近|逾)|(?:均|已)已?(?:开工|开复工|复工|复产|投产|竣工|落地|签约)|全部(?:开工|开复工|复工|复产)(?=[，。；]|$)|(?<!按照?|对)已(?:吸引|完成|引进|投入|实现|形成|培育|带动|集聚|聚集|兑付|兑现|发放|拨付|服务|惠及|覆盖|帮助|举办|超过|突破|占)|共有(?![^，。；]*[条项](?:政策|措施|举措|条款)|[^，。；]*(?:可申请|可申报|可享受|可获得))|(?:共|现|已)建有(?![量率])|(?<=[\u4e00-\u9fa5])(?<![将会要可还没再少])有(?=[\d一二三四五六七八九十]+(?:多|余)?(?:家|个|所|座|项))|(?<!(?:人大|人民代表大会|党代会|全会)[^，。；]{0,8})会上|已累计|累计已|保持着/;
/** 总规划面积, 辖区面积约: a place's area opening its clause, no verb before it (not 建设规划面积…的园区). */
// (南宁五象新区规划总面积175平方公里, 这个总规划面积, 其中工业规划面积, “长智光谷”核心区规划面积为: the place, or a part of it, named first)
const PLACE_AREA = /(?:^|[，,；;：:])\s*(?:这个|其中|该区|拟)?(?:[\u4e00-\u9fa5“”]{2,12}?(?:区|市|县|园|城|镇|谷|岛|港|工业))?(?:总|国土|辖区|总规划|规划(?:建设)?总?|占地)面积(?:约|为|共|近|是)?\s*$/;
/** 半径50公里内: the reach of a place around it, what it is. */
const PLACE_RADIUS = /(?:^|[，,；;：:])\s*(?:[\u4e00-\u9fa5]{0,4}半径)$/;
/** 面积, 人口, 总人口: a clause opening on a place's area or people, no verb before its figure. */
const PLACE_PROFILE = /(?:^|[，,；;：:])\s*(?:总|国土|辖区|常住|户籍)?(?:面积|人口)(?:约|为|共|近|达)?$/;
/** 面积5.05万平方公里，人口1365万: a sentence giving both. */
const PROFILE_PAIR = /面积(?:约|为|共|近|达)?[\d.]+[万亿]?(?:平方公里|平方千米|亩|公顷)[，,、；;]\s*(?:总|常住|户籍)?人口(?:约|为|共|近|达)?[\d.]+/;
/** 通达, 通勤, 直达: what hours of travel between places measure (not 1小时通勤圈, 1小时经济圈: a circle named, no goal). */
const TRAVEL_TIME_AFTER = /^(?:以内|左右)?[^，。；\d]{0,2}(?:通达|通勤|到达|直达|可达|抵达|基本覆盖|覆盖|上高速|上高铁)(?![圈网])/;
/** 距离北京、天津、沈阳各300公里, 距县城约50公里: how far a place lies from others (not 服务半径, nor a road to build). */
const DISTANCE_FROM = /(?:^|[，,；;：:\s]|[位地处])(?:距离?|离)[\u4e00-\u9fa5、]{1,20}?(?:各|均|仅|约|只有|不到|不足|大约)?$/;
/** 创历史新高, 创历史最好水平 (not 力争创…新高 or 力争再创…最好水平, a goal, nor 创新高地, innovation's heights). */
const RECORD_SET = /(?<!(?:力争|争取|努力|确保|将|要)再?)(?:创(?:历史|同期|近年|历年)(?:新高|最好|最高)|创新高(?![地端校效质水]))/;
/** 截至4月底，已开复工将达到…: a count at a date already reached, its 将 an estimate. */
const AS_OF = /(?:截至|截止)[^，。；]{0,12}已|^\s*已[^，。；]{0,10}将/;
/** The words STANDING looks at, found before its context is checked (most clauses hold none). */
const STANDING_WORD = /^\s*现|^\s*当前|如今|目前|现有|现在|已|有(?=[\d一二三四五六七八九十])|共有|建有|会上|保持着/;

// (70个计划新开工项目累计完成投资…: 计划 after a count names the projects counted, and sets nothing ahead)
/** 突破, 力争跨越: the verb of a level reached within a count of years (3年突破6400亿元、5年跨越7500亿元). */
export const LEVEL_REACHED = '(?:力争|争取)?(?:突破|跨越|跨赿|超过|达到|迈上|跃上|站上|冲刺|实现)';
/** 增幅全市最高, 总量全省第一: a rank a figure's growth or total reached, said after it. */
const RANK_REACHED = '(?:总量|增速|增幅|增量)全[省市国区县](?:最高|最快|第一|首位)';
/**
 * Words that report within their sentence only, where nothing before framed it as a goal: 记者获悉 (the
 * policy it reports may follow), a verb with
 * 了 (形成了128条; 发布了7款产品, though 发布了《…》 issues a policy), 全省建有…303个, 拥有有效专利1.02万项 (not 每万人拥有, 每千人口拥有, 拥有量, 拥有…的产品), 江夏有高校18所 (a place and what it has, opening a clause), 顺利签约 (done, and done well), and period and
 * comparison words: 同比增长4% (not 同比增长7%左右, a goal's hedge), a place's 总面积6.1万平方公里, 投资完成率129%, (but 确保…达到120亿元，上争资金同比增长20% is a goal; 比上年度每增加2000万元, a payment's step, is no result), 一季度, 上年同期,
 * a first crossing (首次突破200亿元大关; not 首次突破10亿元的企业, a condition), a rank reached (新增学位超1万个，增幅全市最高), what a place is (规划面积882平方公里,
 * 管辖23个街镇), awards already won (76家企业成功获得…资金, 共评选出8家, 获补助的企业中, 甲等6家企业每家获…奖励) and a feature's
 * scene (初秋，走进…村, 记者在现场看到, 因为拥有12万亩的草原, 先后把3万亩土地流转).
 */
const REPORTING = new RegExp(`${RANK_REACHED}|${/获悉|据了解|现行有效|(?:工程|项目)(?:建设)?(?:已)?完成(?=\d)|(?:建设|改造|提升)完成(?![^，。；]*\d)|据介绍|高峰时(?![段期])|面积约|完成(?:年度|全年)?计划(?:投资)?的|刚刚?过去的|突破[^，。；]{0,12}大关|(?:站上|迈上|跨上|登上)[^，。；]{0,12}台阶|(?:项目|工程|设施)(?:正式)?投入使用|(?:生产线|项目|工程)(?:正式)?投入试?生产(?![^，。；]*?(?:将|要|力争|确保|争取|计划))|(?<!全年|年内|今年)累计(?:为[^，。；]{1,10})?(?:实施|完成|引进|建成|培育|投入|实现|招引|签约|落地|新增|集聚|争取)(?![^，。；]*?(?:\d[^，。；\d]{0,4}(?:以上|以内|左右)(?!的|项目|企业)|不低于|不少于))|(?<![为除设明]|出台|印发|制定|发布|推出|明确|提出|设立|设置|确定)了(?![解结])|(?:发布|推出)了(?=[\d一二三四五六七八九十两]+[款个项批件])|(?<![每均人口])(?:拥有|建有)(?![量率])(?![^，；]*的)|顺利(?:签约|落地|落户|开工|投产|竣工|完成|举办|召开)(?!的)|(?:^|[，,：:])\s*[\u4e00-\u9fa5]{2,4}(?<![将要可还应需能再共新])有(?![望效力序机关])[\u4e00-\u9fa5]{1,8}(?=\d)|(?:这|该)[座个片]?(?:拥有|有着)|^\s*依托(?=[^，。；]*\d)|(?<!按|按照|按其|每)(?:同比|环比)(?=[^，；]*?\d)(?![^，；]*?\d%左右)|(?<!按其?|按照)(?:比上年|较上年)(?!度?每)|上年同期|上半年|下半年|[一二三四]季度|(?<![从自\d])\d+月份(?!开始|起|[^。；]*?(?:奖励|补贴|补助|给予)[^。；]*?\d)|(?<!按照?)(?:总|国土|辖区|规划|流域)面积(?!(?:达到?|稳定在|保持在|超过)[^，。；]{0,12}(?:以上|左右)|不超过|不低于|不少于|不高于)|^\s*走进|记者[^，。；]{0,6}(?:看到|见到|了解到)|放眼望去|因为拥有|先后(?![^，。；]*将)|从[^，。；]{1,8}(?:分布|构成|结构)(?:上)?来?看|(?<![较比凭对按])上一?年度[^，。；]{0,12}?(?:达到?|实现|完成)(?![^，。；]*的)|(?:管辖|下辖)(?=[\d一二三四五六七八九十两])|成功(?:获得|获批|入选|申报)|评选出|揭晓|达成了?[^，。；]{0,4}(?:协议|共识)|等\d+家[^，。；]{0,12}?(?<!可)获(?!得?[^，。；]{0,4}(?:最高|不超过))|获(?:得)?补助的|(?<!(?:推动|确保|力争|争取)[^，。；]{0,12})完成率|(?:首次|(?<!力争|争取|确保|要|将)一举)(?:突破|超过|迈上|跨上)(?![^，。；]*(?:的|企业|项目))|(?:增速|增幅|总量|规模)?(?:位)?居全[省市国区][^，。；\d]{0,4}?(?:第[一二三四五六七八九十\d]|前列|首位)/.source}`);
/** 据了解, 记者获悉, 据介绍 as a clause of its own: how news opens on anything, a measure too. */
/** 算力券申领额度为, 补贴标准为, 奖励额度分别达到了: the terms money is given on. */
// (首次通过认定的省级“驼鹿”企业，可获150万元一次性资助: what a receiver may get, however the news words it)
// (按2022年1-3月新增用电量予以0.1元/千瓦时的补贴: the months a payment is figured on are its terms, not a report;
// 按不高于同比增量1%的标准，可获最高30万元或20万元奖励: nor is the growth a rate is paid on;
// 在第二、三季度各按5万元予以一次性奖励: nor the quarters a sum is paid in;
// 每家企业最高奖励不超过100万元, 每项奖励20万元, 补贴比例不超过算力合同费用的30%, 给予5元/吨的物流补贴,
// 一季度贷款利息给予50%贴息补助, 按不超过当季度产值同比增量的1%予以奖励, 二季度迁入…按全年租金的20%一次性给予补助: nor a payment's cap, rate or share)
const MONEY_TERMS = /(?:^|每[^，。；\d]{1,8}?|单个[^，。；\d]{1,6}?)最高(?:奖励|补贴|补助|奖补|资助)(?:金额)?(?:不超过|不高于)?[\d.]+[万亿]?元|^\s*每(?:家|个|项|户|名|人|台|套|亩|吨|头|只|平方米|立方米|千瓦)(?:企业|单位|项目)?(?:一次性)?(?:奖励|补贴|补助|奖补|资助)[\d.]+(?:[~～—\-至][\d.]+)?[万亿]?元|(?:补贴|补助|奖励|奖补|资助|贴息)比例(?:不超过|不高于|最高为?)|给予[\d.]+元\/[^，。；\d]{1,4}的?[^，。；\d]{0,6}?(?:补贴|补助|奖励)|给予[\d.]+%的?(?:贴息|补贴|补助|奖励|奖补)|按[^，。；]{0,30}?的[\d.]+[%‰](?:一次性)?(?:给予|予以)[^，。；\d]{0,12}?(?:奖励|补贴|补助|奖补|资助|贴息)|按照?[^，。；\d]{0,12}?[\d.]+[万亿]?元(?:的标准)?(?:予以|给予)[^，。；\d]{0,8}?(?:补贴|补助|奖励|奖补|资助)|(?:券|补贴|补助|奖励|资助|奖补)[^，。；]{0,6}(?:额度|标准|比例|金额)(?:分别)?(?:为|是|达到了?|达)|^[^，。；]{0,16}?按照?[^，。；]{2,24}?(?:予以|给予)[^，。；]{0,12}?[\d.]+[万亿]?元[^，。；]{0,10}?(?:补贴|补助|奖励|奖补)|可获得?(?:最高)?(?:不超过)?[\d.]+[万亿]?元(?:或[\d.]+[万亿]?元)?(?:的)?(?:一次性)?(?:奖励|补贴|补助|资助|奖补|奖金)|^[^，。；]{0,8}?按(?:照)?(?:不高于|不超过)?[^，。；\d]{0,12}?[\d.]+%的(?:标准|比例)(?:[^，。；]{0,12}?(?:奖励|补贴|补助|资助|奖补))?$|(?:提供|给予|予以|享受)[^，。；\d]{0,12}?(?:最高|不超过)?[\d.]+[万亿]?元的[^，。；\d]{0,6}?(?:资助|补贴|补助|奖励|奖补)|每(?:年|月|人)[\d.]+[万亿]?元的[^，。；\d]{0,6}?(?:资助|补贴|补助|奖励|奖补)|(?:标准|薪资|工资|金额|投资额|费用)的?[\d.]+%(?:以上)?的[^，。；\d]{0,6}?(?:资助|补贴|补助|奖励|奖补)/;
/** Every form of MONEY_TERMS names money given or a share of a basis: a clause with neither is not asked (most are not). */
const MONEY_TERMS_NEED = /[奖补资贴券]|%的/;
const statesMoneyTerms = (clause: string): boolean => MONEY_TERMS_NEED.test(clause) && MONEY_TERMS.test(clause);
const NEWS_LEAD = /^\s*(?:据了解|据介绍|[\u4e00-\u9fa5]{0,16}获悉)\s*$/;
/** 截至2018年底 as a clause of its own before money given: how long a measure runs, not a date results stand at. */
const VALID_UNTIL = /^\s*(?:截至|截止)(?:到)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?前?\s*$/;
/** 给予…奖励, 发放3000万元冰雪消费券, 设立总额1000万元的…补贴: money a measure gives. */
/** …超过10%的奖励100万元, …的一次性补助50万元: a condition closing on 的, and the payment straight after it. */
const PAID_ON_CONDITION = /的(?:一次性)?(?:奖励|补助|补贴|资助|奖补)(?:资金)?[\d一二三四五六七八九十]/;
const GIVES_MONEY = /给予|予以|发放[^，。；]{0,16}(?:券|补贴|奖励|资金)|设立[^，。；]{0,14}(?:补贴|资金|基金)/;
/** The words REPORTING looks at, found before its context is checked. */
const REPORTING_WORD = new RegExp(`${RANK_REACHED}|${/获悉|依托|有着|据了解|现行有效|完成\d|完成(?!.*\d)|据介绍|高峰时|面积约|计划的|计划投资的|过去的|大关|台阶|投入使用|投入试?生产|累计|了|拥有|建有|[\u4e00-\u9fa5]有[\u4e00-\u9fa5]{1,8}\d|顺利|同比|环比|上年|半年|季度|月份|面积|走进|记者|放眼|因为|先后|看|年度|辖|成功|评选出|揭晓|达成|补助的|获|完成率|首次|一举|居全/.source}`);
/**
 * Cues that a clause states what is still to be reached: 力争, 确保, 到2025年, 今年…将 (not 将军府), 主要预期目标,
 * …增长9%左右的目标 and 瞄准…年度目标 (not 确保了, 经过不懈努力), 规划的2个百万千瓦光电基地… (what is planned, opening a clause), 《方案》明确 (what a policy sets out), 计划 as a verb (计划发放4000万元消费券; not 实施了…计划), a figure pushed to a bound (推动…同比增长6%以上), 未来五年, 要 as a verb (not 主要, 重要, 需要; nor 要求 closing a clause, 严格按照…重大要求，, the noun of what a text follows); 截至今年8月, 今年以来, 今年1月以来, 今年1月—10月, 今年已… and 今年规划了… (a verb done) report; 恢复到2019年水平 is a level regained, no horizon.
 */
/** 《方案》明确, 规划提出, 意见并要求: what a policy sets out, its words after its name. Shared with the review's turn to goals. */
export const POLICY_SETS_OUT = '(?:》|方案|规划|意见|措施|文件)[）)]?并?(?:明确|提出|提议|指出|要求|规定)';
/** 要 as a verb (要加快, 要确保), not the 要 of 主要, 重要, 需要, 纲要, 首要, 要素, 要点, 要闻. */
export const VERB_YAO = '要(?<![主重需只必纲摘概提首紧扼]要)(?![素点闻])';
const AHEAD = new RegExp(String.raw`^\s*规划(?:建设)?的(?=[^，。；]*\d)|将(?<!即将)(?!近|军|领|士|帅)|推动[^，。；]{0,30}?\d[\d.]*\s*%?(?:以上|左右)|力争|力求|争取(?!到?了|到的)|确保(?!了)|保证(?!金|期|书|了|人|措施|机制|体系|作用)(?=[^，。；]{0,12}[\d一二三四五六七八九十两])|努力(?<!经过[^，；]{0,4}努力)(?!下)|(?<!投资|\d个|\d项|去年|上年|前年)计划(?=[到在于用新]|[\d一二两三四五六七八九十]{1,2}年内|(?:19|20)\d{2}|全年|年内|今年|明年|投资(?!完成|的|额)|实施(?!以来)|建设|完成|实现|开工|续建|竣工|发放|投放|推出|新建|举办|安排|设立|引进|培育|招引|打造)|预期(?:发展)?目标|(?<!(?:超额|圆满|全面|顺利)?完成(?:了)?[^，。；]{0,16})的目标|^\s*全年(?:谋划|计划)|(?<!完成[^，。；]{0,6})(?:年度|全年)[^，。；\d]{0,10}?目标(?=\d)|目标(?:分别)?(?:是|为|(?=(?:同比|比上年|较上年)?(?:增长|增速|达到|突破)))|(?<=以[^，。；]{2,40})为(?:主要|总体)?目标|瞄准[^，。；]{0,30}?目标|(?:核心|主要|发展)指标(?:是|为)(?=[，,：:]|$)|目标[：:](?=[^，。；]*\d)|(?:锚定|明确|确定|提出|划定|定下|锁定|设定)了?[^，。；]{0,14}?目标(?:[：:]?\s*$|——)|今年(?<!(?:截至|截止)今年)(?!以来|至今|初|已|前三季度|上半年|第?[一二三]季度|前两季度|前\d{1,2}个?月|前[二两三四五六七八九十]{1,2}个?月|1月?(?:[—–\-~至]|到\d{1,2}月)|\d{1,2}月份?(?:以来|至今))(?![^，。；将要]{0,6}?(?<![为除])了(?![解结]))|明年|新的一年|下一步|今后|年内(?=实现|完成|建成|开工|投产|新增|达到|全部|(?:计划)?投资\d)|(?<=^|[，；]\s*)年底(?=建成|完成|实现|达到)|展望|未来(?:[一二两三四五六七八九十]|\d{1,2})年|用[\d一二两三四五六七八九十]+年(?:左右)?(?:的)?时间|${POLICY_SETS_OUT}|到(?:19|20)\d{2}年(?!的|(?:同期)?水平)|(?<!截|截止)(?:到|至)\d{1,2}月(?:底|末)(?![^，。；]{0,12}?已)|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?前(?![一二三四两]季度|[一二三四五六七八九十\d]{1,2}个?月)|^\s*(?:主要|总体|工作|具体|年度)?目标(?:任务)?[：:]?\s*$|${VERB_YAO}(?!求[”"]?(?:[，。；,]|$))|拟(?!认定|入选|推荐|表彰|命名|授予|立项)|^\s*根据(?:《[^》]{2,60}》|通知|方案|规划|意见|计划|纲要)(?:要求|安排|部署)?\s*$|\d[^，。；\d]{0,12}任务(?:已?全部)?(?:分解|下达)|确定(?:了)?(?:19|20)\d{2}年[^，。；\d]{0,8}?(?:重大|重点)(?:建设)?项目(?=\d)`);
/** 会议上提出，…; 确定的主要经济指标…; 并制定了明确的任务：…: a clause that leads the goals after it. */
const GOAL_LEAD = /(?:会议|会)上?(?:提出|明确)(?=[，,：:]|$)|确定的[^，。；]{0,6}(?:指标|目标|任务)|(?:明确|具体|主要)的?(?:任务|指标)(?:是|为)?(?=[：:]|$)/;
/** A character each of those leads holds, looked for first (most clauses hold none). */
const GOAL_LEAD_CHAR = /[会定务标]/;
/** 累计为企业争取: what has been obtained so far, which 争取 does not turn into a goal. */
const SOUGHT_SO_FAR = /(?:累计|共计?|已|先后)(?:为[^，。；]{1,10})?争取(?:到|了)?|争取(?=[^，。；\d]{0,8}已)/g;
const SOUGHT_SO_FAR_CUE = /累计|共|已|先后/;
/** A condition a clause sets, where a period word describes who qualifies: 对2024年四季度产量超过3万辆的企业, 对2025年第一季度产值2000万元(含)至1亿元，且…的, …且同比增速达到15%的工业企业, 以及一季度当季营业收入达到1000万元的企业. */
const CONDITION_CLAUSE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、]|第[一二三四五六七八九十百\d]+条)?\s*(?:对于?|凡)(?:[^，；]*的|(?:(?:19|20)\d{2}年度?)?(?:第?[一二三四]季度|上半年|前三季度|全年|当年|上年))|的[，；：]?$|^\s*(?:且|并且|并|以及|或者?)[^，；]*的[\u4e00-\u9fa5]{0,12}(?:企业|主体|单位|项目|机构|个人|团队)[，；：]?$|(?:以上|以下|以内|\d[万亿]?元?\s*[—–~-]\s*[\d.]+[万亿]?元)(?:[（(][^（）()，；]{0,12}[)）])?的(?:前\d{1,3}[名位])?[\u4e00-\u9fa5]{0,8}(?:企业|主体|单位|项目|机构)[，；：]?$/;
/**
 * A figure given to four significant digits or more (生产总值178.47亿元, 人均可支配收入45595元, 年均增长26.95%):
 * a measurement, where nothing framed the clause as a goal. Goals are set in round figures.
 */
const PRECISE_FIGURE = /(?<![\d.,第])(?:[1-9]\d*\.\d*[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{3,})(?![\d.,]|\s*(?:年|月|日|号|号线|条|款|项|次会议|届|岁))/g;
const FOUR_DIGITS_OR_POINT = /\d{4}|\d[.,]\d/;
/**
 * Sums a plan sets down to the unit: 预算安排28.76亿元, 总投资2139亿元, 年投资目标270.89亿元, 规划新增106.2万千伏安, and what works a
 * plan sets out cost (计划改造城镇老旧小区130个…，预计投入资金71109万元).
 */
/** 安排连片面积200亩以上的标准化茶园建设项目3~5个: works a plan arranges, counted. */
const WORKS_ARRANGED = /安排[^，。；]{0,30}?(?:项目|工程|基地)[\d一二三四五六七八九十两]+(?:[~～—\-至到][\d一二三四五六七八九十两]+)?[个项处]/;
const PLANNED_SUM = /预算安排|安排[^，；]{0,8}资金|(?:总|年度?|计划)投资|投资目标|规划|计划(?:实施|建设|改造|新建|完成|开工|新增)/;
/**
 * A bound or a task set on the figure itself frames it as a goal, however precise: 稳定在105.5万亩以上,
 * 控制在2.35%以内, 完成246.8万吨的粮食生产任务 (not 规模以上, a class of firms, nor 完成任务的102.3%, a rate reached).
 */
const BOUND_VERB = '稳定在|控制在|保持在|不低于|不少于|不超过|不高于';
const BOUND_BEFORE = new RegExp(`(?:${BOUND_VERB})$`);
const BOUND_AFTER = /^[^，；。、\d]{0,6}?(?:以上|以内|以下|左右)|^[^，；。]{0,12}?的[^，；。\d]{0,8}任务/;
/** 美元, 新台币, 港元: the currencies a sum in yuan is restated in, in brackets after it. */
export const FOREIGN_CURRENCY = '美元|新台币|台币|港元|港币|欧元|日元';
/** 万新台币）, 万美元）: the currency a sum in brackets restates the one before it in, and the bracket closing. */
const RESTATED_IN_CURRENCY = new RegExp(`^[万亿]?(?:${FOREIGN_CURRENCY}|元)[^（）()]{0,4}[)）]`);
/** 5亿元（, 500万元（人民币，下同，约: a sum, then a bracket opening on no figure yet. */
const SUM_THEN_BRACKET = new RegExp(`[\\d.]+[万亿]?(?:元|${FOREIGN_CURRENCY})(?:人民币)?\\s*[（(][^（）()\\d]{0,14}$`);
/** 约, 折合, or a currency: what makes a bracketed sum a restatement of the one before it. */
const RESTATEMENT = new RegExp(`${FOREIGN_CURRENCY}|约|合|折合`);

function hasPreciseFigure(clause: string): boolean {
  // four digits in a row, or a decimal point, or there is no such figure
  if (!FOUR_DIGITS_OR_POINT.test(clause)) return false;
  for (const m of matchesOf(PRECISE_FIGURE, clause)) {
    const year = /^(?:19|20)\d{2}$/.test(m[0]);
    // (10,479亿元: digits grouped by thousands are as precise as written out)
    if (year || m[0].replace(/[.,]/g, '').replace(/0+$/, '').length < 4) continue;
    const end = m.index + m[0].length;
    // (构建“5311”绿色产业体系: digits quoted alone name a scheme, and measure nothing)
    if (/[“"]/.test(clause[m.index - 1] ?? '') && /[”"]/.test(clause[end] ?? '')) continue;
    // (500万元（约2201万新台币）: a sum restated about in another currency measures nothing)
    if (/[（(]\s*(?:约|合|折合|相当于)?$/.test(clause.slice(Math.max(0, m.index - 4), m.index)) && RESTATED_IN_CURRENCY.test(clause.slice(end))) continue;
    // (2000人次至2999人次，奖励6元每人次: the upper end of a band measures nothing)
    if (BAND_END_BEFORE.test(clause.slice(Math.max(0, m.index - 10), m.index))) continue;
    // (1001万—2000万元人民币（含2000万元）的按3.2‰奖励: nor does the lower end of a band written with a dash)
    if (BAND_OPENS_AFTER.test(clause.slice(end, end + 8))) continue;
    // (对101.4公里老旧燃气管道进行更新改造: what a task is to be done on, set out as the task's object, is no measurement)
    if (clause[m.index - 1] === '对' && TASK_VERB_AFTER_OBJECT.test(clause.slice(end, end + 24))) continue;
    if (!BOUND_BEFORE.test(clause.slice(Math.max(0, m.index - 3), m.index)) && !BOUND_AFTER.test(clause.slice(end, end + 24))) return true;
  }
  return false;
}
/** 2000人次至, 1000—: a figure and its unit, then the mark that opens a band's upper end. */
const BAND_END_BEFORE = /\d[^，。；\d]{0,4}(?:至|到|—|–|-|~)$/;
/** 万—2000万元, —3000: a figure's unit, then a dash and the band's upper end. */
const BAND_OPENS_AFTER = /^[^，。；\d]{0,4}(?:—|–|-|~)\s*\d/;
/** 公里老旧燃气管道进行更新改造: what follows a task's object after 对, the verb of doing the task. */
const TASK_VERB_AFTER_OBJECT = /^[^，；。\d]{0,16}?进行(?!了)/;
/** A clause bounding a figure (以上, 以内, 左右 right after it, 不低于 before it): a goal's wording, not a measurement's. */
const BOUNDED = new RegExp(`(?:${BOUND_VERB})\\s*[\\d一二两三四五六七八九十百千万亿]|[\\d%‰元亩吨个家项](?:以上|以内|左右)`);
const AGE_GROUP_AFTER = /^(?:及?以上|及?以下|至\d{1,3}岁)?的?(?:老年人|老人|人口|人群|群众|居民|儿童|婴幼儿|幼儿|青少年|学生|妇女|男性|女性|农民|劳动力|失能|孤寡|独居|困难|低保|患者|员工|职工|务工人员|就业人员)/;
/** A sentence clause opening on a year: 2022年，…; 2025年高企总数达115家. */
// (关于2024年的工作，报告指出：…: or the year whose work a report turns to)
const YEAR_OPENING = /^\s*[“"]?(?:关于)?((?:19|20)\d{2})年(?:全年|度)?/;
/** 2024年10月1日至2025年9月30日期间: a window between two days. */
const DATE_WINDOW = /^\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:起)?(?:至|到|—|-)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:期间|之间|止)?/;
/** 2727万千瓦新能源项目 straight after a clause's year: the size of the year's batch of works (not 1—9月, 12月). */
const BATCH_AFTER_YEAR = /^\d+(?:\.\d+)?[万亿]*(?![\d.]|[月日号—–\-~至到])[^，。；\d]{0,8}?(?:项目|工程)/;
/** A clause opening on a growth against a past period: 同比增长23%, 比上年下降2%. */
const GROWTH_OPENING = /^\s*(?:同比|环比|比上年|较上年|比去年|较去年)/;
/** A clause opening on a rank reached: 居全国市州前列, 位居全省第一 (首次突破千家: or a mark passed for the first time). */
const RANK_OPENING = new RegExp(String.raw`^\s*(?:(?:总量|增速|增幅)?(?:位)?居全[省市国区]|${RANK_REACHED}|首次(?:突破|超过|跨越|迈上|站上|跃上))`);
/** A clause opening on a five-year plan's period: “十四五”时期，…; 十三五期间…. */
// (- “十四五”期间成果显著: after a list's dash too)
const PLAN_PERIOD_OPENING = /^\s*(?:[-•·]\s*)?(?:“?十([一二三四五六])五”?(?:时期|期间)|(?:迈进|迈入|步入|进入)“?十([一二三四五六])五”?(?:时期|期间|新征程|新阶段)?\s*[，,]?\s*$)/;

/** 汽车社会公共停车泊位数达到20个, 人拥有医生3名: a rate per so many of something, its figure after it. */
const RATE_AFTER_BASE = /^[^，。；\d]{1,12}?(?:拥有|[^，。；\d]数)(?:量)?(?:达到|达|不少于|不低于|超过)?[\d.]+/;
/** 对…的项目实行优先供地，…: a 对 clause closed by its own verb, before a comma. */
const OWN_PREDICATE = /^[^，]*(?:实行|实施|优先|保障|纳入|列入|享受)[^，]*，/;
/** 某某有限公司等, 某某合作社等: firms named, then counted. */
const NAMED_FIRMS_BEFORE = /(?:公司|集团|厂|合作社|研究院|研究所|医院)等$/;
/** 省级财政负担支持资金的, 市（县）财政承担, 省、市各分担: the government a share of a cost falls on, before the share. */
// (原则上政府补助70%，机场负担30%, 企业自筹50%, 居民自筹10%: or a party paid, bearing the rest itself)
const SHARE_BORNE_BEFORE = /(?:(?:[省市县区]级?|中央|地方)[）)]?(?:财政)?(?:负担|承担|分担)[^，。；\d]{0,8}|各(?:负担|承担|分担)|(?:企业|机场|个人|单位|主体|社会资本|银行|公司|集团|商户|商家|居民|业主|农户|群众)(?:自行)?(?:负担|承担|自筹|自付)(?:[^，。；\d]{1,8}?的)?)$/;
/** 分两个阶段，分别给予补助总额30%、: a payment's total split into the parts paid at its stages, right before a part. */
const PAYMENT_TOTAL_SPLIT = /(?:阶段|期|次)[^。；]{0,16}?(?:分别)?(?:给予|拨付|兑现|发放)?(?:补助|奖励|补贴|奖补|扶持)(?:资金)?总额的?(?:[\d.]+%[、和])*$/;
/** 政府承担营销资金的, 企业承担…的: a party bearing a share of a cost, the cost named or not (as a voucher scheme's shares below are). */
const GOVERNMENT_BEARS = '政府(?:财政)?(?:承担|负担)[^，。；\\d]{0,8}?的?';
const PARTY_PAID_BEARS = '(?:企业|个人|单位|主体|商户|商家|公司)(?:自行)?(?:负担|承担|自筹|自付)[^，。；\\d]{0,8}?的?';
/** 75%，: the share, its clause closed, before the sum it comes to. */
const SHARE_THEN_SUM = '\\d+(?:\\.\\d+)?%[，,]\\s*$';
/** 政府承担营销资金的: the government bearing a share of a cost, right before the share. */
const GOVERNMENT_SHARE_BEFORE = new RegExp(`${GOVERNMENT_BEARS}$`);
/** …，政府承担营销资金的75%，: the government's share of a cost, in the clause before the sum it comes to. */
const GOVERNMENT_SHARE_CLAUSE_BEFORE = new RegExp(`${GOVERNMENT_BEARS}${SHARE_THEN_SUM}`);
/** 市财政平均每年将在人才方面投入, 市、区两级财政每年将为人才花费: a treasury spending each year or to come, right before the sum. */
const TREASURY_SPENDS = /(?<!自治)(?:[省市县区]级?|两级|本级)财政(?:局)?[^，。；\d]{0,8}?(?:每年|将|计划|拟)[^，。；\d]{0,10}?(?:投入|安排|花费|拿出|筹措|列支|出资)(?:资金)?(?:超过|不少于|不低于|突破|达到?|约|近)?$/;
/** 专项引导资金不少于, 财政资金不少于: a government's own fund, right before the sum. */
// (专项资金投入达到1500万元, 财政投入不低于2亿元: or put in)
const OWN_FUND_BEFORE = /(?:(?:专项|引导|扶持|奖补|奖励|补助|财政)资金(?:规模|投入)?|财政投入)(?:不少于|不低于|达到?|超过|约|为)?$/;
/** 争取, 到位, 引进, 撬动: funds sought from above or drawn in, which the text's place gives no one. */
const FUNDS_DRAWN_IN = /争取|到位|引进|引入|撬动|带动|吸引|申请|获得|获批|下达|拨付|兑现/;
/** 市级配套, 县财政配套比例为, 管委会出资最高: a government body's matching or invested share, right before it. */
const GOVERNMENT_PUTS_IN_BEFORE = /(?:(?:[省市县区]级|[省市县区])(?:财政)?|财政|管委会|政府)(?:配套|出资)(?:比例)?(?:为|按|最高|不超过|不低于)?$/;
/** 补贴人数不超过, 奖励不超过, 每年补助不超过: the most a payment covers, right before the count. */
const SUPPORT_QUOTA_BEFORE = /(?:补贴|补助|资助|奖励|扶持)(?:的)?(?:人数|名额|家数|数量|里程)?(?:原则上)?(?:不超过|最多)$/;
/** ：初级工(五级)每人1092元: a colon, then a sum paid per person, household or mu, in the words after a rise. */
const RAISED_SUMS_LISTED = /^[：:][^。；]{0,30}?每(?:人|户|亩)[\d.]+元/;
/** 引才激励最高可达, 支援金额最高可达: support named by 激励 or 支援, capped, right before the sum. */
const CAPPED_SUPPORT_BEFORE = /(?:激励|支援)(?:金额|资金)?(?:最高|不超过|最多)(?:可达|可获得?|为)?$/;
/** 最高可抵扣合同金额的, 可抵用费用的: the share of a bill a voucher or credit may pay, right before it. */
const VOUCHER_SHARE_BEFORE = /可(?:抵扣|抵用|抵减|冲抵|抵免)[^，。；\d]{0,10}?的?$/;
/** 左右周转房, 的免费人才公寓: a home lent to a talent, right after its size. */
const HOME_LENT_AFTER = new RegExp(`^(?:左右|以内)?的?(?:免费)?(?:${HOME_LENT_WORDS})`);
/** 发放创业担保贷款, 发放扶贫小额信贷: loans a government issues as support, right before the sum. */
const LOANS_ISSUED_BEFORE = new RegExp(`发放[^，。；\\d]{0,8}?(?:${LOAN_ISSUED_WORDS})(?:不低于|不少于|超过|达到?|约)?$`);
/** …，企业承担营销资金的25%，: a share a paid party bears itself, in the clause before the sum it comes to. */
const SHARE_BORNE_CLAUSE_BEFORE = new RegExp(`${PARTY_PAID_BEARS}${SHARE_THEN_SUM}`);
/** 指导扶持, 鼓励: a clause supporting things, right before the size that marks them out. */
const SUPPORTS_BEFORE = /(?:扶持|支持|指导|鼓励|引导|帮扶)$/;
/** 以上规模化温室园区, 以上的家庭农场: a size's floor, then the things of that size, with no figure of their own after them. */
const SIZED_SUPPORTED_AFTER = /^(?:及)?以上(?:的)?[^，。；\d]{0,12}?(?:园区|基地|企业|农场|合作社|大户|经营主体|项目)(?![^，。；]{0,6}?[\d一二三四五六七八九十两])/;
/** 发挥占…, 充分发挥…: the opening of a call on some things' role (…的引领作用), their figures describing them. */
const ROLE_OF = /发挥[^，。；]{0,60}$/;
/** …15%（即…的: a bracket opening on 即 right after a figure, saying it again. */
const RESTATED_IN_BRACKET = /[\d%万亿元][（(]\s*即[^（()）。；]{0,30}$/;
/** 由省级统筹, 留给所在市, 归县级: the government a share of a gain goes to, after the share. */
const SHARE_KEPT_AFTER = /^\s*(?:由|归|留给|留归|返还给?)(?:[省市县区]级|[^，。；\d]{0,10}所在[省市县区]|[省市县区]|中央|地方)/;
/** 1450亿元（比2016年增加, 300亿元（增加: a bracket opening on the change to the amount it follows. */
const RESTATED_CHANGE = /\d(?:[万亿千百]{0,3}[^\d，。；（(、]{0,3})[（(](?:比[^，。；（()）]{0,12}?)?(?:增加|新增|净增|增长|提高|翻)\s*$/;
/** （含）以上, 及以上, 以下, 以内: a bound written right after a size. */
const BOUND_WRITTEN_AFTER = /^\s*(?:[（(]\s*不?含\s*[)）]\s*)?(?:及)?(?:以上|以下|以内)/;
/** 1000万元-1亿元, 3-5亿元, 2000万元(含)—5000万元, 10亿元~20亿元(不含): a band of money, its two ends. */
export const MONEY_BAND = String.raw`[\d.]+[万亿]?元?\s*(?:[（(]\s*不?含\s*[)）])?\s*[-—–~至到]\s*[\d.]+[万亿]?元(?:\s*[（(]\s*不?含\s*[)）])?`;
/** 1亿元及以上: the open top band of a schedule. */
const MONEY_FLOOR = String.raw`[\d.]+[万亿]?元\s*(?:[（(]\s*含\s*[)）])?\s*(?:及)?以上`;
/** 3-5亿元、5-10亿元、10-20亿元, …、5000万元(含)—1亿元、1亿元及以上: three bands of money or more, one after another. */
// (20亿元及以上、10亿元~20亿元(不含)、…: the open top band first)
const BAND_RUN = new RegExp(`(?:${MONEY_FLOOR}、)?(?:${MONEY_BAND}、){2,}(?:${MONEY_BAND}|${MONEY_FLOOR})|${MONEY_FLOOR}(?:、${MONEY_BAND}){2,}`);
const BAND_RUNS = new RegExp(BAND_RUN.source, 'g');

/** Whether the figure at this offset stands inside a run of bands of money. */
function inBandRun(sentence: string, offset: number): boolean {
  for (const run of sentence.matchAll(BAND_RUNS)) if (offset >= run.index && offset < run.index + run[0].length) return true;
  return false;
}
/** （不含）的按照, 的给予: a rate or a payment straight after a band of money. */
const BAND_THEN_RATE = /^\s*(?:[（(]\s*不?含\s*[)）])?\s*(?:及以上|以上)?的?(?:按照?|给予)/;
/** (1)1000万元-1亿元（不含）的按照: an item of a schedule opening on a band of money (captured), before the rate it earns. */
export const RATE_OF_BAND = new RegExp(String.raw`^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、])?\s*(${MONEY_BAND})\s*(?:[（(]\s*不?含\s*[)）])?\s*(?:及以上|以上)?的?按照?$`);
/**
 * 每列给予一次性奖励, 的奖励, 每架次补贴, 5万元: a payment straight after a size and its bound (not 2个以上50亿元产业集群, where the
 * sum after the floor sorts the things counted).
 */
const PAYMENT_FOR_BAND = /^(?:[（(][^（()）]{1,8}[)）])?\s*(?:的|，)?(?:区间内|范围内|之间)?(?:每[\u4e00-\u9fa5（）()]{1,6}?)?(?:一次性)?(?:给予|奖励|补贴|补助|奖补)|^(?:[（(][^（()）]{1,12}[)）])?\s*[\d.]+[万亿]?元(?![/／每]|级|[^，。；\d]{0,6}?(?:产业|集群|企业|项目|园区|基地))/;

/** 对商贸企业…, （一）对…, 奖励标准为：对…: a sentence opening on whom a payment is for. */
/**
 * 对 as the preposition naming whom a provision is for (对外商投资企业, 对外资企业 too), not 对外开放 or 对内: what follows 对 in
 * every pattern that finds a provision's receiver.
 */
export const NOT_OUTWARD = String.raw`(?!外(?!商|资企)|内)`;
/** )明确, 规定, 对…: what a policy named by its count of articles then says, or whom it is for. */
const POLICY_SAYS_AFTER = new RegExp(String.raw`^[)）]?(?:明确|规定|提出|指出|对${NOT_OUTWARD})`);
const PAYMENT_PROVISION = new RegExp(String.raw`^\s*(?:[（(][^（()）]{1,4}[)）]|\d{1,2}[.、]|[一二三四五六七八九十]+、)?\s*(?:[^，：:；]{1,10}[：:])?\s*对${NOT_OUTWARD}(?!标|接|照)`);

/** Where a sentence stands between a report and a plan: what its clauses say, carried from clause to clause. */
export type Stance = 'neutral' | 'ahead' | 'reported';

/**
 * Judges each clause of a sentence as reporting or not, starting from the stance carried in (the
 * sentence before in the paragraph, or a review paragraph): a clause with a cue of a result reached
 * reports, and so does the rest of the paragraph until a goal (so does a cue of what stands now: 目前, 已建成);
 * one with a cue of a goal states a goal;
 * a reporting word (同比, 形成了) reports for the rest of the sentence where no goal was stated before it
 * and the clause sets no condition; a clause with no cue keeps the stance. yearReviewed: the text has
 * reported the current year's first nine months or more, so a sentence opening on 全年 looks back.
 * through: the last clause whose verdict is wanted (the rest only carry the stance on).
 */
/** …先后出台《…》《…》, 我局起草了《…》: a clause that ends on the policies a place has issued (or drafted), whose terms follow. */
const POLICIES_ISSUED = /(?:出台|印发|发布|制定|起草)(?:了)?(?:《[^《》]{2,60}》[、和及与]?){1,4}$/;
/** 出台了20条政策措施, …在内的十项支持纺织服装产业发展的政策, 出台了33条支持创新企业、创新平台…的奖励政策: the policies an issuing verb or a list counts, however described. */
const POLICIES_COUNTED = /^[^，。；\d]{0,16}(?:政策|措施|举措|意见)|^[^，。；\d]{2,40}?的[^，。；、\d]{0,8}(?:政策|措施|举措|意见)(?![\u4e00-\u9fa5])/;
/**
 * 规定对新引进…, 明确对…, 提出地区生产总值年均增长8%: a clause opening on what a measure provides or sets
 * (《…奖励实施细则》对2024年、2025年每年的第二、第三季度期间，…: or on a measure named, then whom it provides for).
 */
/** 新能源项目35项, 3个项目: a clause counting works. */
const WORKS_COUNTED = /项目[^，。；\d]{0,6}?\d+(?:\.\d+)?\s*(?:项|个)|\d+(?:\.\d+)?\s*(?:项|个)[^，。；\d]{0,8}?项目/;
/** 计划投资155.89亿元, 计划总投资: a clause opening on what the works just counted are planned to cost. */
const PLANNED_COST_OF_COUNTED = /^\s*计划(?:总)?投资(?:约|达)?\s*[\d.]+/;
/** 每年安排2000万元, 每年拿出1亿元: money a government sets aside every year. */
const YEARLY_FUND = /(?:每年|每年度)(?:安排|拿出|统筹|投入|列支)[^，。；\d]{0,6}[\d.]+[万亿]?元/;
// (据了解，东港区规定，…区财政每年每亩补贴300元: or a place setting rules, its terms after it)
const PROVIDES = /《[^《》]{2,60}(?:细则|办法|措施|政策|意见|方案|规定|通知)》(?:规定|明确|提出)?(?:对于?|凡)|^\s*[\u4e00-\u9fa5]{1,10}?[省市区县旗]规定\s*$|^\s*(?:并|还|同时)?(?:(?:规定|明确)(?:了)?对|提出(?!了)(?=[^，。；]*\d))|(?:颁布|出台|印发)了?包括|已确定(?=[^，。；]{0,30}?(?:补贴|补助|奖励))/;

/** 预计给予15亿元, 将给予…100万元: a clause opening on a sum given. */
// (…获悉，为支持人工智能产业发展，南宁市每年发放最高5000万元算力券: or a place handing out vouchers or funds, after a purpose)
// (…四季度单季度建安投资完成量…进行评分，选取前五名各给予50万元资金奖励: or to the ranks a score selects)
const GIVES_OPENING = /^\s*(?:预计|将|拟|共)?(?:给予|予以)(?=[^，。；]{0,12}\d)|^\s*(?:选取|评选出?|择优选取)?(?:排名)?前[\d一二三四五六七八九十]{1,3}名(?:的[^，。；\d]{1,8})?(?:各|每个|分别)?(?:给予|予以|奖励)(?=[^，。；]{0,12}\d)|^\s*[\u4e00-\u9fa5]{2,6}?[省市区县](?:每年|今年|将|拟)*发放(?:最高|不超过|总额)?(?=[\d.]+[万亿]?元[^，。；]{0,6}?(?:券|资金|补贴|奖励))/;
/** 一季度, 上半年, 前三季度, 6月底, 年底: a part of the year a milestone is to be reached by. */
export const YEAR_PART = '(?:[一二三四]季度|上半年|前三季度|下半年|年底|[1-9]月底|1[0-2]月底)(?:末)?';
/** 项目开工率一季度达到50%、上半年达到80%、三季度达到100%: a rate to reach by each part of the year, a schedule, not a report. */
const MILESTONES = new RegExp(`${YEAR_PART}达到[\\d.]+%[、，,]${YEAR_PART}达到[\\d.]+%`);
/** 产业扶持政策方面, 上市政策方面: a clause opening an item of a list of policies. */
const POLICY_ITEM = /^\s*(?:在)?[\u4e00-\u9fa5]{2,10}政策方面\s*$/;
/** 海南省2024政府工作报告显示: a clause naming only where what follows is said. */
const SOURCE_ONLY = /^[^，。；\d]{0,20}(?:19|20)?\d{0,2}[^，。；\d]{0,12}报告显示\s*$/;
/** 推动全市科技创新投入达2635亿元: a clause pushing a measure to a figure. */
const PUSHED_TO = /^\s*推动[^，。；\d]{1,24}?(?:达到|达|突破|超过)\s*\d/;
/**
 * 完成环城生态区3306亩拆迁交地任务, 新改扩建国省干道5478公里: a task of a set size to complete, or works to build, however precise (not
 * 完成了…任务, done).
 */
const TASK_TO_COMPLETE = /^\s*(?:全面|按期|按时)?完成(?!了)[^，。；]{0,16}?\d[^，。；]{0,16}?任务$|^\s*(?:新改扩建|改扩建|新改建|新建|改建|扩建)(?![了成])[^，。；\d]{2,16}?\d/;
/** 启动7793户…改造, 开工建设, 新建: a year's works named by the verb that starts them, right after the year. */
const WORKS_STARTED = /^\s*[，,]?\s*(?:全[市县区]|我[市县区])?(?:将|要)?(?:启动|开工|新开工|新建|实施|建设|推进)(?![^，。；]{0,6}(?:了|完成))/;
/** 2024—2026年， opening a clause: a span of years, its last year captured. */
const YEAR_SPAN_OPENING = /^\s*(?:19|20)\d{2}\s*[—–\-~至到]\s*((?:19|20)\d{2})\s*年(?:[，,]|$)/;

/** 全社会研发投入强度达4.1%: a bare measure reaching a figure, its clause's only words. */
const MEASURE_REACHING = /^\s*[^，。；\d]{2,16}?(?:达到|达)\s*[\d.]+[^，。；\d]{0,4}$/;

/** 4-6月份, 7月份: a clause that is a span of months and nothing else. */
const MONTHS_ONLY = /^\s*\d{1,2}(?:月份?)?(?:[—–\-~至到]\d{1,2})?月份?[，,]?\s*$/;
/** 奖励1000元, 补贴500元, 给予最高…10万元: a payment and its amount. */
const PAID_AMOUNT = /(?:奖励|补贴|补助|奖补|资助|给予)[^，。；\d]{0,8}\d/;

/** 通过开展…系列活动等形式: the means a clause opening a sentence says things were done by. */
const MEANS_TOLD = /^\s*通过[^，。；]{2,40}?(?:等形式|等方式|等途径|等举措|系列活动)$/;
/** Whether a clause not reported looks ahead: a goal that keeps a sentence's figures from being read as done. */
const goalLeft = (clauses: readonly string[], reported: readonly boolean[]): boolean => reported.some((r, i) => !r && AHEAD.test(clauses[i]));
/** Every clause of a sentence reported, and the stance after it. */
const allDone = (reported: readonly boolean[]): { reported: boolean[]; out: Stance } => ({ reported: reported.map(() => true), out: 'reported' });

/** 总结了“十四五”时期的成就, 回顾了过去五年取得的成绩: a later clause naming what came before it as achieved. */
export const RESULTS_SUMMED = /(?:总结|回顾|盘点)了?[^，。；]{0,20}?(?:成就|成绩|成效|成果)/;

export function clauseStances(
  clauses: readonly string[], carried: Stance, lastPastYear: number | null, yearReviewed = false, through = clauses.length - 1, planText = false,
): { reported: boolean[]; out: Stance } {
  let stance = carried;
  let within = carried;
  const reported: boolean[] = [];
  // (a year's work plan, 2026年工作要点 / 1.新建农村公路1234.5公里: its sums are planned to the unit, not measured)
  let planned = planText;
  let pushed = false;
  /** Whether the sentence reports only because a clause gave a precise figure. */
  let precise = false;
  // 据了解，…发放3000万元冰雪消费券: a news lead before money given reports nothing (looked for only behind such a lead)
  let givesMoney: boolean | undefined;
  // (据了解，算力券申领额度为…费用的30%: or the terms of money given)
  const gives = (): boolean => (givesMoney ??= clauses.some((clause) => GIVES_MONEY.test(clause) || statesMoneyTerms(clause)));
  // (据介绍，2022年，全省重点推进…234个省列重大项目 in a text of 2022: a news lead before the present year, or a later one, reports nothing)
  const yearAhead = (next: string | undefined): boolean => lastPastYear !== null && Number(YEAR_OPENING.exec(next ?? '')?.[1] ?? 0) > lastPastYear;
  // whether the clauses go on to the parts of a whole (其中，…)
  let partsOfPlanned = false;
  // whether a clause opening on a year well past the present one has turned the sentence to what is ahead
  let turnedAhead = false;
  // (地区生产总值突破2200亿元、…粮食年产量稳定在58亿斤左右……政府工作报告总结了“十四五”时期的成就: figures a later clause sums up as
  // what was achieved report it)
  const summedUp = clauses.findIndex((clause) => clause.includes('总结') || clause.includes('回顾') || clause.includes('盘点') ? RESULTS_SUMMED.test(clause) : false);
  clauses.forEach((clause, index) => {
    planned ||= PLANNED_SUM.test(clause);
    partsOfPlanned ||= /^\s*其中/.test(clause);
    pushed ||= PUSHED_TO.test(clause);
    // 2015年起，每年设立…: a standing measure that began then is no past result
    // (2024年2727万千瓦新能源项目全部投产: a year naming a batch of works, its size straight after it, is no period reported)
    // (2024年10月1日至2025年9月30日期间开工建设的…: a window a condition sets, from one day to another, is no past period)
    const yearOpening = lastPastYear && !/^\s*(?:从|自)?(?:19|20)\d{2}年(?:起|开始)/.test(clause) && !DATE_WINDOW.test(clause) ? YEAR_OPENING.exec(clause) : null;
    const opening = yearOpening && !BATCH_AFTER_YEAR.test(clause.slice(yearOpening[0].length)) ? yearOpening : null;
    // “十四五”时期 in a text whose present is 2026 or later: the period ends in 2025
    const period = lastPastYear ? PLAN_PERIOD_OPENING.exec(clause) : null;
    const periodEnd = period !== null ? 2005 + 5 * ('一二三四五六'.indexOf(period[1] ?? period[2]) + 1) : null;
    const pastPeriod = periodEnd !== null && periodEnd <= (lastPastYear ?? 0);
    // 全年列省重大项目共有9个 opening a sentence of a text that has reported the year's first nine months
    // (政府工作报告提出，在整体经济发展目标方面，2023年…增长7%左右 on a page reposted in 2024: a year the goals just announced are for
    // is no past one)
    const goalsAnnounced = opening !== null && index > 0 && clauses.slice(0, index).some((c) => GOALS_ANNOUNCED.test(c));
    const pastYear = (opening !== null && Number(opening[1]) <= (lastPastYear ?? 0) && !goalsAnnounced) || pastPeriod || (yearReviewed && index === 0 && /^\s*全年/.test(clause));
    const before = within;
    // 争取60.4亿元政策资金创历史新高: a record set is reached, whatever verb got there
    if (index < summedUp || (clause.includes('创') && RECORD_SET.test(clause))) { stance = within = 'reported'; precise = false; }
    // (…发展规划已经出台，对…每年给予最高3000万元; 相继出台了有关奖励政策，比如：…: a policy said to be out gives its terms after it)
    // (…消费加速回暖，出台促消费一揽子政策措施，…商品房销售面积增长5%: in a review, a policy said to be out that gives nothing leaves the
    // figures after it results)
    else if (POLICY_OUT_VERB.test(clause) && !/\d/.test(clause.replace(/(?:19|20)\d{2}年/g, '')) && POLICY_OUT.test(clause) && !(carried === 'reported' && within === 'reported' && !gives())) { stance = within = 'neutral'; precise = false; }
    // 近期，16条省级重点产业链相继确定了2025年工作要点: what one after another has done is done, whatever the sentence before aimed at
    else if (clause.includes('相继') && DONE_ONE_AFTER_ANOTHER.test(clause)) { stance = within = 'reported'; precise = false; }
    // “十三五”期间，…确立的目标顺利完成: goals met are reported, though 目标 names them (not 确保…圆满完成)
    else if ((clause.includes('完成') || clause.includes('实现')) && GOALS_MET.test(clause) && !GOAL_SETTING.test(clause)) { stance = within = 'reported'; precise = false; }
    // (张掖市目前共有新能源项目35项1131兆瓦，计划投资155.89亿元: what the works told of are planned to cost describes them)
    else if (within === 'reported' && index > 0 && PLANNED_COST_OF_COUNTED.test(clause) && WORKS_COUNTED.test(clauses[index - 1])) precise = false;
    // 截至4月底，已开复工将达到247个: what stands at a date, 将 or not
    // 累计为中小企业争取扶持资金…: money obtained so far, no goal
    else if ((AHEAD.test(SOUGHT_SO_FAR_CUE.test(clause) ? clause.replace(SOUGHT_SO_FAR, '') : clause) || (GOAL_LEAD_CHAR.test(clause) && GOAL_LEAD.test(clause))) && !AS_OF.test(clause)) stance = within = 'ahead';
    // 该办法…新增加了…机制，规定对新引进…项目，按…1%给予业主一次性奖励: what a measure provides is no report
    // (…如：对国家级研发平台的奖励额度分别达到了500万元: the terms of money given, however the news words them)
    // (…成立了…指挥部，县财政每年安排2000万元作为…以奖代补资金: money set aside every year is a standing measure, not a result)
    // (…，统筹233.9亿元财政预算，…: nor is a policy's budget, however precise)
    else if (PROVIDES.test(clause) || statesMoneyTerms(clause) || YEARLY_FUND.test(clause) || ((clause.includes('预算') || clause.includes('统筹')) && BUDGET_COMMITTED.test(clause))) { stance = within = 'neutral'; precise = false; }
    // (…出台了23条具体政策措施，预计给予15亿元财政资金支持企业发展: a clause opening on money given after a report gives it)
    else if (within === 'reported' && GIVES_OPENING.test(clause)) { stance = within = 'neutral'; precise = false; }
    // (…，目前1年期贷款的利率低至1.85%；产业扶持政策方面，…专门设立110亿元政府投资基金: an item of a list of policies opens anew)
    else if (POLICY_ITEM.test(clause)) { stance = within = 'neutral'; precise = false; }
    // (…通过开展“院企同行”系列活动等形式，组织企业…对接，新引进2名院士: what was done by the means a news text names is its result)
    else if (index === 0 && !planned && carried !== 'ahead' && clause.includes('通过') && MEANS_TOLD.test(clause)) { stance = within = 'reported'; precise = false; }
    // 太原市先后出台《…实施方案》《…行动计划》，设立5000万元…资金，对…给予最高200万元奖励: the terms of the policies named
    else if (clause.includes('》') && POLICIES_ISSUED.test(clause)) { stance = within = 'neutral'; precise = false; }
    // “十四五”期间，累计完成工业投资2300亿元 in a text of 2024: a plan period still running is ahead
    // (2024—2026年，全市累计新增高新技术企业1000家: so is a span of years a text opens on, not yet ended)
    else if ((periodEnd !== null && periodEnd > (lastPastYear ?? 0) + 1) || Number(YEAR_SPAN_OPENING.exec(clause)?.[1] ?? 0) > (lastPastYear ?? 0)) { stance = within = 'ahead'; precise = false; }
    // (4-6月份，对区内汽车销售企业…每辆车奖励购车者500元加油卡: the months a payment is made in report nothing)
    else if (MONTHS_ONLY.test(clause) && clauses.slice(index + 1).some((c) => PAID_AMOUNT.test(c))) { stance = within = 'neutral'; precise = false; }
    // (前三季度营业收入15亿元以上，增速10%以上的，按…奖励: a period that bounds who qualifies reports nothing)
    // (对于2024年的预期发展目标，海南省2024政府工作报告显示，2024年实现…: a clause that only names the source of goals just announced keeps them goals)
    else if (pastYear || (REACHED.test(clause) && !(within === 'ahead' && SOURCE_ONLY.test(clause)) && !CONDITION_CLAUSE.test(clause.trim()) && !boundsWithNext(clause, clauses[index + 1]) && !opensCondition(clauses, index) && !(VALID_UNTIL.test(clause) && gives()))) { stance = within = 'reported'; precise = false; }
    // (…。据介绍，2022年，全省重点推进…: the present year or a later one, after a news lead, turns from what the text reported before)
    else if (opening !== null && index > 0 && NEWS_LEAD.test(clauses[index - 1]) && yearAhead(clause)) { stance = within = 'neutral'; precise = false; }
    // 2019年城市品质大幅提升；2020年全市预期…增长6.5%: a clause opening on a later year with what it expects turns to what is ahead
    // (…2023年启动7793户老旧小区改造, in a report looking back on 2022: or a later year opening on the works it starts)
    else if (opening !== null && lastPastYear !== null && Number(opening[1]) > lastPastYear && (/预期(?!寿命)/.test(clause) || WORKS_STARTED.test(clause.slice(opening[0].length)))) { stance = within = 'ahead'; precise = false; }
    // …又明确了2026年的各项重点工作和10件民生实事: a clause turning to a later year's works looks ahead
    else if (lastPastYear !== null && laterWorksYear(clause, lastPastYear) !== null) { stance = within = 'ahead'; precise = false; }
    // …“十五五”时期，…，2030年全区GDP突破1700亿元: a clause opening on a year well past the present one looks ahead
    // (a present read from a milestone decades back, 2000年…设立, dates nothing: within ten years only)
    else if (opening !== null && lastPastYear !== null && Number(opening[1]) >= lastPastYear + 3 && Number(opening[1]) <= lastPastYear + 10) { stance = within = 'ahead'; precise = false; turnedAhead = true; }
    // past the clauses asked about (and the one after, which may report their growth) only the carried stance matters
    else if (index > through + 1) return;
    // (…并已投入使用的，按…10%…进行奖励: what already stands, as a condition a payment after it is made on, reports nothing)
    // (…计划实施…项目260个…；其中，能源投资项目有95个: the parts of a planned whole, counted with 有, are planned too)
    // (2010年，每个乡镇都建有1所公办中心幼儿园: what a sentence opening on a year well ahead says there will be is a goal, unless it says 已 or 目前)
    else if (STANDING_WORD.test(clause) && STANDING.test(clause) && !(/的[，,\s]*$/.test(clause) && GIVES.test(clauses[index + 1] ?? '')) && !(within === 'ahead' && partsOfPlanned && !/^\s*目前/.test(clause)) && !(turnedAhead && within === 'ahead' && !/已|目前|现|如今|当前/.test(clause))) { stance = within = 'reported'; precise = false; }
    // (喀什经济开发区面积约50平方公里，包括喀什市40平方公里…: a sentence opening on a place's extent tells what it is, and its parts,
    // whatever is ahead; not …，城区面积600 km2 in a list of goals)
    else if (index === 0 && clause.includes('面积') && PLACE_EXTENT.test(clause)) { stance = within = 'reported'; precise = false; }
    // 全年新培育规上工业企业不少于12户，规模以上工业增加值同比增长10%: a floor set is a goal, and so are the sentence's clauses after it
    else if (within === 'neutral' && FLOOR_SET.test(clause) && !CONDITION_CLAUSE.test(clause.trim())) { within = 'ahead'; precise = false; }
    // (对商贸企业2023年第一季度零售额增量达1亿元以上，且同比增幅达全市目标，…给予叠加奖励: the conditions of a payment after them report nothing)
    // (…年度主营业务收入较上一年同比增长超过10%的奖励100万元: a condition and the payment it earns, in one clause)
    // (该县当年成功申报的规模以上工业企业，给予一次性奖励5万元: nor who a payment in the clause after it goes to)
    // (安排…标准化茶园建设项目3~5个，总面积1000亩: nor the size of the works the clause before arranges)
    else if (within !== 'ahead' && REPORTING_WORD.test(clause) && REPORTING.test(clause) && !CONDITION_CLAUSE.test(clause.trim()) && !(index > 0 && WORKS_ARRANGED.test(clauses[index - 1]) && /^\s*总?(?:面积|规模)/.test(clause)) && !MILESTONES.test(clause) && !PAID_ON_CONDITION.test(clause) && !boundsWithNext(clause, clauses[index + 1]) && !(/的[^，。；的]{2,16}$/.test(clause) && GIVES_MONEY.test(clauses[index + 1] ?? '')) && !(NEWS_LEAD.test(clause) && (gives() || yearAhead(clauses[index + 1]))) && !(clauses.slice(0, index + 1).some((c) => PAYMENT_PROVISION.test(c)) && clauses.slice(index).some((c) => GIVES_MONEY.test(c)))) { within = 'reported'; precise = false; }
    // (a batch's size is as precise as the batch is: 2024年2727万千瓦…项目 measures nothing reached)
    // (推动全市科技创新投入达2635亿元，全社会研发投入强度达4.1%: a figure pushed for is a goal, however precise, and so is
    // a measure reaching one in the clause after it)
    else if (within !== 'ahead' && !planned && !(yearOpening && !opening) && hasPreciseFigure(clause) && !CONDITION_CLAUSE.test(clause.trim()) && !TASK_TO_COMPLETE.test(clause) && !(PUSHED_TO.test(clause) || (pushed && MEASURE_REACHING.test(clause)))) { precise ||= within !== 'reported'; within = 'reported'; }
    // a figure reported only for its precision does not carry to a clause that bounds its own (…105.5万亩以上, …21万亩以上)
    else if (precise && BOUNDED.test(clause)) { within = stance; precise = false; }
    if (within !== 'reported') precise = false;
    // 投资完成8561亿元，同比增长23%: a growth opening the next clause reports the number before it too
    // (新增…规划里程505公里，居全国市州前列: so does a rank reached)
    if (index > 0 && within === 'reported' && before !== 'ahead' && (GROWTH_OPENING.test(clause) || RANK_OPENING.test(clause))) reported[index - 1] = true;
    reported.push(within === 'reported');
  });
  // …分别达50个、29个、15个，…新竣工亿元以上项目720个，均创历史新高: records set, each figure before it reported
  const last = clauses[clauses.length - 1] ?? '';
  if (last.includes('创') && ALL_RECORDS_SET.test(last) && carried !== 'ahead' && !goalLeft(clauses, reported)) return allDone(reported);
  // 2025年，同安区地区生产总值增长6.5%左右，规上工业增加值增长12%，顺利实现年度目标任务: the year's figures, then the goals said met
  if (clauses.length > 1 && (last.includes('实现') || last.includes('完成')) && YEAR_GOALS_MET.test(last) && /^\s*(?:19|20)\d{2}年(?:[，,]|\s*$)/.test(clauses[0]) && !goalLeft(clauses, reported)) return allDone(reported);
  // 2020年，该区规模以上工业总产值突破8000亿元，形成了…3个千亿级产业集群: a year's figures, then what it has formed, done
  if (clauses.length > 2 && /^\s*(?:19|20)\d{2}年\s*$/.test(clauses[0]) && clauses.some((c, i) => i > 1 && reported[i] && DONE_FORMED.test(c)) && !goalLeft(clauses, reported)) return allDone(reported);
  return { reported, out: stance };
}
/**
 * 这个总投资…的“水脉”项目, 该项目: one project a report points at, whose parts and sizes it goes on to describe (not 该市…重点项目 or
 * 因此…项目, a place or a conjunction before projects in general).
 */
const THIS_PROJECT = /这一?个[^，。；]{0,24}?项目[，,]|该项目[，,]/;
/** 连续, 持续: a run of years, said bare before their count. */
const RUN_OF_YEARS = /(?:连续|延续|持续)$/;
/** 给予奖励, 每年按照租金的30%给予租房补贴, 分档给予: the support paid through a run of years, in the clause after its count. */
const PAID_THROUGH_RUN = /^[^，。；]{0,40}?(?:给予|予以|奖励|补贴|补助|资助|贴息|奖补|扶持|支持|减免|免收|免征|免租|返还)/;
/** (税后超, (单笔达到: a bracket's words up to the size what it notes must pass. */
const BRACKET_SIZE_BEFORE = /[（(][^（()）\d]{0,8}?(?:超过|超|达到|达|不低于|不少于)$/;
/** 以上)的10%: the bracket closed, then the rate of the basis it noted. */
const BRACKET_CLOSES_ON_BASIS = /^(?:及?以上)?[)）]的?[\d.]+%/;
/** 补贴期限为, 奖励执行期限, 贴息年限为自投产之日起: the term a support runs, right before its count of years. */
const SUPPORT_TERM = new RegExp(`(?:补贴|补助|奖励|资助|贴息|支持)(?:执行|享受)?(?:期限|年限)(?:为)?${TERM_COUNTED_FROM}$`);

/** 项目执行期不超过, 实施周期原则上为: the term a funded project runs for, before its length. */
// (not 补贴执行期限5年, how long the support itself runs)
const PROJECT_TERM = /(?:项目(?:执行|实施|建设|研发)|(?<!补贴|补助|奖励|资助|贴息|支持|政策|奖补)(?:执行|实施|建设|研发))(?:周)?期(?:限)?(?:原则上|一般)?(?:不超过|不得超过|最长|为)?$/;
/** 建设, 新种, 培育, 引进, 投资: what a clause builds, grows or brings in (加速推进100余万平方米标准厂房建设). */
const BUILDS = /建设|建成|新建|新种|培育|打造|推进|实施|引进|招引|投资/;
/** 、全市第1, ，居全省第3: the rank a figure just reached holds among the places of its province or city. */
const RANKED_RESULT = /^(?:以上)?[、，,]\s*(?:居|位居|位列|排名)?(?:全市|全省|全区|全州|全县|全国)(?:第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十])/;
/** 每实现出口, 每投资: 每 and what is done, right before the step a payment is made per. */
const STEP_BEFORE = /每(?:实现|完成|新增|增加|增长|投资|引进|带动|吸纳|招收|新招)[^，。；\d每]{0,6}$/;
/** 奖励2万元, ，给予10万元: a payment and its sum, straight after the step. */
const STEP_PAID_AFTER = /^\s*(?:及以上)?[，,]?\s*(?:可|将)?(?:一次性)?(?:给予|予以|奖励|补助|补贴|奖补|资助)[^，。；\d]{0,6}[\d.]+\s*[万亿]?元/;
/** 以上，按照100元/人予以奖励; 以上，每人奖励200元: a floor, then in the next clause what it earns. */
// (在30辆以上、人数在100人以上，按每名游客15元奖励: or after more floors joined to it)
const FLOOR_THEN_PAID = /^(?:（含）|\(含\))?(?:及)?以上(?:[、和且][^，。；、\d]{0,8}?[\d.]+[^，。；、\d]{0,3}?(?:（含）)?(?:及)?以上)*[，,]\s*(?:按照?|每[人次家个]?)[^，。；]{0,16}?(?:予以|给予)?(?:奖励|补助|补贴|资助|奖补)/;
/** 以上就业（含5人，…），个人贷款额度提高至最高60万元, …的，贷款额度最高500万元: a floor met, then a quota or a payment raised or capped for it. */
const FLOOR_THEN_RAISED = /^(?:（含）|\(含\))?(?:及)?以上[\u4e00-\u9fa5]{0,4}?(?:[（(][^（）()]{0,24}[)）])?的?[，,][^。；]{0,16}?(?:额度|补贴|补助|奖励|资助|标准)(?:提高至|提高到|上调至|上调到|提高为|最高)/;
/** 以上…的，…给予…奖励: a floor, the rest of the condition its 的 closes, then a payment, in one sentence. */
// (…以上，投资50万元以上，通过QS认证并正式投产的企业（合作社），给予: or names whom it qualifies after its 的)
const CONDITION_THEN_PAYMENT = /^(?:以上|以下)[^。；]{0,80}?的(?:[^，。；\d]{0,8}?(?:企业|单位|项目|主体|合作社|个人|农户)(?:（[^（）]{0,8}）)?)?[，,][^。；]{0,40}?(?:给予|予以)[^。；]{0,16}?(?:奖励|补贴|补助|奖补|资助|扶持资金|支持资金)/;
/** 对从事肉羊养殖的规模养殖户，: a sentence opening on whom it pays, in a clause of its own. */
const RECEIVER_OPENED = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．])?\s*对[^，。；]{2,30}[，,]/;
/** 只，圈舍面积达到240平方米，一次性扶持奖励7万元: the rest of a provision that goes on to pay a sum, after what is held. */
const HOLDING_THEN_PAID = /^[^。；\d]{0,4}(?:[，,][^。；，,]{0,20}){0,2}[，,]\s*(?:一次性|每户|每家)?(?:扶持|给予|予以)?(?:奖励|补贴|补助|奖补|资助)[^。；\d]{0,4}[\d.]+[万亿]?元/;
/** 较去年增加, 比上年多: a clause opening on the change on last year. */
/** 比上年预算增加3684万元: the change on last year, with its figure, a clause of its own. */
const ON_LAST_YEAR = String.raw`^\s*(?:较|比)(?:去年|上年|上一年)(?:同期)?(?:预算|安排)?`;
const CHANGE_ON_LAST_YEAR_DONE = new RegExp(String.raw`${ON_LAST_YEAR}(?:增加|多|新增)了?[\d.]+[万亿]?元$`);
const CHANGE_ON_LAST_YEAR = new RegExp(String.raw`${ON_LAST_YEAR}(?:增加|多|减少|少|新增)了?$`);
/**
 * 及以上加氢站给予建设补贴, 以上蔬菜冷库补助三万元: a floor, the things it sizes, and the payment for them (given, or an amount
 * straight after what pays it).
 */
const SIZE_OF_WHAT_IS_PAID = /^(?:及)?以上(?:的)?[^，。；\d]{1,12}?(?:(?:给予|予以)[^。；]{0,16}?(?:奖励|补贴|补助|奖补|资助|扶持)|(?:一次性)?(?:奖励|补贴|补助|奖补|资助)[\d.一二三四五六七八九十百千两]+[万亿]?元)/;
/** 以上-5000人，按照每人100元奖励, 人，每人奖励80元: the rest of a tier's band, then the rate paid on it. */
const TIER_THEN_RATE = /^(?:以上|以下)?(?:[-—–~至到][\d.]+[^，。；\d]{0,3}?(?:以上|以下)?)?[，,]\s*(?:按照?|给予)?每[人个家户台辆][^。；]{0,16}?(?:奖励|补贴|补助|资助|奖补)/;
/** 总量达到, 500(含)人——: what opens a tier's clause before its upper bound, if anything (the measure, the band's lower end). */
const TIER_BAND_OPENING = /^(?:[^，。；\d]{0,6}?(?:达到|达|在))?(?:[\d.]+[^，。；\d]{0,5}?(?:以上|以下)?[-—–~至到]{1,2})?$/;
/** 若…, 如果…, 凡…: a condition opened in the figure's clause (not 如期, 如下), after its subject (区内企业若…), or in the clause before one that goes on with 且 (若…获得融资，且担保费率低于2.5%). */
const IF_CONDITION = /(?:^|[，,])\s*(?:[^，。；]{0,12}?(?:若(?!干)|如果|倘若)|凡)[^，。；]{2,60}(?:[，,]\s*(?:且|并且|同时)[^，。；]{0,40})?$/;
/** …，可给予三年期租金补助: the condition's clause closes, and a payment follows. */
const CONDITION_CLOSES_ON_PAYMENT = /^[^，。；]{0,40}[，,]\s*(?:则|可|将)?再?(?:给予|予以|按|申请|获得)[^。；]{0,30}?(?:奖励|补贴|补助|奖补|资助)/;
/** 不少于12户, 不低于5%: a floor or a ceiling a figure is held to. */
const FLOOR_SET = /不(?:少|低|高)于\d|不超过\d/;

/** 1—8月营业收入15亿元以上，增速10%以上的，…: a bound whose condition the next clause closes with 的. */
function boundsWithNext(clause: string, next: string | undefined): boolean {
  return next !== undefined && /(?:以上|以下|以内|[\d.]+[万亿]?元)[，,\s]*$/.test(clause) && /(?:以上|以下|以内)的[，,：:\s]*$/.test(next);
}

/**
 * 对企业2024年以来开展数字化升级改造且…，或者…并已投入使用的，按…10%…进行奖励: a clause opening a condition (对…) that a
 * later clause closes with 的, before the payment it earns.
 */
function opensCondition(clauses: readonly string[], index: number): boolean {
  if (!/^\s*(?:对于?|凡)/.test(clauses[index])) return false;
  const closing = clauses.slice(index + 1, index + 4).findIndex((c) => /的[，,\s]*$/.test(c));
  return closing >= 0 && clauses.slice(index + closing + 2, index + closing + 3).some((c) => GIVES.test(c));
}

/** 形成了, 建成了, 实现了: a clause saying what has been formed or reached. */
const DONE_FORMED = /^\s*(?:[\u4e00-\u9fa5]{0,4})(?:形成|建成|实现|培育|打造|集聚)了/;
/** 在整体经济发展目标方面, 提出了发展目标: a clause announcing the goals the clauses after it set. */
const GOALS_ANNOUNCED = /(?:目标|指标)(?:方面|如下|为|是)\s*$|(?:提出|确定|明确|设定)(?:了)?[^，。；]{0,12}(?:预期)?目标\s*$/;
/** 均创历史新高: every figure before it set a record (增幅创历年新高: or the growth of the figures before it did). */
const ALL_RECORDS_SET = /^\s*(?:(?:均|都|皆|全部|分别)创(?:历史)?新高|(?:增幅|增速|增量|总量|规模)(?:再)?创(?:历史|历年|同期)?新高)/;

/** 确立的目标顺利完成, 各项任务全面完成, 较好完成了…确定的各项目标任务, 顺利实现年度目标任务: goals a text says were met, where no cue sets them again. */
// (较好地完成市十五届人大一次会议确定的年度目标任务: or the goals a congress set, done well)
const GOALS_MET = /(?:目标|任务)[^，。；]{0,4}(?:顺利|圆满|全面|超额)完成(?!的)|(?:顺利|圆满|全面|超额)实现了?[^，。；]{0,8}?目标任务|完成了[^，。；]{0,16}(?:目标|任务)|(?:较好地|圆满|全面|超额)完成[^，。；]{0,20}?(?:确定|下达)的[^，。；]{0,4}?目标任务/;
/** 顺利实现年度目标任务, 圆满完成全年目标任务: the closing clause of a year's figures, saying its goals were met. */
const YEAR_GOALS_MET = /^\s*(?:顺利|圆满|全面|超额)(?:实现|完成)了?(?:年度|全年|各项)?目标任务/;
const GOAL_SETTING = new RegExp(`确保|力争|争取|将|${VERB_YAO}|必须|努力`);

/** 2026年的各项重点工作, 2026年10件民生实事, 2026年主要预期目标: a year's works or goals named. */
const YEAR_WORKS = /((?:19|20)\d{2})年(?:的|度)?(?:各项|全年)?(?:重点工作|民生实事|目标任务|主要预期目标|工作任务|工作目标|[\d一二三四五六七八九十]{1,2}件民生实事)/;
/** The later year whose works or goals a text names (…又明确了2026年的各项重点工作), or null. */
export function laterWorksYear(text: string, lastPastYear: number): number | null {
  const m = text.includes('年') ? YEAR_WORKS.exec(text) : null;
  return m !== null && Number(m[1]) > lastPastYear ? Number(m[1]) : null;
}

/**
 * 地级市3个, 县市区30个: a short noun and its count right after a sum (not 项目, 企业: 10亿元项目5个 names a class, but also a
 * sum a text may want); 产值10亿元以上5家: a floor, then the firms counted above it.
 */
// (超百亿元的具有核心竞争力的应急产业龙头企业5家左右: or the things, described, then counted)
const SIZE_BEFORE_COUNT = /^(?:级)?(?:地级市|县市区|县（市、区）|县区|县|乡镇|镇|村|城市|街道)[\d一二三四五六七八九十两]+个|^(?:以上|及以上)(?:的)?(?:企业)?[\d一二三四五六七八九十两]+(?:家|户)|^(?:以上|及以上)?的[^，。；\d]{2,24}?(?:企业|集群|项目|园区|基地)[\d一二三四五六七八九十两]+(?:余|多)?(?:家|个|户)/;

/**
 * 积极谋划一批100亿元、50亿元重大项目; 力争在引进50亿元、100亿元项目上实现突破: sums that sort the projects a goal is about, with
 * no count of them (not 最高1亿元项目资助, 300万元、500万元的项目落户奖, a payment named after the projects it is for).
 */
const SIZED_PROJECTS = /^(?:级|以上|及以上)?(?:、(?:过|超|超过)?[\d.]+[万亿]元(?:级|以上|及以上)?)*(?:的)?(?:重大|重点|产业|工业|招商|优质|大)?项目(?![\d一二三四五六七八九十两]|[^，。；]{0,6}?(?:资|奖|补|贡献|经费|用于))/;
/** 总投资约, 项目总投资, 总投资额逾: a project's total investment, right before the sum. */
/** 家各类开发区的总体布局, 个园区的功能定位: the things counted, then the layout or role a plan gives them. */
const LAID_OUT_AFTER = /^[^，。；\d]{0,10}?的(?:总体|空间|产业)?(?:布局|功能定位|发展定位|发展方向|发展策略)/;
/** 条主水系、7条支水系格局: a layout, closing the clause its counts are listed in. */
const LAYOUT_CLOSES = /^[^，。；]{0,30}?(?:格局|布局|框架)(?=[，。；]|$)/;
/** 及以上燃煤发电机组, 以下矿井: a bound, then the kind of plant or machine it sizes. */
const PLANTS_OF_SIZE = /^(?:（含）)?(?:及以上|及以下|以上|以下)(?:的)?[\u4e00-\u9fa5]{0,8}?(?:机组|锅炉|窑炉|炉窑|矿井|煤矿|船舶|装置|生产线)/;
/** 投资82.8亿元的久泰, 总投资50亿元的: what a project costs, then the words of its name before a capacity (captured). */
const PROJECT_NAMED_AFTER_COST = /投资(?:额)?(?:约|近|逾|超|达)?[\d.]+[万亿]?元的([\u4e00-\u9fa5]{0,8})$/;
const ONE_PROJECT_SIZE = /总投资(?:额)?(?:约|近|逾|超|达)?$/;
/** 项目…建成后将, 项目…投产后每年可: projects, then what they bring once built, operating or at full output. */
const PROJECT_EFFECT = /项目[^。；]{0,60}?(?:建成|投产|达产|投运|竣工)(?:投产|运营|达产)?后[^。；，]{0,6}?(?:每年|年)?(?:可|将|预计)/;
/** 力争, 确保, 目标: a goal set after the effect, which stands. */
const GOAL_WORDS_AFTER_EFFECT = /力争|确保|目标|计划/;
/** 该项目, …生产项目是…之一, …项目正加快建设: one project a sentence is about. */
const ONE_PROJECT = /该项目|项目(?:是|为|由|正|已|位于|占地|建成后)|项目[，,]/;
/** 50个重点项目, 一批项目, 3大项目: projects counted, a portfolio. */
const PROJECTS_COUNTED = /[\d一二三四五六七八九十两百千]+(?:个|大|批|项|类)[^，。；]{0,16}?(?:项目|工程)|一批|等[^，。；]{0,8}项目|项目[\d一二三四五六七八九十两]+个|计划|谋划|实施|推进|推动|开工|铺排|安排|储备|签约/;
/** Whether the words before a total investment describe one project, with no goal and no projects counted. */
function describesOneProject(before: string, clause: string): boolean {
  const opening = before.slice(Math.max(0, before.lastIndexOf('。') + 1));
  return ONE_PROJECT.test(opening) && !PROJECTS_COUNTED.test(opening) && !AHEAD.test(opening + clause);
}
/** 13条重点产业链, 12条制造业重点产业链: a count of industry chains, right before them. */
const DESIGNATED_CHAINS = /^(?:[^，。；、\d]{0,6}?)产业链(?!群)/;
/** 支柱产业, 先进制造业集群, 重点产业链: industries, clusters or chains, by a short name (not 营业收入超百亿元的…, of a size). */
const DESIGNATED_INDUSTRIES = /^(?:[^，。；、\d]{0,8}?)(?:产业集群|集群|产业链|产业)/;
/** 持续壮大, 聚焦, 优化提升: the verbs that work on industries already designated, right before their count (not 培育壮大, which grows new ones). */
const INDUSTRIES_WORKED_ON = /(?:(?<!培育)壮大|聚焦|围绕|优化提升|振兴)\s*$/;
/** 壮大7个先进制造业集群: the count of designated industries before this one, in the same clause. */
const INDUSTRIES_WORKED_ON_LISTED = /(?:(?<!培育)壮大|聚焦|围绕|优化提升|振兴)[\d一二三四五六七八九十两]+个[^，。；、\d]{0,8}?(?:产业集群|集群|产业链|产业)[、和及]?$/;
/** 培育20条左右, 打造…: chains formed, a goal. */
const CHAINS_FORMED = /(?:培育|打造|形成|建成|新建|新增|构建|组建|引育|布局|发展|壮大|延伸|拓展|达到|达|超过|突破|增至|增加到|不少于)[^，。；\d]{0,4}$/;
/** 打造4条…、: a later item of a list of chains the clause forms. */
const CHAINS_FORMED_LISTED = /(?:培育|打造|形成|建成|新建|构建|组建|发展|壮大)[^，。；]{0,30}、$/;
/** 总投资, 最高, 安排, 给予 right before a sum: what is spent or paid, not the size of projects. */
const SPENT_OR_PAID_BEFORE = /(?:投资|投入|最高|不超过|安排|给予|予以|奖励|补助|资金|资助|约|近|超|达|共计|合计|累计)$/;

/** A web page's counters around the text: 阅读:0次, 浏览次数：125, 关注:9次, 订阅后可查看全文(剩余80%). */
const PAGE_COUNTER = /(?:阅读|浏览|点击|访问|关注|评论|点赞|收藏)(?:量|数|次数)?[:：]\s*$|[（(]剩余$/;
/**
 * Forecasts by others: 预计, 有望, 报告显示 (not 报告指出 or 报告显示 before the goals a report sets: 主要预期目标是; nor
 * 预期目标是：预计…, the goal itself, and each 预计 of the goals its colon lists (…总投资…亿元，预计完成实际投资…亿元); nor a plan's own 方案指出，预计到2025年…, 根据规划，预计至2016年… or 预计到2027年，滨海新区…, its place's goals; nor 预计给予15亿元, 预计安排…, money a government expects to give; nor 预计在两年内新建…公厕140座, the works a plan
 * expects to do in a span;
 * nor 对有望解决…的新药研究, a condition). 据初步估计，到2026年年底…将突破25万架次 is one too.
 */
/** 个项目中，已有, 个项目中投资数额最大的: the things counted, then 中 and how many of them have already got somewhere, or which stands first. */
// (是10个项目中投资数额最大的项目: or where one of them stands first)
const POOL_OF_PROGRESS = /^[\u4e00-\u9fa5]{0,6}?中(?:[，,]\s*(?:目前)?(?:已有|已经有|已)(?=[^，。；]{0,8}\d)|[^，。；\d]{0,10}?(?:最大|最多|最高|最长|最早|第一|首位)的?)/;
/** 产业中筛选, 家企业中遴选: the things counted, then 中 and the choosing made among them. */
const POOL_CHOSEN_FROM = /^[\u4e00-\u9fa5]{0,6}?中(?:筛选|遴选|选出|选取|挑选|择优|评选)/;
export const FORECAST = /预计(?!(?:建成|投产|竣工|完工)(?:投产|投用)?(?:的)?项目)(?<!(?:预期目标[是为]?(?:[：:][^。]*)?|(?:方案|规划|计划|意见|措施|(?<!工作报告)》)(?:指出|提出|明确)[，,：:]?|(?:根据|按照|依据)(?:规划|方案|计划)[，,]?|目标方面[，,]?|(?:年均|每年)增长[\d.]+%(?:左右|以上)[，,])预计)(?!到(?:19|20)\d{2}年(?:底|末)?[，,]?(?:全[省市区县]|我[省市区县]|本[省市区县]|[\u4e00-\u9fa5]{2,6}(?:省|市|县|区|州|旗)(?![场民]))|给予|安排|在?[一二两三四五六七八九十\d]{1,2}年(?:内|之内)(?:新建|建设|改建|建成|完成))|(?<!跟踪|监测|趋势|技术|目标)预测(?!预警|分析|研判|能力|模型|技术|系统|平台)|(?<![对为])有望|研究显示|(?<!工作)报告(?:指出|显示)(?![^。]*(?:预期目标|目标是|目标为|力争|确保|主要任务|任务和措施|重点工作))|测算|估算|(?:据|经)(?:初步|粗略)?估计|(?:达产|建成|投产|达效)后[，,]?(?:可|将|能)(?:新增|实现|带动|年|满足)|(?:达产|建成|投产|达效)后[，,]?年(?:产值|产量|销售收入|营业收入|税收|利税)[^，。；\d]{0,4}(?:可|将|能)|(?<=[\u4e00-\u9fa5])(?<!达到|等于|高于|不低于)或(?:将)?(?:超|超过|达|达到|破|突破)(?=[\d一二三四五六七八九十百千万亿])|(?<=[\u4e00-\u9fa5])或将(?:拥有|迎来|新增|建成)(?=[^，。；]{0,4}[\d一二两三四五六七八九十百千万亿])/;
/** 报告指出, 报告显示 opening a sentence or clause: what the report in question says (not 研究机构报告指出, a study's). */
const REPORT_SAYS = /(?<![\u4e00-\u9fa5])报告(?:指出|显示)/g;
/** …关于2023年计划执行情况与2024年计划草案的报告，报告指出，…: a government's own plan report speaks its plan, no forecast. */
const GOVERNMENT_PLAN_REPORT = /计划(?:执行情况)?(?:与|和)?[^。]{0,30}?(?:计划)?草案的报告[，,]?报告指出|政府工作报告[，,]?报告指出/;
/** 披露了2023年全市商务工作预期目标，今年北京市场总消费预计增长5.5%左右: the goals a body sets out, told as what it expects. */
// (2024年，贵州将坚持…，预计全省地区生产总值增长5.5%左右: or a year ahead a place says what it will do in, then what it expects of itself)
const GOALS_TOLD_AS_EXPECTED = /预期目标[，,：:][^。；]{0,40}?预计|^\s*(?:19|20)\d{2}年[，,][^。；]{0,12}?将[^。；]{0,60}?[，,]\s*预计全(?:省|市|区|县|州)/;
/** ，达到2000家 (，三年累计突破1000个: how it is counted captured; ，由2015年底的4000多家发展到8000多家: or from the base) straight after a multiple: the level the multiple reaches. */
export const MULTIPLE_THEN_LEVEL = /^(?:以上|左右)?(?:、(?=达到|达|突破|超过)|[，,]\s*)((?![^，。；\d]{0,6}?(?:增速|增幅|速度|年均|比重|占比))[^，。；\d]{0,6}?)(?:(?:到|至)(?:19|20)\d{2}年(?:底|末)?)?(?:由(?:(?:19|20)\d{2}年(?:底|末)?的?)?[\d.]+[万亿]?多?[^，。；\d]{0,3}?(?=发展到|增加到|增长到|提高到|提升到|增至))?(?:达到|达|突破|超过|增至|提高到|提升到|发展到|增加到|增长到)(?:约)?[\d一二三四五六七八九十百千万]/;
/** 实现总经营规模3000亿元，比“十三五”末翻一番; 达到1200亿元，即在…600亿元的基础上再翻一番: a level, then the multiple of a base it makes. */
const LEVEL_THEN_MULTIPLE = /(?:达到|达|实现|突破|超过|增至)[^，。；\d]{0,8}?(?:约)?[\d一二三四五六七八九十百千万][\d.\s]*[十百千万亿]*[^\d，。；、]{0,3}(?:以上|左右)?[，,]\s*(?:即)?(?:比|较|在)[^，。；]*$/;
/** 投资50亿元的东宝生物医药产业园、30亿元的修正医药科技产业园、: a list of projects, each named after its cost, up to the sum asked. */
/** 30亿元的: a project's cost, before its name. */
const COST_OF = String.raw`\d+(?:\.\d+)?[万亿]?元的`;
/** 30亿元的修正医药科技产业园: one project of a list, named after its cost. */
const COSTED_PROJECT = String.raw`${COST_OF}[^，。；、\d]{2,24}?`;
const LISTED_PROJECT_SIZES = new RegExp(String.raw`(?:总投资|投资额?)(?:约|超|近|达)?${COSTED_PROJECT}(?:[、和及]${COSTED_PROJECT})*[、和及]$`);
/** 的焦化苯、水溶肥、永磁材料等: examples of the works a count right after them counts. */
export const EXAMPLES_BEFORE_COUNT = String.raw`^的[^，。；\d]{2,60}?、[^，。；\d]{1,30}?等`;
/** 的焦化苯、水溶肥、永磁材料等16个重点项目: examples named, then the count of the set they belong to. */
const EXAMPLES_THEN_COUNT = new RegExp(String.raw`${EXAMPLES_BEFORE_COUNT}\s*\d+\s*(?:个|项)[^，。；\d]{0,8}?项目`);
/** 的东宝生物医药产业园、30亿元的…: the first project of such a list, after its cost. */
const FIRST_OF_COSTED_PROJECTS = new RegExp(String.raw`^的[^，。；、\d]{2,24}?[、和及]${COST_OF}`);
/** 签约项目15个120亿元, 日用品券1400张3万元: things counted, then what they are worth together (in 万 or 亿: 劳务工2个200元 is a rate;
 * 3项1亿元资金助企 counts measures). */
const COUNT_THEN_WORTH = /^\s*\d+(?:\.\d+)?\s*[万亿]元(?!\s*(?:以上|及以上|级|规模))/;
/**
 * 重点县和2个补偿制度试点县秸秆综合利用率达到90%: places counted, then what each is to reach, with a figure of its own
 * (35个单产提升整建制推进县粮食单产水平提升3%以上: or to raise it by).
 */
const PLACES_THEN_GOAL = /^[^，。；\d]{0,14}?(?:县|县（市、区）|县（市）|地级市|乡镇|镇|村)(?:[和、][\d一二两三四五六七八九十]+个[^，。；\d]{0,14}?(?:县|市|区|乡镇|镇|村))?[^，。；\d]{0,20}?(?:达到|分别|实现|均|提高到?|提升到?|突破|超过)[^，。；\d]{0,8}[\d一二两三四五六七八九十]/;
/** (7个)园区主导产业, (5个)县区功能定位: places, then the role each is given. */
const PLACES_ROLES_AFTER = /^(?:个)?(?:园区|工业园区|开发区|片区|县区|县（市、区）|县市区|乡镇)的?(?:主导产业|首位产业|功能定位|发展定位|产业定位|发展方向)/;
/** (在17个)乡镇（街道办）硬化道路10万平方米, (在39个)村改造升级10千伏线路16.66公里: places, then a work done in them and its figure. */
const PLACES_WORKED_IN = /^(?:乡镇|镇|乡|村|行政村|社区|街道|县（市、区）|县区)(?:[（(][^）)]{1,8}[）)])?[^，。；\d]{1,12}?\d/;
/** 省级及以上地表水监测断面优良率达到96.3%: what was counted runs on, with no verb of its own, into a rate or share given as a percentage. */
const RATE_SCOPE_AFTER = /^[^，。；、\d]{2,30}?(?:率|比例|比重|占比)(?:均|分别)?(?:稳定)?(?:达到|达|保持在|保持|提高到|提升到|不低于|超过|为)?(?:约)?\s*[\d.]+\s*%/;
/** 达到, 超过, 增至: the verb a count is reached by, right before it. */
const COUNT_REACHED = /(?:达到|达|超过|突破|增至|增加到|提高到|提升到)$/;
/** 全市, 全省所辖: a whole, right before the count of its divisions. */
const WHOLE_BEFORE = /全(?:省|市|区|县|州)(?:共|共有|所辖|下辖)?$/;
/** 区（功能区）, 县（市、区）, 乡镇: the divisions a whole is counted in. */
const DIVISION_AFTER = /^(?:区|县|市|乡镇|镇|乡|街道|县（市、区）|县（市）|市（州）|功能区)(?:[（(][^）)]{1,8}[)）])?(?:[，。；、]|进行|开展|分为|全部|均|都|$)/;
/** (面额50元200张、面额30元: an open bracket breaking a total of vouchers down by face value, the figure inside it. */
const FACE_VALUES_OPEN = /[（(]\s*(?:面额|面值)[^（()）]*$/;
/** 若干政策中, 措施共, 政策清单(共: a document, then the count of the items it holds. */
const TEXT_HOLDS_BEFORE = /(?:政策|措施|意见|方案|办法|细则|文件|清单)》?(?:中|共|共有|包含|包括|涵盖|[（(]共|共(?:设立|设置|认定|确定|明确)了?)$/;
/** 条内容主要包括, 条措施涵盖: a count of a document's items, then what they take in. */
const TEXT_ITEMS_AFTER = /^(?:内容|政策|措施|举措)?(?:主要)?(?:包括|涵盖|涉及|分为)/;
/** 区100个起降点: divisions counted, then at once the count of what they are to hold. */
const PLACES_THEN_COUNT = /^(?:区|县|市|乡镇|镇|街道|村|县（市、区）)[\d一二两三四五六七八九十百千]+(?:\.\d+)?[万]?(?:个|家|座|处|所)/;
/** 吸引社会资本, 撬动民间投资: money drawn in by what is given. */
const LEVERAGED = /^\s*(?:吸引|撬动|带动|引导|拉动)[^，。；\d]{0,8}(?:社会资本|民间投资|民间资本|社会投资|投资)$/;
/** Fines and penalties: 处1万元以上10万元以下罚款. */
// (擅建排污口 最高罚50万元: a fine, written short)
const PENALTY = /罚款|罚金|没收|违法所得|(?:最高|最多|可|将|并|处)罚(?=[\d一二三四五六七八九十两])/;
/** 其中奖补资金50%待企业达产后兑现: when part of a sum is paid, not a further commitment. */
const DEFERRED = /待[^，。；]{1,16}?(?:后|时)?(?:兑现|拨付|发放|支付)/;
/** Money given or set aside: 补贴, 奖励, 贴息, 基金, “算力券”, 为企业减负2500亿元 (taxes and fees forgone), 按市级财政拨付资金100%进行匹配 (a share of a superior's payment, matched); not 证券化率, 基金资产管理规模 (a finance industry's measures). */
const SUPPORT = /补贴|补助|奖励|重奖|最高(?:可)?奖(?=[\d.]|[一二两三四五六七八九十百千]+[万亿]?元)|奖金|津贴|安家费|(?:供养|保障|救助|低保|抚恤|养育)标准|公用经费|基础养老金|\d%(?:的比例)?(?:进行|给予|予以)?(?:资金)?(?:匹配|配套)(?![\u4e00-\u9fa5]{0,2}(?:建设|设施|产业|企业|项目))|设立[^，。；]{0,24}?资金|(?:给予|予以)[^，。；]{0,24}?奖(?![项状杯牌章])|(?:可|每年可)?申请[^，。；]{0,20}?(?:前期|工作)经费|发放(?:最高|不超过)[^，。；]{0,12}?贷款|(?:担保|贴息|创业|小额)贷款(?:额度|金额)?(?:最高|不超过|上限)|贷款(?:额度|金额)(?:最高|不超过|上限)|奖项金额|最高可获|支持[^，。；]{0,16}?经费|奖补|资助|贴息|(?<!培育)扶持|(?:给予|予以|进行)[^，。；]{0,24}?激励|激励资金|按[^，。；]{0,24}?%\s*激励|激励(?:上限|金额|标准)|(?<!私募|公募)基金(?!资产管理|管理规模)|资金支持|(?:资金|财政安排|安排)用于(?:支持|扶持|奖励|补助|补贴)|(?:增加|追加|叠加|(?<=的))(?:给予)?支持(?=\s*[\d.]+\s*[万亿]?元)|担保费|费率|(?<!证)券|抵免|减免|免征|减负|减税|降费|支持(?:额度|资金|金额|强度|比例)|(?:给予|予以).{0,20}(?:支持|配套)|(?:给予|予以)[^，。；]{0,40}?\d[\d.]*\s*[万亿]?元[^，。；\d]{0,12}?支持|(?:给予|予以)[^，。；]{0,20}最高|支持.{0,6}最高|最高(?:可)?支持(?=\d|不超过)|支持\s*总额|(?:本条款|本条|该条款|本项|本政策|本措施)(?:实施|兑现)?资金总额|(?:给予|予以)[^，。；\d]{0,16}?\d[\d.]*\s*[万亿]?元|拿出[^，。；\d]{0,6}\d[\d.]*[多余]?[万亿]?元|每(?:增加|新增|多)[\d.]+[^，。；\d]{1,4}?(?:递增|追加)[\d.]+[万亿]?元/;
let lastSupportSentence = '';
let lastSupport = false;
/** Whether a text gives money: a support, a payment or a fund (the sentence before a figure's, asked of a duration only). */
export const givesMoney = (text: string): boolean => SUPPORT.test(text);

/** Whether a sentence gives money outside a policy's name and a means of support (asked once per sentence, of each of its figures). */
function supportsMoney(sentence: string): boolean {
  if (sentence !== lastSupportSentence) {
    lastSupportSentence = sentence;
    // (2024年新增地方政府债券300亿元以上: bonds a place issues are no voucher given, unless the sentence spends them, 用于…建设)
    const named = sentence.replace(POLICY_NAME, '').replace(MEANS_OF_SUPPORT, '').replace(SUPPORT_SOUGHT, '');
    lastSupport = SUPPORT.test(sentence) && SUPPORT.test(SPENT_ON.test(sentence) ? named : named.replace(BONDS, ''));
  }
  return lastSupport;
}

/** 基本养老金, 低保标准, 报销限额, 报销封顶线: welfare benefits paid to people. */
const WELFARE_PAID = /养老金|低保|报销/;
/** 最低生活保障, 供养标准, 特困人员…基本生活标准: a standard of welfare paid to people. */
const WELFARE_STANDARD = /低保|最低生活保障|供养标准|救助标准|特困人员|基本生活标准|抚恤|高龄津贴/;
/** 由每人每月900元提高到, 由330元提高到: a standard raised from one sum to another. */
const STANDARD_RAISED = /由(?:每[人户](?:每)?[月年])?[\d.]+元(?:\/[人户月年])*提高到/;
/**
 * 享受西部大开发…所得税按15%, 可享受国家…减按15%的税率, 职工教育经费不超过工资薪金总额8%部分税前扣除: a national tax preference firms
 * enjoy, or what national law lets them deduct before tax.
 */
const NATIONAL_TAX_ENJOYED = /享受[^，。；]{0,8}?(?:西部大开发|国家)[^，。；]{0,20}?税|%部分(?:准予)?(?:在)?税前(?:加计)?扣除/;
/** 减按, 加计扣除: a tax cut to a rate, a deduction beyond the cost. */
// (按照50%的比例返还企业上年度实际缴纳的失业保险费, 返还标准由…的50%提高到100%: or a share of what firms paid given back to them)
const TAX_RELIEF = /减按|加计扣除|税[^，。；]*返还|返还[^，。；]*税|返还[^，。；]{0,16}?(?:保险费|保费|缴费|社保费)|(?:保险费|保费|缴费|社保费)[^，。；]{0,8}?返还|稳岗返还|返还标准/;
/** 争取国家、省各类专项资金支持重大项目建设: support sought from above, which the text's place gives no one. */
const SUPPORT_SOUGHT = /争取[^，。；]{0,16}?(?:资金|政策)(?:支持|扶持)/g;
/** 设立1亿元文化产业引导资金: a fund set up, in a figure's own clause. */
const FUND_SET_UP = /设立[^，。；]{0,24}?(?:资金|基金)/;
/** 通过扶持引导, 扶持引导, 通过设立…资金等手段: support named as the means a goal is reached by. */
const MEANS_OF_SUPPORT = /通过(?:政策)?(?:扶持|支持)引导|扶持引导|通过[^，。；]{2,30}?等(?:手段|方式|措施|途径)/g;
/** A policy's name: 《…扶持办法》, 扶持茶产业发展的若干政策. */
const POLICY_NAME = /《[^》]*》|[^，。；：]*的(?:若干)?(?:政策|措施|意见|办法|通知)(?=[，。；]|$)/g;
/** 统筹233.9亿元财政预算, 6.73亿元预算重点投向…: a policy's budget, committed however precise its sum. */
const BUDGET_COMMITTED = /统筹[^，。；\d]{0,6}\d[\d.]*\s*[万亿]元(?:财政)?(?:预算|资金)|\d[\d.]*\s*[万亿]元(?:财政)?预算(?:资金)?(?:重点|主要|全部)?(?:投向|用于|支持)/;
/** 每亩财政投入资金按照每亩不低于3000元, 中央资金1730.9元/亩, 县级财政不低于380.73元/亩: public money put in per unit of a works. */
const PUBLIC_MONEY_PER_UNIT = /(?:财政投入资金|(?:中央|省级|市级|县级|区级)(?:财政)?资金|(?:市|县|区)级财政)[^，。；\d]{0,16}\d[\d.]*\s*元\s*\/|(?:每亩|每平方米)财政投入资金[^，。；\d]{0,16}\d/;
/** Money set aside, named in its own clause: 安排专项资金5亿元, 1亿元场景专项资金, 市级财政统筹资金2亿元, 每年投入5000万元 (not 研发投入), 每年单列总额不少于3000万元资金, 2027年，投入资金50亿元. */
export const SET_ASIDE = new RegExp(String.raw`(?:安排|下达|拨付)[^，。；]{0,16}(?:资金|经费)|安排\d[\d.]*\s*[万亿]元(?:用于|支持|扶持)|${PUBLIC_MONEY_PER_UNIT.source}|${BUDGET_COMMITTED.source}|(?:每年|年度|财政)(?:安排|单列|预算)(?:总额)?(?:不少于|不低于|超过)?\d[\d.]*\s*[万亿][^，。；]{0,4}(?:用于|支持|扶持|资金)|(?:每年|年度)预算\d[\d.]*\s*[万亿]元?[^，。；]{0,12}(?:资金|经费)|(?:政府|财政)(?:每年|年度)预算\d|财政统筹(?:安排)?(?:资金)?\d|专项资金|(?:预算|财政)[^，。；]{0,6}安排|^[^，。；]{0,12}每年(?:统筹|安排)?投入(?:资金)?\d|^[^，。；]{0,12}(?<!研发|科技|社会|企业|项目)投入(?:财政)?资金(?:总额)?(?:不少于|不低于|超过)?\d`);
/** 产业规模突破, 营业收入达到, 产值超过, 全社会研发投入达到: an outcome measure reaching a figure (the clause before the number). */
// (存贷款超10万亿元, 私募基金规模超5000亿元: a market's own size too)
const OUTCOME_REACHED = /(?:产业规模|经济规模|市场规模|存贷款(?:余额)?|存款余额|贷款余额|私募基金(?:管理)?规模|资产(?:总)?规模|总市值|营业收入|营收|产值|增加值|生产总值|GDP|经济总量|销售额|交易额|出口额|零售总额|领域投资|固定资产投资|研发(?:经费)?投入|进出口(?:总)?额|税收(?:收入)?|利润(?:总额)?|财政收入)[^，。；\d]{0,6}(?:突破|达到|达|超过|超|迈上|提升至|提高到|增至)(?:约)?$/;
/** A sum set aside, then its parts: 预算安排36.71亿元，其中，科技创新投入5.98亿元，人才发展投入3亿元. */
export const SET_ASIDE_PARTS = new RegExp(`(?:${SET_ASIDE.source})[^。；]*?[，,]\\s*其中`);
/** 计划总投资, 年度计划投资: what the projects of an event plan to invest. */
// (此次集中开工的项目共10个，…今年计划完成投资6.08亿元，将对…起到重要推动作用: the year's plan of the projects started, and the good
// the event says they will do, look ahead to nothing of the event's own)
const PROJECT_PLAN_FIGURE = /(?:今年|年度|年内)?计划(?:完成)?(?:总)?投资|将对[^，。；]{2,40}?(?:起到|产生|发挥)[^，。；]{0,16}?作用/g;
/** Figures of an event the text reports: 18日开工重大项目106个 (projects started on a day), 现场签约项目15个，总金额120亿元, 今天还将签约50个项目, 73个重大项目集中开(复)工 (这批开工项目…) and what they plan to invest, 意向成交额 (not 技术合同成交额, a measure, nor 按成交额的2%, a payment's basis), 应到代表558名, 共300多人参加会议, 当天的活动中发布了7款产品 (not 参会人数达5000人以上的, 参会人数达150人及以上的境内会议, the size a provision pays for). */
// (召开…表彰会…。当天，成都高新区拿出7370万元表彰…: money handed out on the day of a meeting the news reports)
const EVENT = /现场签约|(?<=(?:^|[，。；])\s*\d{1,2}日)(?:集中)?开(?:复)?工(?=[^，。；]{0,8}?项目)|(?:当天|当日|会上)[，,]?[^，。；]{0,12}?(?:拿出|兑现|颁发|发放)(?=[^，。；]{0,4}\d)|(?:签约|集中开工|开工)(?<=(?:今天|今日|当天|当日)(?:还|又|共)?将?(?:签约|集中开工|开工))|集中签约|的企业得奖|(?:活动|博览会|洽谈会|推介会|峰会|论坛)(?:上|期间)?(?:共|成功)?签约|(?:这批|此次|本次|本批)(?:集中)?(?:开工|开复工|签约|竣工|投产)(?:活动|仪式)?(?:的)?项目|签约仪式|推介(?:的)?项目|(?<![将拟])共签约|集中(?:开|复|竣)(?:[（(]复[)）])?工|集中(?:投产|启动|落地)|(?:项目|工程)同时(?:启动|开工)|开工仪式|(?<!按|按照)签约金额|(?<!合同|合同年|市场|协议|技术|交易|按|按照)成交(?:额|金额)|意向成交|发布会|仪式上|活动现场|开幕式|[应实]到(?=[\d一二三四五六七八九十百]|代表|委员|人数)|出席|(?<=[人名])(?:参加|参与)(?:了|本次|此次)?(?:会议|活动|仪式|大会|论坛|座谈会|推进会|培训)|(?:参会|与会)(?!人数|规模)(?![^，。；]{0,8}?\d+人(?:及?以[上下]|[至到—–~-]))(?!人员[^，。；]{0,4}(?:住宿|交通|食宿|差旅)?(?:补贴|补助|奖励|费用))|受表彰|表彰大会|获奖资金|颁奖(?:仪式|典礼|大会|会议?)|颁发(?:奖励|奖补)?支票|奖励先进|(?:本次|此次)(?:活动|促销|消费季)[^，。；]{0,4}有[^。；]{0,80}?参与|(?:当天|当日)的?(?:活动|会议|大会)(?:中|上|期间)/;
/** 每年认定, 每年可评选, 每年择优遴选, 每年补贴, 每年实施不超过300个…项目: a scheme's picks each year. */
const CHOSEN_EACH_YEAR = /每年度?(?:可|择优|分批)?(?:认定|评选|遴选|推荐|评定|选树|补贴|资助|支持|实施|立项)/;
/** 不超过, 最多: a cap on a count. */
const CAPPED_COUNT = /不超过|最多|至多|不多于/;
/** 关键共性技术研发专项奖励, 奖项: awards, the thing a count after 设立 counts. */
const AWARDS_COUNTED = /^[^，。；\d]{0,16}?(?:专项奖励|奖励项目|奖项|专项奖)(?=[，。；]|$)/;
/** Counts that are part of an incentive scheme: 每年评选不超过10个优秀专用模型. */
const AWARD_SELECTION = /评选|遴选|择优|认定/;
/** 年度目标（23%）, 高于28%的年度目标: a rate a report gives as the year's target, around the figure's place (#). */
const YEAR_TARGET_NAMED = /(?:年度|全年)目标\s*[（(]#\s*[)）]|(?:高于|低于|超过|超出|达到|完成)#的?(?:年度|全年)(?:预期)?目标/;

/** Whether a rate is one a report gives as the year's target (增速为年度目标（23%）的两倍多, 高于28%的年度目标). */
export function yearTargetNamed(sentence: string, quantity: Quantity): boolean {
  return quantity.base === 'percent' && YEAR_TARGET_NAMED.test(`${sentence.slice(Math.max(0, quantity.start - 8), quantity.start)}#${sentence.slice(quantity.end, quantity.end + 8)}`);
}
/** Why the figure of a year named (增至2024年的5950万人次) is left out: a text that knows its date keeps one of a year still ahead. */
export const YEAR_FIGURE_REASON = 'the figure of a year';
/** 提高到2020年的, 2020年底的: the year a figure is of, right before it (captured). */
export const YEAR_OF_FIGURE = /((?:19|20)\d{2})年(?:底|末)?的$/;
/** Thresholds that define who is eligible: 以年度主营业务收入作为申报条件, 门槛. */
/** (降低贴息政策门槛: a threshold lowered is a measure, not one set for what the sentence counts) */
// (降低认定条件, 放宽申报条件: conditions eased, in a sentence whose figures are the measure's own)
const ELIGIBILITY = /(?<!(?:降低|放宽|取消|简化|下调)[^，。；]{0,4})(?:申报条件|准入条件|认定条件)|(?<!(?:降低|放宽|取消|下调|不设|无)[^，。；]{0,8})门槛|作为条件/;
/** 申报项目…实际完成投资不低于300万元: a floor set for who applies, in a sentence that gives nothing. */
// (not …开展配租工作不少于2次，完成3万套…办理，对低保…家庭依申请应保尽保: an application the sentence names far from the floor)
const APPLICANT_FLOOR = /(?:申报|申请)[^。]{0,60}?(?:不低于|不少于)|(?:不低于|不少于)[^。；]{0,30}?(?:申报|申请)/;
const GIVES = /给予|予以|奖励|重奖|补助|补贴|资助|奖补|支持/;
/** 以上, （含）以上, 及以上 right after a figure: a floor. */
const FLOOR_AFTER = /^\s*(?:[（(]\s*含\s*[)）])?(?:及)?以上/;
/** 1000人以上部分: the part of a count above a floor. */
const PART_ABOVE_FLOOR = new RegExp(`${FLOOR_AFTER.source}(?:的)?部分`);
/** …，给予每家每年最高200万元补贴, …的，按照实际完成投资额的2%进行一次性资金奖励: money given later in the sentence. */
const GIVEN_LATER = /^[^。]{0,100}?(?:给予|予以|进行)[^。；]{0,24}?(?:奖励|补贴|补助|资助|奖补|扶持|贴息)/;
/** 支持氢能企业购置先进设备，当年…: a provision opening on what it supports, a heading of the things paid for, not money given. */
const SUPPORT_OPENING = /^(\s*)(?:支持|鼓励)/;
/** 首次超2亿元、3亿元、: a first crossing of a size (or of each of a list of sizes) right before the figure. */
const FIRST_CROSSED = /首次(?:超过?|突破|达到?|迈上)(?:[\d.]+[万亿]?元、)*$/;
/** /千瓦时的低谷电价, /立方米的价格: a price or fee right after a rate per unit. */
const PRICE_CHARGED = /^\s*[/／][^\s，。；的]{1,6}(?:左右)?的?(?:低谷|高峰|平段|峰谷|居民|阶梯)?(?:电价|气价|水价|热价|价格|收费标准|收费)/;
/** 出让起始价确定为, 挂牌底价为, 土地出让价格按: the price land is offered or sold at, right before the sum; 房租暂定为每平方米, 物业管理费暂定为: or the rent or fee a park charges. */
const LAND_PRICE_BEFORE = /(?:出让|挂牌|拍卖|起拍|起始|底)(?:起始|底)?价(?:格)?(?:确定|定为|暂定|按)?(?:为|在)?(?:每亩)?$|(?:房租|租金|物业(?:管理)?费|管理费|收费标准)(?:标准)?(?:暂定|定|确定)为(?:每(?:平方米|平米|月|年))?$/;
/** 力争, 到2025年, 确保: a goal's own words before its floor. */
/** …的，每架次包机给予2万元补贴: conditions running on to the close of a condition, then what is paid, in the same sentence. */
// (…(含)以上，创业实体数量…不少于40家、…不少于20家，给予50万元奖补: or a last condition closing on its own floor, then the payment)
const CONDITIONS_THEN_PAID = /^[^。]{0,240}?(?:的|(?:不少于|不低于|达到|超过)[\d.]+[^，。；、\d]{0,3}(?:以上)?)[，,][^。；]{0,30}?(?:给予|予以|奖励|补贴|补助)/;
const AHEAD_OF_FLOOR = /力争|争取|确保|到(?:19|20)\d{2}年|目标/;
/** 拿出, 安排资金, 统筹: money put up, right before the sum. */
const PUT_UP = /(?:拿出|筹集|统筹|安排)(?:专项)?(?:资金)?$/;
/** 对…的企业和业主，以奖代补，进行奖励: whom a sum put up rewards, after it. */
const REWARDS_NAMED_AFTER = /^(?:元)?(?:资金)?(?:用于)?对[^。；]{2,80}?(?:进行|实施|给予)(?:奖补|奖励|补贴|补助)/;
/** 以上、区县（市）1亿元以上重大产业和基础设施项目，: a size class (or a list of them) of projects or firms, the clause closing on them. */
const SIZES_BEFORE_PROJECTS_CLOSING = /^(?:及)?以上(?:、[^，。；\d]{0,10}?[\d.]+[万亿]?元(?:及)?以上)*的?[^，。；、\d]{0,12}?(?:项目|企业)(?=[，。；]|$)/;
/** 601万元为全市…和: a sum, then whom it is spent on, up to the count of them. */
const SUM_FOR_PEOPLE = /\d[万亿]?元(?:用于)?为[^，。；\d]{0,6}(?:[\d.]+万?[名人户位][^，。；\d]{2,20}?[和及、])?$/;
/** 在乡老复员军人配套医疗费资金: the people counted, then the money matched or handed to them, closing the clause. */
const MONEY_FOR_THEM_AFTER = /^[^，。；\d]{2,20}?(?:配套|发放|提高|补助|补贴)[^，。；\d]{0,8}?(?:资金|经费|补贴|补助|标准)(?=[，。；]|$)/;
/** 个县区、市属开发区划分为2个组别: things counted, then the groups a text sorts them into. */
const SORTED_INTO_GROUPS = /^[^，。；]{1,24}?(?:划分为|分为|分成)[\d一二两三四五六七八九十]+(?:个|类)?(?:组别|组|档|档次|类|等级)/;
/** 本次奖励的省级以上高新区共: whom this round of payments goes to, up to their count. */
const ROUND_PAID_TO = /(?:此次|本次|这次)(?:获得)?(?:奖励|表彰|奖补|扶持|资助|支持)的[^，。；\d]{2,16}?(?:共|达|有|为)?$/;
/** 以上用于扶持、引导…: the share of a fund spent on support, right after the share. */
const SHARE_FOR_SUPPORT = /^(?:以上|左右)?(?:的资金)?(?:主要)?用于(?:扶持|支持|奖励|补助|补贴|奖补|引导)/;
/** Measure words followed by these are structure, not quantity: 3个方面, 30个工作日内, 设1个主会场. */
const STRUCTURAL_AFTER = /^(方面|部分|分(?![布公中局行支会厂店院])|门|阶段|层面|环节|步骤|原则|维度|工作日|月|小时|季度|周|全会|全体会议|会议|代表大会|主会场|分会场)/;
/** 30家企业超, 5家企业过, 3家工业企业销售突破: firms counted, then the size they pass, right before it. */
const FIRMS_COUNTED_PASSING = /[\d一二三四五六七八九十两]家(?:规上|规模以上)?(?:工业)?企业(?:销售|产值|营收|营业收入|销售收入)?(?:超过?|过|突破|达到?)$/;
/** ，每户200元: what each of the receivers just counted is paid, right after the count. */
const PAID_EACH_AFTER = /^(?:左右|余|多)?\s*[，,]\s*每(?:户|人|名)\s*[\d.]+\s*[万]?元\s*(?:[；;。，,]|$)/;
/** 企业退休职工，约31万人，每人: receivers counted in the clause before what each is paid. */
const RECEIVERS_COUNTED_BEFORE = /[，,]\s*(?:约|共|合计|总计)?\s*[\d.]+\s*万?(?:户|人|名)(?:左右|余|多)?\s*[，,]\s*每(?:户|人|名)\s*$/;
/** 36条“强信心拼经济”全力实现开门红实施意见: a policy's articles counted, the name they go by quoted after the count. */
const ARTICLES_NAMED_AFTER = /^“[^“”]{2,16}”[^，。；\d]{0,12}?(?:意见|措施|政策|举措|细则|办法)/;
/** Counting a text's own parts: 草案共二十条, 共8章66条. */
const SELF_DESCRIPTION = /(?:共|章|方面)$/;
/** A plan explaining its own shorthand: “1”即1个总体目标. */
const SHORTHAND = /“\d+”即/;
/** 实施, 落实, 打好“: a clause carrying out a campaign or a plan, up to a figure in its name. */
const CARRIES_OUT_BEFORE = /(?:实施|落实|打好|打赢|开展|启动|组织实施)[“"]?[^，。；\d“”"]{0,8}$/;
/** |低空经济产业高地: a height an area is to be (高地, 高峰), after a scale class. */
const SCALE_OF_HEIGHTS_AFTER = /^[^，。；、\d]{0,12}?(?:高地|高峰)(?=[，。；、]|$)/;
/** 攻坚战, 专项行动, 三年行动: the words that name a campaign. */
const CAMPAIGN = '攻坚战|收官战|歼灭战|攻坚行动|专项行动|行动计划|行动方案|三年行动';
/** 旅游总产值“倍增|: a quote opened just before a figure. */
const QUOTE_OPEN_BEFORE = /“[^“”，。；]{0,8}$/;
/** |”工程, 行动”: the quote closing just after a figure, on the name of a works or a campaign. */
const QUOTED_CAMPAIGN_AFTER = new RegExp(`^[^“”，。；]{0,8}”(?:工程|行动|计划|${CAMPAIGN})`);
/** 产业集群培育三年行动计划, ”收官战: the rest of a campaign's or a plan's name after a figure in it. */
const CAMPAIGN_NAMED_AFTER = new RegExp(`^[^，。；、\\d]{0,16}?(?:${CAMPAIGN})(?=[，。；、]|$)`);
/** 制定发布“246”, 制定出台: drawing up or issuing, the document's name after it. */
const DRAWS_UP_BEFORE = /(?:制定|出台|发布|印发|编制|研究制定)[^，。；]{0,16}$/;
/** …产业集群和前沿产业发展导向目录: the kind of document a name closes on, its clause ending there. */
const DOCUMENT_AFTER = /^[^，。；\d]{0,24}?(?:目录|方案|清单|规划|意见|政策|办法|措施|指南|计划)(?:[，。；]|$)/;
/** 行动, 工程 right after a share: the plain campaign whose name it ends. */
const SHARE_CAMPAIGN_AFTER = /^(?:行动|工程)(?=[，。；、]|$)/;
/** “142产业集群”(即…: a slogan named by its digits, then a bracket spelling them out, up to the figure. */
const SHORTHAND_SPELLED = /“[^“”]{0,8}\d{2,}[^“”]{0,8}”[（(]\s*即[^）)。；]*$/;
/** Where a raised figure starts: 从2020年的, 从“十二五”末的, 由每年, 由每生每年, 由每名学生每天. Shared with the names, which leave it out. */
// (年均增速从“十二五”时期的3.6%下降到3.3%: or over a plan period as a whole)
// (由企业及职工缴纳失业保险费的50%提高到100%: or the measure the level is of, named before it with 的)
export const BASELINE_FROM = String.raw`[从由](?:(?:19|20)\d{2}年(?:底|末)?|“?${PLAN_PERIOD_NAME}”?(?:(?:期)?末|时期|期间)|目前|现在|现有|原来|[^，。；\d由从]{2,16}?的)?的?(?:每[\u4e00-\u9fa5]{1,4}?)?(?:每[年月日天人户])?(?:最高|不超过)?`;
/** How a figure is raised or lowered to another: 提高到, 增至, 发展到, 下调到 (its 到/至 after it). */
export const RAISE_VERB = '提高|提升|增加|增长|扩大|壮大|发展|跃升|攀升|降低|下降|减少|压减|上升|调整|上调|调升|下调|拓宽|加宽|延长|缩短|增|降';
/** 从2020年的85提高到95, 分别由8万元和4万元提高到10万元和6万元, 从最高1000万元提高到3000万元: the starting figure of a raise. */
// (由2014年的10%、12%、15%提高到30%、30%、40%以上: or a list of them, each raised to its own)
// (由不超过项目建设相关投资额15%提高到20%: or a cap of a share named by what it is of)
const BASELINE_BEFORE = new RegExp(String.raw`${BASELINE_FROM}(?:(?<=不超过)[\u4e00-\u9fa5]{2,12}?的?)?(?:[\d.]+[^，。；\d]{0,3}[和、])*$`);
/** 稀土项目近10亿元的…资金支持: projects, then the sum of the support they get. */
const PROJECTS_FUNDED_AFTER = /^[^，。；\d]{0,10}?项目(?:近|约|共|逾)?[\d.]+\s*[万亿]元的[^，。；\d]{0,16}?(?:资金|资助|补助|补贴)(?:支持)?/;
/** 摊位以上的大型展览: places or seats (after the count's own measure word), a floor, then 的 and what has them. */
const SEATS_CLASS_AFTER = /^(?:摊位|床位|展位|座位|车位|工位|泊位|铺位|床)(?:及)?以上的[\u4e00-\u9fa5]{2}/;
/** 较2011年实际完成的, 比上年的: a year's level a growth is reckoned from, right before it. */
const COMPARED_LEVEL_BEFORE = /(?:比|较|相比)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:度)?(?:实际)?(?:完成|实现)?的$/;
// (由目前的396家累计突破600家: or crosses a new level)
const BASELINE_AFTER = new RegExp(String.raw`^(?:[^，。；\d]{0,3}?[和、][\d.]+)*[^，。；\d]{0,3}(?:(?:${RAISE_VERB})(?:到|至|为)|达到|(?:累计)?(?:突破|超过)(?=[\d一二两三四五六七八九十百千万]))`);
/** 调增2个百分点, 比目标任务增加7个: the words before the size of a revision. */
const REVISION = /[（(]调[增减高低]$|比(?:原)?(?:目标|计划)(?:任务)?(?:增加|提高|调增|调高)$/;
/** 当该季度执飞航班量少于, 当年度营业收入达到: a 当 clause's condition, before the figure it turns on (not 当年落地项目不低于, this year's; nor 当地, the place). */
const WHEN_CONDITION = /^\s*当(?!年(?!度)|地)[^，。；]{0,24}?(?:少于|低于|不足|多于|高于|超过|达到|满)$/;
/** …台（含500台）时, …以上时: a figure's clause closing on 时, the size a tier is for (not 元/千瓦时, a rate's unit). */
const TIER_WHEN = /^[^，。；\d]{0,4}(?:[~～—–\-至到]\d+(?:\.\d+)?[^，。；\d]{0,4})?(?:以上|以下|以内)?(?:[（(][^（()）]{0,12}[)）])?(?<!瓦|小)时$/;

/**
 * Counting the text's own parts: 7项重点任务, 二十条措施, 5项制度, 25个支持方向, 四个方面十六个具体量化指标, 涉及34个牵头单位, 10个关键句, 30条信息干货,
 * 82个民生承诺, 细化为82个具体事项, 即实施10个重大专项, 分为…3个不同标准, 设置10项“五好”园区评价指标 (a slogan in quotes may lead its name)
 * (not firms or people: 2家全球工程机械20强企业; nor a count whose own noun stands before it: 洽谈项目40个的目标任务).
 */
const OWN_PARTS = /^(?!的)(?:“[^“”，。；\d]{1,8}”)?[^，。；、\d]{0,6}?(?:(?<!建设|改造|治理|整治)任务|举措|不同(?:类别|类型|标准|档次|等级|层次)|措施|意见|要求|制度|机制|方向|指标|方面|行动|(?<!改造|治理|修复|整治|加固|供水|排水|供热|供气|污水|水利|道路|桥梁|管网|绿化|水源|饮水|水库|灌溉|防洪|堤防|泵站|电网)工程|关键句|关键词|看点|亮点|要点|干货|金句|维度|主线|路径|专栏|专项(?=$|[，。；、和及]|计划|规划|方案)|总目标|总体目标|总抓手|抓手|突破口|目标任务|政策|(?:纲领性|配套|指导性|政策)文件|办法|细则|条款|板块|篇章|(?<!项目|工程)部分|大项(?!目)|子项|重点工作|大事|(?:民生)?实事(?:项目)?|(?:民生)?承诺|具体事项|新政|(?:牵头|责任|配合|协办)(?:单位|部门))(?![\u4e00-\u9fa5]{0,2}(?:企业|项目|平台|基地|园区|中心))|^[^，。；、\d]{2,12}?(?:管理办法|实施细则|实施办法)/;
/** 万亿级产业，即年产值超过1万亿元大关的产业，: a term opening its sentence, then 即 and what it means. */
// (not 实现经济发展总体目标，即到2025年…, 发展目标，即2019年计划实现…: a goal said again in its figures; nor 使用“火炬创新券”，即向…发放不超过
// 10万元的电子化支付凭证: money a programme hands out, said as what it is)
const DEFINITION = /^\s*(?![^，。；]*(?:目标|任务|指标))[^，。；\d]{0,6}[\d.]*[万亿千百]*[^，。；\d]{1,10}[，,]\s*即(?![^，。；]*(?:到(?:19|20)\d{2}|力争|计划|确保|实现|目标|发放|给予|提供|补贴|补助|奖励|资助))[^，。；]+的[^，。；]{1,12}(?=[，。；]|$)/;
/** 所高校综合排名进入全国前50名, 家企业进入全国百强: things counted that are to enter a ranking (not 个县中进入前5名, the field). */
const ENTERING_RANKING = /^[所家个项]?[^，。；\d中]{1,10}?(?:排名)?(?:进入|跻身|迈入)/;
/** 、年产值超: a list's next item opening on a measure and the verb that sizes it, right before a sum. */
const SIZE_OF_NEXT_ITEM = /、\s*([\u4e00-\u9fa5]{2,6}?)(超过?|达到?|在|过)$/;
/** 政策措施中，涵盖…共, 这些措施包括…等: what a policy's measures are said to cover, up to the count of them. */
const POLICY_COVERS = /(?:政策|措施|新政|办法)[^。；]{0,6}?(?:涵盖|包括|包含|分为|含)[^。；]*?(?:共|等)\s*$/;
/** 实施唐丰路改造等12条路网工程: works counted after examples of them (not 包括…等8项任务, the text's own parts). */
// (完成常袋镇、会盟镇、麻屯镇等5项抗旱应急提水工程: or places listed as examples of them)
// (实施金茂小学等5处中小学建设工程: or a works verb, then the one example named before 等)
const WORKS_AFTER_EXAMPLES = /(?:[改造建设修提升][^，。；]{0,6}|、[^，。；、\d]{2,8}|(?:实施|推进|完成|开展)[^，。；、\d]{2,10})等[\d一二两三四五六七八九十]+(?:条|个|项|处)[^，。；、\d]{0,8}工程/;
/** 为1.5万名 3-6岁儿童: the ages of the people counted, after their count. */
const AGE_AFTER = /^\s*[\d一二三四五六七八九十]+(?:\s*[-—–~至到]\s*[\d一二三四五六七八九十]+)?\s*周?岁/;
/**
 * “4321”目标, “1135”战略, “三新两特一大”产业集群: a slogan of digits in quotes, or of numerals each before the word it counts
 * (not “1+5+4”, which may sum up works to build).
 */
const DIGIT_SLOGAN = /“(\d{3,8}|(?:[一二两三四五六七八九十][\u4e00-\u9fa5]){2,5})”/g;
/** 4个提升、3个一体化: a count of a list of counts, each a digit before its measure word. */
const LISTED_COUNT = /(?<![\d.])(\d)[个项大条]/g;

/** Whether the counts listed in the sentence, the quantity's among them, give in order the digits of a quoted slogan. */
function spelledSlogan(sentence: string, quantity: Quantity): boolean {
  const digits = [...sentence.matchAll(LISTED_COUNT)];
  if (digits.length < 3 || !digits.some((m) => m.index === quantity.start)) return false;
  const spelled = digits.map((m) => m[1]).join('');
  return [...sentence.matchAll(DIGIT_SLOGAN)].some((m) => m[1] === spelled);
}

/** The words before a count of the kinds a plan sorts its work into: 优先发展, 主攻, 共, 协调; or the count of the kinds above them (四个主导产业16个细分领域). */
const SORTS_BEFORE = /(?:优先发展|突破发展|重点发展|主攻|选择|选准|分成了?|分为|划分为|协调|涵盖|共|[\d一二两三四五六七八九十]+个[\u4e00-\u9fa5]{2,4}产业)$/;
/** What such a count counts: 先导产业, 细分赛道, 专班, 类型. */
const PLAN_CATEGORY_AFTER = /^[^，。；\d]{0,12}?(?:细分赛道|细分领域|赛道|先导产业|主导产业|新兴产业|未来产业|产业方向|专班|类型)(?:[，。；、]|$)/;
/** 2800多个县分成了三种类型: things counted as they are sorted. */
/** 每个县（市）, 每个乡镇都要: each place of a kind, given a goal of its own. */
const EACH_PLACE_BEFORE = /每(?:个|一个)?(?:县|市|区|乡镇|乡|镇|街道|村|园区|开发区)(?:[（(][^）)]{1,8}[)）])?[^，。；\d]{0,8}$/;
const SORTED_AFTER = /^[^，。；\d]{0,4}(?:分成了?|分为|划分为)[^，。；\d]{0,4}[\d一二两三四五六七八九十]+(?:种|类|个类型)/;
/** …“双十万”目标, …的目标: the figures a measure focuses on named as its goal, in the clause. */
const FOCUSED_GOAL_AFTER = /^[^，。；]{0,40}?目标(?:任务)?(?:[，。；]|$)/;
/**
 * 聚焦10个…、22个…: a count right after a word of focus, with nothing built between them (not 聚焦打造10个…); 对全省列入重点监控的114户企业和
 * 50个…项目: or of what is already on a list a measure is applied to.
 */
const SCOPE_BEFORE = /(?:聚焦|围绕|主攻|紧扣|针对)(?:[^，。；\d]{0,10}?[\d一二两三四五六七八九十]+[个项条家大宗块片][^，。；\d]{0,24}?[、和及与])?[^，。；\d打造建培新引创争]{0,12}$|(?:^|[，。；])对(?:全[省市区县])?(?:已)?(?:列入|纳入)[^，。；\d]{1,12}的(?:[\d一二两三四五六七八九十]+[个户家项][^，。；\d]{1,12}[和、及])?$/;
/** 惠及17个, 受益群众5万人, 惠及群众约2万人: the words before whom or where a measure reaches. */
const BENEFICIARY_BEFORE = /(?:惠及|受益)[^，。；\d]{0,4}?(?:约|近|超过|达)?$/;
/** 有效改善9万人口的…, 提高城区4万户用热居民的…: whose lot a measure improves. */
const IMPROVES_BEFORE = /(?:改善|提高|提升|保障|解决)(?:城区|农村|城乡|全县|全市|全区)?$/;
/** A 对… list introduced by 继续 names items already supported: 继续对…5个优势产业和…实施的14个项目…滚动支持. */
const CONTINUED = /继续对[^。；]*$/;

/** 占比提高到, 覆盖率达, 比重达到: a share or rate that rises to a figure. */
/** 产值超, 营收达到, 营业收入过: the size a counted kind of thing has, before the amount. */
export const SIZE_MEASURE = '(?:价值|年?产值|年?营收|年?营业收入|年?主营业务收入(?:增量)?|营业收入增量|产值增量|增量|规模|年销售收入|[\u4e00-\u9fa5]{0,4}总收入|总?投资|社零额|社会消费品零售总额|[\u4e00-\u9fa5]{0,4}(?:销售额|交易额))(?:超过|超|过|达到|达|突破)?';
/** 产值超1000亿元的…, 营收达到50亿元的…: the size a counted kind of thing has, after its count. */
const SIZE_CLASS_AFTER = new RegExp(`^(?:左右|以上)?${SIZE_MEASURE}[\\d.百千万]`);
/** 产值超, 营收达到, or 超 alone: the size a counted thing has, its measure said or left out. */
export const SIZE_OF_CLASS = `(?:${SIZE_MEASURE}|超过|超|过|突破)`;
/**
 * 5个产值超, 3个营业收入超, 5个超, 4条综合产值超 right before an amount: the count, then the measure (or the mere crossing) of the
 * size its things have.
 */
const SIZE_CLASS_BEFORE = new RegExp(`(?:[\\d一二两三四五六七八九十]+(?:余|多)?(?:个|家|条|座)(?:左右|以上)?[\\u4e00-\\u9fa5]{0,4}?|一大?批|若干)${SIZE_OF_CLASS}$`);
/** (以上)的战略性产业集群, 的产业链: the head a size class qualifies. */
/** 规模的工业园区, 级产业集群, 产业集群: the things a size before them sorts (a round scale in words needs 规模 or 级). */
const CLASS_HEAD_WORDS = '[^，。；、\\d]{0,12}?(?:集群|企业|产业链|园区|基地|项目|高新区|开发区|经开区|平台|城市)';
const CLASS_HEAD = new RegExp(`^(?:以上)?(?:规模|级)?的?${CLASS_HEAD_WORDS}`);
const SCALED_CLASS_HEAD = new RegExp(`^(?:以上)?(?:规模|级)的?${CLASS_HEAD_WORDS}`);
export const SIZE_CLASS_HEAD = /^(?:以上)?(?:、[^，。；、\d]{2,12}?(?=的))?的?[^，。；、\d]{0,12}?(?:集群|企业|产业链|园区|集聚区|聚集区|示范区|产业园|基地|项目|高新区|开发区|经开区|集中区|平台|品牌|城市|市（州）|市|县（市、区）|县|景区|产业(?![\u4e00-\u9fa5]))/;
/** 、5个超五百亿元的产业集群: the next item of a list of size classes, the head they share (产业集群) captured. */
// (培育1-2家营业收入过千亿、3-4家营业收入过百亿的龙头文化旅游企业: a range of them, the class written without 元)
export const SIZE_CLASS_LISTED_AFTER = /^(?:以上)?、[\d一二两三四五六七八九十]+(?:[-—~至][\d一二两三四五六七八九十]+)?(?:个|家|条|座)[^，。；、]{0,16}?(?:元|[亿万](?!元))(?:以上|级)?的?([^，。；、\d]{0,12}?(?:产业集群|集群|企业|产业链|园区|基地|项目|产业))/;
/** 、5家超50万人次、10家超20万人次的滑雪场: the rest of a list of size classes, then 的 and the things they are sizes of. */
export const SIZE_CLASS_RUN_AFTER = /^(?:以上)?(?:、[\d一二两三四五六七八九十]+(?:余|多)?(?:个|家|条|座)[^，。；、]{0,16}?)*的([^，。；、\d]{2,12})(?=[，。；]|$)/;
/** 达到, 突破, 提高到 right before a figure: a level to reach. */
const REACH_VERBS = '达到|达|突破|超过|提高到|提升到|提高至|提升至|增至|增加到';
export const REACH_VERB_END = new RegExp(`(?<!不)(?:${REACH_VERBS})(?:约)?$`);
/** 达到, 不少于, 保持在 right before a figure: a level to reach, or a floor to keep. */
const LEVEL_OR_FLOOR_END = new RegExp(`(?:${REACH_VERBS}|不少于|不低于|保持在)$`);
/** 争取中央预算内资金, 力争地方政府专项债券资金 right before an amount: funds sought from others (not 力争安排专项资金, which the place gives). */
const FUNDS_SOUGHT = /(?:争取|力争(?![^，。；]{0,12}?(?:安排|设立|投入|统筹|拨付|兑现|发放)))[^，。；]{0,12}(?:资金|补助|奖补|经费)(?:支持)?$/;
/** 确保超过, 确保超过6000万元、争取: a clause of bounds alone, up to a sum, whose words are the clause's before it. */
const BOUNDS_ALONE = /^(?:(?:确保|力争|争取|努力)?(?:达到|超过|突破|不少于|不低于)?[\d.]+[万亿]?元、)*(?:确保|力争|争取|努力)?(?:达到|超过|突破|不少于|不低于)?$/;
/** The clause before `clause`, the words `before` a figure ends on (empty if it opens the sentence). */
const clauseBeforeBounds = (before: string, clause: string): string => lastClause(before.slice(0, before.length - clause.length - 1));
/** The words of a text after its last ，, ； or 。: the clause it ends on. */
const lastClause = (text: string): string => text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf('；'), text.lastIndexOf('。')) + 1);
/** 力争, 争取: a provision striving for what its figures say. */
const STRIVEN_FOR = /力争|争取(?!的)/;
/** 用于标准化现代产业园区建设, 年底前全部发放, 保障各项重大项目资金需求: money a provision says is spent or given out. */
const SPENT_ON = /用于|发放|拨付|集中支持|保障/;
/** 地方政府专项债券: bonds a place is to issue, whose 券 is no voucher given. */
const BONDS = /债券/g;
/** The provision of a sentence that holds a quantity: between the semicolons around it. */
function provisionOf(sentence: string, quantity: Quantity): string {
  const [start, end] = provisionBounds(sentence, quantity);
  return sentence.slice(start, end);
}
/** Where the provision holding a figure starts and ends: the ； before it and after it, or the sentence's ends. */
function provisionBounds(sentence: string, quantity: Quantity): [number, number] {
  const end = sentence.indexOf('；', quantity.end);
  return [sentence.lastIndexOf('；', quantity.start) + 1, end < 0 ? sentence.length : end];
}
/** 力争地方政府专项债券占全市份额10%以上: whether the provision holding a figure strives for it, and neither gives money nor spends any. */
function soughtAlone(sentence: string, quantity: Quantity): boolean {
  const [start, end] = provisionBounds(sentence, quantity);
  if (!STRIVEN_FOR.test(sentence.slice(start, quantity.start))) return false;
  const provision = sentence.slice(start, end);
  return !SUPPORT.test(provision.replace(BONDS, '')) && !SPENT_ON.test(provision);
}
/** 安排, 统筹安排, 市财政每年安排: a clause arranging a sum, naming nothing it is for. */
const ARRANGED_ALONE = /^[^，。；\d]{0,16}?(?:每年|共|统筹|另)?安排$/;
/** ，支持…, ，用于…: the clause after a sum arranged, saying what it supports. */
const SPENT_ON_AFTER = /^(?:元)?[，,]\s*(?:专项|重点)?(?:用于)?(?:支持|扶持)/;
/** 年产值, 总产值, 旅游总收入: an output a clause names right before its sum, with no verb. */
const OUTPUT_BEFORE_SUM = /^\s*(?:[^，。；\d]{0,12}?(?:年|总))?(?:产值|营业收入|销售收入|总收入|增加值|交易额|营业额)$/;
/** 城镇登记失业率控制在, 居民消费价格涨幅保持在: a rate or a share held at or within a level, right before it. */
const RATE_HELD = /(?:率|比重|占比|涨幅|指数)(?:要|将)?(?:控制|保持|稳定|维持)在$/;
// (争取…实现文化及相关产业增加值占到全区GDP的7%: or what a measure makes up of the whole, reached)
const SHARE_REACHED = /(?:占比|比重|覆盖率|普及率|达标率|参保率|入园率)(?:稳步|逐步)?(?:提高到|提升到|提高至|提升至|达到|达|超过)$|(?:实现|达到|力争|争取)[^，。；]{2,24}?(?:增加值|产值|总量|规模)占(?:到)?[^，。；\d]{2,12}的$/;
/** A reward paid later in the sentence, in money: …，一次性奖励150元/人, …的，给予20万元奖励. */
const LATER_REWARD = /^[^。；]*?[，,][^。；]*?(?:奖励|补助|补贴|给予|奖补)[^。；\d]{0,8}\d+(?:\.\d+)?[万亿]?元/;
/** …新增国家高新技术企业200家以上，…，对首次认定为高新技术企业的中小微企业给予10万元: a reward with a condition of its own. */
const OWN_CONDITION = /^[^。；]*?[，,]对[^，。；]{2,40}?的[^。；]*?(?:奖励|补助|补贴|给予|奖补)/;

/** 由…有限公司投资, 由某集团总投资约: a firm named as the one that invests. */
const FIRM_INVESTS = /由[^，。；由]{2,30}?(?:公司|集团)(?:总|计划)?投资(?:约|超)?$/;
/** Resources and potentials: 储量, 可开发量, 可安装, 可用于…的面积. */
const POTENTIAL = /储量|蕴藏量|可开发量|技术可开发|可安装|可用于|理论/;
/** 规划范围为…, 试验区范围涉及…: a sentence setting out the ground a plan or a zone covers. */
const PLAN_EXTENT = /(?:规划》?|建设|实施|试验区|示范区|开发区|合作区|新区|区域)范围(?:为|是|包括|涵盖|涉及|覆盖)[^。；]*$/;
/** Square kilometres, 亩, or places counted (3个市, 13个县, 120个乡镇): what a plan's ground is measured in. */
const EXTENT_MEASURE = /^(?:km2|平方公里|亩|公顷|hm2|m2)|^count(?:市|县|区|乡|镇|村|街道)/;
/** 建成, 新增, 达到: a goal set on that ground. */
const EXTENT_GOAL = /建成|建设|新增|新建|达到|力争|确保|实现|完成|改造|治理|整治|修复|恢复|营造|造林|种植|提高|提升|增加|扩大/;

/** Climbing onto a step: 迈上6000亿元台阶, 跨上新的千亿台阶, 主营业务收入上700亿元台阶 (not 每上, a step each time). */
const STEP_UP = /(?:迈上|跨上|跃上|登上|站上|(?<=[\u4e00-\u9fa5]{2})(?<![每])上)(?:新的?)?$/;
/** A cap on what one may buy or hold: 限购1套住房. */
const RESTRICTION = /(?<![期年时上下权额界极])限(?:购|贷|售)?$/;

/** 单个企业每个线上平台最多支持, 每家企业限申报: one receiver, and the most of its own it may have supported or apply with. */
const RECEIVER_LIMIT = /(?:单个|每个|每家|同一)(?:企业|单位|主体|申报主体|机构)[^，。；\d]{0,12}?(?:最多|至多|限|只能|不超过)(?:支持|申报|申请|享受|获得)?$/;

/** 提供最高, 分别提供最高额度不超过: an offer's cap, right before its sum. */
const OFFERED_CAP = /(?:提供|发放)(?:最高|最多)?(?:额度|金额)?(?:不超过|不高于|最高)?(?:[\d.]+[万亿]?元[和、])*$/;
/** 的创业担保贷款, 和400万元的贴息贷款, 专项工作经费: the kind of support offered, right after the sum (or a run of sums). */
const OFFERED_KIND = /^(?:[和、][\d.]+[万亿]?元)*(?:以内)?的?[^，。；\d]{0,8}?(?:贷款|补贴|补助|奖励|资助|贴息|经费)/;
/** 实事项目今天发布，共安排十方面、, 项目总数增加, 其中新增: the words that count a year's list of works, in all or against the year before. */
const WORKS_LIST_COUNTED = /(?:(?:民生|惠民|为民办?)实事[^。；]{0,16}?[，,]\s*(?:共|总计|合计|共计)(?:安排|确定|推出)?(?:[^，。；\d]{1,6}、)?|项目总数(?:增加|减少|新增)?|(?<=项目总数[^。；]{0,8}[，,]\s*)其中(?:新增|调整|延续))$/;
/** 主要城市总部经济发展能力排名, 个省份中排名: the places counted, then the ranking they are ranked in. */
const RANKED_FIELD_AFTER = /^[^，。；\d]{0,6}?(?:城市|省份|省区市|地区|县市区?|区县|乡镇)[^，。；\d]{0,16}?(?:排名|排位|位次)/;

/** 重点人群签约率, 困难群体覆盖率: kinds of people, then a rate of them. */
const KINDS_OF_PEOPLE_RATED = /^[^，。；\d]{0,8}?(?:人群|群体|人员|对象)[^，。；\d]{0,8}?(?:率|覆盖面)/;

/** 事, 实事, 举措 right after a count 这 points at (这十件事): the works or measures the text itself lists. */
const WORKS_POINTED_AT = /^(?:民生)?(?:实事|事项?|举措|措施)/;

/** 组织的, 召开了, 举办的: meetings a body has held, the 的 or 了 telling they are done. */
const MEETINGS_HELD_BEFORE = /(?:组织|召开|举办|举行|开展)(?:的|了)$/;
/** 个领域76条政策, 大方面30项举措: the fields, then the count of the measures in them; 个领域做出重要指示: or the fields a text speaks to. */
const FIELDS_OF_MEASURES_AFTER = /^(?:个|大)?(?:领域|方面|板块)(?:、)?(?:[\d一二三四五六七八九十]+(?:条|项)(?:政策|措施|举措|具体措施|政策措施)|(?:做出|作出|提出)(?:了)?(?:重要|具体|明确)?(?:指示|部署|安排))/;

/** 子内容, 任务, 事项: what a list's items are called, counted after 等. */
const LIST_ITEMS_AFTER = /^(?:子|大)?(?:内容|任务|事项|实事|举措|措施)/;
/** 新增10个…、…100万平方米、…100座: two items or more of a list, each with a figure of its own. */
const FIGURED_ITEMS = /\d[^、，。；]*、(?:[^、，。；]*、)*[^、，。；]*\d/;
/** 购买, 新购置: buying, right before the size of what is bought. */
const BOUGHT_BEFORE = /(?:购买|购置|采购|添置|配备|新购)$/;
/** 消防登高台车, 燃气锅炉: a machine (a vehicle, a boiler, a generating set) named right after its size. */
const MACHINE_AFTER = /^(?:级)?[\u4e00-\u9fa5]{0,6}?(?:车|船|机|锅炉|设备|机组)(?:[并和及，,。；]|$)/;
/** Verbs that carry a support measure; a threshold sits between 对 and one of them (…分别一次性资助100万元: 资助 too). */
const SUPPORT_VERB = /给予|予以|按照|按|奖励|补助|补贴|奖补|支持|资助/;

export const DURATION_BASES: ReadonlySet<string> = new Set(['年', '月', '天', 'h']);

export interface ClassifyInput {
  sentence: string;
  /** Offset of the quantity within the sentence. */
  quantity: Quantity;
  clause: string;
  isPolicy: boolean;
  inStatusBlock: boolean;
  /** The clause reports a result reached (see clauseStances). */
  reported: boolean;
  /** The text is news of a government work report or of a plan just issued, so 报告指出 quotes it, not a study's forecast. */
  workReport?: boolean;
  /** The sentence before it, in its paragraph, gives money: how long a support runs may be said after the sum (…给予最高2000万元资金支持。对于特别重大的项目，可连续支持三年). */
  afterPayment?: boolean;
}

/** 按照税收增长, 按照税收增长10%-15%（含）、: the measure tiers are set on, and the bands listed before this one. */
const TIER_BAND_BEFORE = /按照?[^，。；\d]{0,10}(?:[\d.]+%?(?:[-—–~至到][\d.]+%?)?(?:[（(]含[)）])?(?:及?以上|以下)?[、和及])*$/;
/** %-15%（含）、…、20%以上三个档次，: the rest of a list of bands, closed by how many tiers it makes. */
const TIER_BAND_AFTER = /^(?:[%‰]?(?:[-—–~至到][\d.]+[%‰]?)?(?:[（(]含[)）])?(?:及?以上|以下)?)(?:[、和及][\d.]+[%‰]?(?:[-—–~至到][\d.]+[%‰]?)?(?:[（(]含[)）])?(?:及?以上|以下)?)*(?:[一二三四五六七八九十\d]+个)?(?:档次|档)[，,]/;
/** 除了泉州市级, 除省级财政: the other level whose payment, named next, the text's own is paid besides. */
const PAID_BESIDES = /除(?:了)?(?:[\u4e00-\u9fa5]{2,4}?[省市县区]级|[省市县区]级|国家|上级)(?:财政)?的?$/;
/** 奖励，, 奖励外，: that payment, closing its clause. */
const BESIDES_PAYMENT = /^的?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)(?:资金)?(?:外|以外|之外)?[，,]/;
/** 在省级财政按…给予每亩最高补助: the other level whose payment the text's own is paid on top of. */
const PAID_BENEATH = /在(?:省里|省级|省|国家|中央|上级)(?:财政)?[^，。；]{0,30}$/;
/** 元的基础上: the rest of the clause saying it is the base. */
const BENEATH_BASE = /^[^，。；]{0,12}?基础上/;
/** 每个申报主体限额, 每个主体最高: a sentence opening on the sum each applicant is limited to. */
const CAP_PER_APPLICANT = /^\s*每个(?:申报)?(?:主体|单位|企业|项目)(?:限额|最高|最多)(?:不超过)?\s*$/;
/** 他每月可申领, 今年他还…，并领到: a person a report follows, drawing a payment, in the sentence before its amount. */
const PERSON_DRAWS = /(?:^|[，,。；\s])(?:今年|去年)?(?:他|她)(?:们)?(?:每月|每年|还|也|又|已|已经)?[^，。；]{0,16}?(?:[，,]并?)?[^，。；]{0,4}?(?:可申领|可领取|领到|领取了|拿到|获得了|享受了|申领了|可享受)[^，。；\d]{0,10}$/;
const COMPANY_VOICE = /我公司|本公司|我们公司|我们企业|我厂/;
/** 相继确定了, 相继出台了: done one after another, a result. */
const DONE_ONE_AFTER_ANOTHER = /相继[^，。；\d]{0,6}了/;
/** 出台, 印发, 发布, 实施: the verbs a policy comes out by, looked for first (most clauses hold none). */
const POLICY_OUT_VERB = /出台|印发|发布|实施/;
/** 发展规划已经出台, 相继出台了有关奖励政策: a clause saying a policy is out, nothing more. */
// (浙江省人民政府发布2024年浙江省国民经济和社会发展计划: or a plan of a year a government issues, whose terms follow)
const POLICY_OUT = /(?:规划|方案|意见|措施|办法|政策|细则)(?:已经|已|正式|近日|日前)*(?:出台|印发|发布|实施)(?:了)?$|(?:已经|已|相继|先后|近日|日前)?(?:出台|印发|发布)了?(?:有关|相关|一系列|一批|多项)?[^，。；\d]{0,24}?(?:政策|措施|办法|细则)$|(?:人民政府|政府|办公厅|办公室)(?:正式)?(?:发布|印发)(?:了)?(?:(?:19|20)\d{2}年)?[^，。；\d]{2,30}?(?:计划|规划|纲要|工作要点)$/;
/** 比如，…，则…为：…×20万元=8.3676万元: an example the text works through, its figures reckoned, none of them committed. */
// (例：某国家小巨人企业研发投入5000万元，基础补贴为30万元，按2倍计算后可获60万元: or an example of one firm, 某…企业)
// (“举例来说，如果一个基地连续3年绩效评估均为优秀，…最高可获得150万元的补助”: or one opening on the case it supposes)
const WORKED_EXAMPLE = /(?:举例|比如|例如|假设|假如)[^。]*?(?:[×＝=]|则[^，。；]{0,24}?为)|^\s*(?:例|举例|示例|案例)[：:]\s*(?:如)?某|^\s*[“"]?(?:举例来说|举个例子|打个比方|比如说?|例如)[，,：:]?[^。]*?(?:如果|假如|假设|若)/;
/**
 * 即企业每新增1亿元合计可获取约20万元: a clause working out what a firm would get, its figures restating the provisions (a clause
 * only: the provision it works from may stand in the same sentence).
 */
const WORKED_OUT_CLAUSE = /^\s*即[^，。；]{0,12}?每(?:新增|增加|投入|投资)[^，。；]*?(?:合计|共|累计)?可(?:获取|获得|拿到|享受)/;
/** What the whole sentence says about every number in it, computed once per sentence. */
let lastSentence: string | null = null;
/** Why a figure of an event the text reports is none of its commitments (the sentences after it go on with them). */
export const EVENT_REASON = 'figure of a reported event';
/** 提出对…给予, 明确…予以补贴: measures an event announces, their payments named. */
const MEASURES_ANNOUNCED = /(?:提出|明确|推出|出台)[^。！？]*?(?:给予|予以)[^。！？]*?(?:奖励|补贴|补助|资助|奖补)/;
let lastSentenceVerdict: { reason: string } | null = null;
let lastWorkReport = false;
function sentenceVerdict(sentence: string, workReport: boolean): { reason: string } | null {
  if (sentence === lastSentence && workReport === lastWorkReport) return lastSentenceVerdict;
  lastSentence = sentence;
  lastWorkReport = workReport;
  // (…政府工作报告指出，… / 报告指出，2026年，花湖国际机场将新开…航线20条以上: the report quoted is the government's)
  // (在去年GDP预计完成4285亿元的基础上，今年预期目标建议增长8.5%以上: last year's estimate as the base of a goal forecasts nothing)
  const unbased = sentence.includes('基础上') ? sentence.replace(ESTIMATE_AS_BASE, '') : sentence;
  // where an event's word first stands, looked for once
  const eventAt = sentence.search(EVENT);
  lastSentenceVerdict = FORECAST.test(workReport ? unbased.replace(REPORT_SAYS, '') : unbased) && !GOVERNMENT_PLAN_REPORT.test(sentence) && !GOALS_TOLD_AS_EXPECTED.test(sentence) ? { reason: 'forecast' }
    // 记者从…新闻发布会上获悉，…力争到2026年…: a goal told at the event is no figure of it
    // (the plan figures of the projects started that day, 年度计划投资29亿元, are the event's too)
    // (实际成交额达5000万元的，给予…成交额1%…奖励: an event's word in the condition a payment is made on tells of no event)
    // (在新闻发布会上了解到，…提出对…的规上工业企业，给予10万元的财政奖励: measures the event announced are the policy's, not its figures)
    // (“到2025年黄埔制造业上市企业突破80家…”5月27日，…举办新闻发布会，正式对外发布《…》: goals quoted before the event that announces them,
    // or what the policy gives, “…给予50——100万元不等的创业资助…”7月3日，…发布会上发布的十条引才条款)
    : eventAt >= 0 && !AHEAD.test(sentence.slice(eventAt).replace(PROJECT_PLAN_FIGURE, '')) && !paidOnEventCondition(sentence, eventAt) && !MEASURES_ANNOUNCED.test(sentence.slice(eventAt)) && !QUOTED_GOALS_OPENING.test(sentence.slice(0, eventAt)) && !QUOTED_MEASURES_OPENING.test(sentence.slice(0, eventAt)) ? { reason: EVENT_REASON }
    // 【…公司副总经理】“我公司2024年产值达到3亿元…”: a firm's own figures, told by the firm
    : COMPANY_VOICE.test(sentence) ? { reason: "a company's own figures" }
    // 举例说明：比如，…已结算全部算力费用20万元，则…基准为：(305天/729天)×20万元=8.3676万元: a worked example of how a payment is reckoned
    : WORKED_EXAMPLE.test(sentence) ? { reason: 'a worked example' }
    : ELIGIBILITY.test(sentence) ? { reason: 'eligibility threshold' }
    : APPLICANT_FLOOR.test(sentence) && !GIVES.test(sentence) ? { reason: 'condition an applicant must meet' }
    : null;
  return lastSentenceVerdict;
}

/** “到2025年…突破80家…”: a sentence opening on a quote of goals by a year. */
const QUOTED_GOALS_OPENING = /^\s*[“"](?:力争|确保)?(?:到|至)(?:19|20)\d{2}年/;
/** “…打造了‘浦江英才’计划升级版，给予50——100万元不等的创业资助…”: a sentence opening on a quote that tells what a policy gives. */
const QUOTED_MEASURES_OPENING = /^\s*[“"][^”"]*?(?:给予|予以)[^”"]*?(?:奖励|补贴|补助|资助|奖补)[^”"]*[”"]/;

/** 开发区面积约50平方公里, 新区规划面积为882平方公里: the extent of a place, as it is. */
const PLACE_EXTENT = /(?:区|市|县|园|口岸|新城|岛|镇)(?:总|规划|国土|辖区|管辖|核心区){0,2}面积(?:约|为|是)?约?[\d一二三四五六七八九十]/;
/** 立足, 站在, 站上 opening the clause of a level that is a starting point. */
const STARTING_LEVEL_BEFORE = /(?:立足|站在|站上|迈上|基于)[^，。；]{0,20}$/;
/** …GDP起点, …的新起点上: the level named as where a place starts from. */
const STARTING_LEVEL_AFTER = /^[^，。；\d]{0,12}?(?:新)?起点/;

/** …的, …的企业: the close of a condition, with the receiver it marks out after 的 or none. */
// (…境外参会人数达20人及以上的国际（境外）会议: or the meeting or event it marks out)
const CONDITION_CLOSE = /的(?:[\u4e00-\u9fa5（()）]{0,8}?(?:企业|单位|机构|个人|主体|项目|团队|会议|展会|展览|活动|赛事))?$/;

/** Whether the clause at `at` is a condition (…的，) that money given after it is paid on. */
function paidOnEventCondition(sentence: string, at: number): boolean {
  const end = sentence.slice(at).search(/[，,。；]/);
  // (对组织参会超过200家以上用人单位的企业，按其实际支出费用的20%予以补助: or 的 and the receiver it marks out)
  // (对上年跨境电子商务成交额超过2000万美元…的跨境电子商务交易平台给予不超过20万元的资金扶持: or the payment in the same clause)
  return end > 0 && ((CONDITION_CLOSE.test(sentence.slice(at, at + end)) && GIVES.test(sentence.slice(at + end))) || CONDITION_THEN_GIVEN.test(sentence.slice(at, at + end)));
}
/** …的跨境电子商务交易平台给予不超过20万元的资金扶持: a condition closed by 的, its receiver, then money given, in one clause. */
const CONDITION_THEN_GIVEN = /的[^，,。；]{0,24}?(?:给予|予以)[^，,。；]{0,24}?(?:奖励|补贴|补助|资助|奖补|扶持|支持)/;

/** 内含4张满100元减25元券, 包含2张满30元减5元券: the coupons a pack is made up of. */
/** 以下按投资额给予, （含）以上的部分，按: a bound right after a sum, then the rate or the payment it is paid at. */
const BAND_BOUND_THEN_PAID = /^\s*(?:[（(]\s*不?含\s*[)）])?(?:及)?(?:以下|以内|以上)(?:的)?(?:部分)?[，,]?\s*(?:按|给予|予以)/;
/** (超过500万元)按超出部分的2%, (超过500万元)的部分给予: a rate or a payment right after the sum a band opens above. */
const BAND_OPENED_THEN_PAID = /^\s*(?:的)?(?:部分)?[，,]?\s*(?:按|给予|予以)/;
/** 最多可抢, 仅可领取, 只可核销, 限购: the words before how many of a thing each may take or use. */
// (not 至多15个示范车间, how many a measure recognises at most)
const USE_LIMITED_BEFORE = /(?:仅|只|最多|至多|限)(?:可|能)?(?:领取|申领|抢|抢领|使用|核销|参与|参加|购买|兑换|领)[^，。；\d]{0,8}?$/;
const COUPONS_IN_PACK = /(?:含|包含|内含|包括)[\d一二三四五六七八九十]+张/;
/** 可抵扣50元, 立减50元 right after the spending a voucher needs. */
const VOUCHER_OFF = /^(?:及以上)?[，,]?(?:可|即可)?(?:抵扣|抵用|立减|减|优惠)/;
/** 满200元可抵扣, 有50元减, 满40减: what a voucher takes off, after the spending it needs (captured; its 元 may go unwritten after 满). */
export const VOUCHER_OFF_BEFORE = /(?:满([\d.]+)元?|(?<=[有张的、：:，,\s])([\d.]+)元)[，,]?(?:可|即可)?(?:抵扣|抵用|立减|减|优惠)$/;
/** 分两次各50%拨付, 分三年按40%、30%、30%兑现: a payment split into instalments, the share of each. */
const INSTALMENTS = /分[两二三四五2-5](?:次|期|年|批)[^，。；]{0,16}?(?:拨付|兑现|发放|支付|下达)/;
/** 补助到位, 拨付, 给予补贴: a payment made, right after the count of parts it is made in (分2次…). */
const INSTALMENTS_COUNTED = /^[^，。；\d]{0,6}?(?:拨付|兑现|兑付|发放|支付|下达|到位|给予|补助|补贴|奖励)/;

/** 建行石嘴山分行每张承担, 参与商户承担, 宁夏银联每张承担: a bank, the card network or the merchants bearing a share of a scheme's cost. */
const PER_VOUCHER = '(?:每张|每笔|每单|每份)';
const THIRD_PARTY_BEARS = `(?:银行|分行|支行|银联|商户|商家|门店|平台方?)${PER_VOUCHER}?(?:承担|出资|让利)`;
/** 市商务局每张承担: a government body's share of each voucher, straight before the sum. */
const GOVERNMENT_SHARE = new RegExp(`(?:局|财政|政府)${PER_VOUCHER}承担$`);
/** …承担, straight before the sum. */
const THIRD_PARTY_SHARE = new RegExp(`${THIRD_PARTY_BEARS}$`);
/** 参与商户每张承担10元，共: the same party's share, then its total. */
const THIRD_PARTY_SHARE_CLAUSE = new RegExp(`${THIRD_PARTY_BEARS}[\\d.]+[万亿]?元[，,]\\s*共$`);
/** 每人限领取, 单日限各领取、使用, 用户需支付: how many a user may take, and what a user pays, straight before the figure. */
const USER_TERMS = /(?:每人|每户|单日|每日|每天|每个品类)(?:每天|每日)?限(?:各)?(?:领取|领|购买|购|使用|用|申请)(?:、(?:领取|购买|使用))*$|(?:用户|消费者|市民|群众)(?:需|须)?(?:支付|付)$/;

/** 一、科教惠民工程（项目6个，其中…: a numbered item's short heading, then a bracket opened on a note of what it holds. */
const ITEM_HEADING_NOTE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])\s*[^，。；（()）\d]{2,20}[（(][^（()）]*$/;
/** 300万~1000万元：, 超10亿元：: a band of money labelling a line of a schedule (captured), before the sum it is paid. */
export const BAND_LABEL = new RegExp(String.raw`^\s*((?:超过?|高于|低于)?(?:${MONEY_BAND}|[\d.]+[万亿]?元?)(?:以上|以下)?)[：:]\s*$`);
/** 主要领导牵头, 其他领导进行对口联系, 名县领导包抓: officials, then the charge they take. */
const OFFICIALS_IN_CHARGE = /^[^，。；\d]{0,6}?(?:领导|负责同志|县级干部|干部)[^，。；\d]{0,6}?(?:牵头|对口联系|联系|挂帅|包抓|包保|包联)/;
/** 在去年GDP预计完成4285亿元的基础上: an estimate of the past year's figure, the base a goal after it builds on. */
const ESTIMATE_AS_BASE = /在(?:去年|上年|(?:19|20)\d{2}年)[^，。；]{0,20}?预计[^，。；]{0,24}?的基础上/g;
/** 预计惠及, 预计可带动: a forecast of whom or what a measure reaches, not of the measure. */
const FORECAST_OF_REACH = /^预计(?:可|将|能)?(?:惠及|受益|带动|覆盖|服务)/;

/**
 * Whether the figure ending at `end` stands before a forecast in a later clause of its sentence and is
 * set as a goal (力争, 目标, a bound: 左右, 以上) or as a subsidy's standard rate.
 */
function goalBeforeForecast(sentence: string, end: number): boolean {
  const forecast = sentence.search(FORECAST);
  if (forecast < end || !/[，,；;]/.test(sentence.slice(end, forecast))) return false;
  // (按照牛80元/头…的补贴标准，全年预计发放…: the rates are set, whatever the total is expected to be)
  // (本次活动计划投放104.6万张消费券，预计拉动消费5亿元左右: what is planned is set, whatever it is expected to bring)
  return /力争|确保|争取|目标|计划(?=投放|发放|实施|建设|完成|开工|新建|安排|推出|举办|改造|新增)/.test(sentence.slice(0, end)) || /^[^，,；;]{0,2}(?:左右|以上)/.test(sentence.slice(end)) || /(?:补贴|补助|奖励|奖补)标准/.test(sentence.slice(0, forecast))
    // (对首次认定高企给予20万元、再次认定10万元的奖励，…有望拿到最高60万元: payments given, whatever a firm may hope to get in all)
    || /(?:给予|予以)[^，,；;]*$/.test(sentence.slice(0, end))
    // (…加快完成310栋黑木耳大棚建设任务，确保5月初全部完成挂袋，…预计实现产值4512万元: works to press on with are set, whatever they are
    // expected to yield)
    || /(?:加快|全面|按期|按时)(?:完成|推进|建设)[^，,；;]*$/.test(sentence.slice(0, end))
    // (…时每购进一头奶牛补贴800元，…，预计年内将新增奶牛3200头: a sum paid straight after what pays it, whatever is expected of the whole)
    // (not 在上级补助1000元的基础上: the base another's payment sets)
    || (/(?:补贴|补助|奖励|奖补|资助)(?:资金)?(?:最高|不超过)?$/.test(sentence.slice(0, end).replace(/[\d.]+\s*[万亿]?元$/, '')) && !/^的?基础上/.test(sentence.slice(end)))
    // 完成120个供电线路改造项目，…预计惠及电力用户…: who the works will reach is expected, the works are set
    || FORECAST_OF_REACH.test(sentence.slice(forecast))
    // (从今年起，每年将再增加2000万元财政专项投入（其中整合专项资金1000万元），…，预计今年年底…将达到50个: what the figure's own clause
    // says will be done is set, whatever is expected after it)
    || /将(?!近)/.test(sentence.slice(Math.max(...[...'，,；;'].map((mark) => sentence.lastIndexOf(mark, end - 1))) + 1, end))
    // (高标准农田建成后，亩均粮食产能将达到800公斤，其中，…预计亩均提高100公斤: what will be reached, a part of it expected)
    || (/将(?:达到|超过|突破|提高到|提升到)[^，,；;]{0,4}$/.test(sentence.slice(0, end).replace(/[\d.]+\s*[\u4e00-\u9fa5%]{0,4}$/, '')) && /^[，,]\s*其中/.test(sentence.slice(end).replace(/^[^，,；;]{0,6}(?=[，,])/, '')));
}

/** 计划改造城镇老旧小区130个…，预计投入资金71109万元: what a plan's works are expected to cost is the plan's own spending, no one's forecast. */
const PLANNED_SPENDING = /计划(?:实施|建设|改造|完成|开工|新建|新增|安排)[^。；]*预计(?:总)?(?:投入|投资)(?:资金|额)?(?:约|达|为)?$/;

/** 评定“进步县”, 评选出示范企业, 评定“进步县”10个、“十强县”: who a rating names, counted right after (a list of them goes on with 、). */
const RATED_IN_NOTICE = /^\s*(?:评定|评选出?|评出|认定|命名)(?:了)?(?:[^，。；\d、]{1,16}\d+[个家名所]、)*[^，。；\d、]{1,16}$/;
/** 部门联合发布了, 个单位共同印发: bodies, counted, that issue a text together. */
const ISSUING_BODIES_AFTER = /^(?:省级|市级|区级|县级)?(?:部门|单位|厅局|委办局)(?:联合|共同)(?:发布|印发|出台|制定|发文)/;
/** …企业的设备软件投资予以补贴: what is paid for a counted receiver, to the end of its clause. */
const RECEIVERS_PAID_AFTER = /^[^，。；]{0,40}?(?:予以|给予)[^，。；]{0,8}?(?:补贴|补助|奖励|奖补|资助)(?:[，。；]|$)/;
/** 产业为引领, 企业为骨干: a class of things, then the part it plays in a whole (引领, 骨干, 支撑, 先导). */
const TIER_OF_A_SYSTEM = /^[^，。；、\d]{0,8}?为(?:引领|骨干|支撑|主体|先导|龙头|核心|基础|支柱)/;

/** 设定了地区生产总值…增长百分之五左右的目标，同时: a clause that has set goals, the sentence going on. */
const GOALS_SET_BEFORE = /(?:设定|提出|确定|明确|制定)(?:了)?[^。；]{0,80}目标[，,；;]\s*(?:同时|并|此外|另外)?[^，,；;。]*$/;

/** Whether the figure at `start` follows 预计 in a sentence that has just set goals (…的目标，同时商品进出口总值预计增长3%): one of them. */
function forecastAfterGoals(sentence: string, start: number): boolean {
  const forecast = sentence.slice(0, start).search(FORECAST);
  return forecast > 0 && GOALS_SET_BEFORE.test(sentence.slice(0, forecast));
}

/**
 * Whether the figure at `start` is one of the goals a horizon opens (到2025年，草原综合植被盖度预计达到38%；森林覆盖率…提高到19.3%),
 * in a part of the sentence that expects nothing: 预计 marks only its own goal.
 */
function forecastInOtherGoal(sentence: string, start: number): boolean {
  if (!/^(?:到|至)(?:19|20)\d{2}年/.test(sentence)) return false;
  const from = Math.max(sentence.lastIndexOf('；', start), sentence.lastIndexOf(';', start)) + 1;
  const to = sentence.slice(start).search(/[；;]/);
  return !FORECAST.test(sentence.slice(from, to < 0 ? undefined : start + to));
}

/** 控制在, 确保, 不超过: the words of a clause that binds its own figure, whatever was forecast before it. */
const BOUND_IN_CLAUSE = /控制在|确保|力争|不超过|不低于|不高于|保持在|稳定在/;

/** 预计新增就业1.4万人，城镇登记失业率控制在3.7%以内: whether the figure at `start` is bound in a clause of its own after the forecast. */
/**
 * 2025年，包河区预计经济总量跨上2000亿台阶，…，包河区的经济社会发展蓝图还在持续更新：…新建改建公园游园5个: a list a colon opens after the
 * forecast, no forecast of its own, sets out goals.
 */
function listAfterForecast(sentence: string, start: number): boolean {
  const colon = Math.max(sentence.lastIndexOf('：', start), sentence.lastIndexOf(':', start));
  return colon > 0 && FORECAST.test(sentence.slice(0, colon)) && !FORECAST.test(sentence.slice(colon, start));
}

function goalAfterForecast(sentence: string, start: number): boolean {
  const from = Math.max(sentence.lastIndexOf('，', start), sentence.lastIndexOf(',', start), sentence.lastIndexOf('；', start)) + 1;
  if (from > 0 && FORECAST.test(sentence.slice(0, from)) && !FORECAST.test(sentence.slice(from, start)) && BOUND_IN_CLAUSE.test(sentence.slice(from, start))) return true;
  // (全县预计新认定家庭农场200家以上，力争新增省级示范家庭农场25家以上，市级示范家庭农场40家以上: or one of the goals listed on, without a
  // verb of their own, after a clause bound after the forecast)
  const bound = BOUND_CLAUSE_AFTER.exec(sentence.slice(0, from));
  return bound !== null && FORECAST.test(sentence.slice(0, bound.index)) && !FORECAST.test(sentence.slice(bound.index, start)) && LISTED_GOAL_CLAUSE.test(sentence.slice(from, start));
}

/** ，力争新增…25家以上，市级…40家以上，: a clause after a comma that opens on a binding word, and the few clauses listed on after it. */
const BOUND_CLAUSE_AFTER = /[，,；;]\s*(?:力争|确保|争取)[^，,；;。]*[，,](?:[^，,；;。]{2,30}[，,]){0,4}$/;
/** 市级示范家庭农场: a list's next goal, the things alone, no verb of its own before its figure. */
const LISTED_GOAL_CLAUSE = /^\s*[\u4e00-\u9fa5“”]{2,16}$/;

/** ，到2015年将突破: a clause opening on a later horizon, up to the figure. */
const HORIZON_CLAUSE_OPENING = /[，,；;]\s*(?:力争|争取)?(?:到|至)(?:19|20)\d{2}年(?:底|末)?[^，。；;]*$/;

/** 今年工业增加值预计将达到2364亿元，到2015年将突破5000亿元: whether the figure at `start` is a goal for a horizon a clause after the forecast opens on. */
function horizonAfterForecast(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const cue = before.search(FORECAST);
  return cue >= 0 && HORIZON_CLAUSE_OPENING.test(before.slice(cue));
}

/**
 * Whether every forecast of the sentence comes in a provision after the figure's (…每年统筹安排3亿元省级资金专项支持低空经济发展；…；
 * 预计到2026年年底，…报备空域…): items of a list run together by ；, a later item's 预计 marks only its own.
 */
function forecastInLaterProvision(sentence: string, end: number): boolean {
  const cue = sentence.slice(end).search(FORECAST);
  if (cue < 0 || FORECAST.test(sentence.slice(0, end))) return false;
  return /[；;]/.test(sentence.slice(end, end + cue));
}

/** Whether a count is followed by a colon and a list of places it counts (泸州市龙马潭区、宜宾市翠屏区、成都市双流区). */
function placesListed(after: string): boolean {
  // (县域经济发展强县11个，其中城市主城区4个：…: a total whose first part lists its places)
  const part = /^[，,]\s*其中[^，。；：:\d]{0,12}\d+个(?=[：:])/.exec(after);
  const m = /^[^，。；\d]{0,2}[：:]([^；;。：:]{4,200})/.exec(part ? after.slice(part[0].length) : after);
  if (!m) return false;
  const items = m[1].split('、').map((item) => item.trim());
  return items.length >= 2 && items.filter((item) => /^[\u4e00-\u9fa5]{1,12}[县区市旗]$/.test(item)).length >= items.length * 0.8;
}

/** 分别为柳州市2家、桂林市1家: counts spread over the places they fall to. */
const SPREAD_OVER_PLACES = /分别(?:为|是|有)?[\u4e00-\u9fa5]{2,8}?(?:市|县|区|州|盟|旗)\d+(?:家|个|项|所|名|人)[、，,][\u4e00-\u9fa5]{2,8}?(?:市|县|区|州|盟|旗)\d+(?:家|个|项|所|名|人)/;

/** 年计划完成, 全年计划增长: a clause opening on the year's plan, the figure it sets after it. */
const YEAR_PLAN_STATED = /^[\s—–-]*(?:全?年|年度)计划(?:完成|实现|增长|达到)?[^，。；\d]{0,20}$/;
/** 目标增速, 预期目标, 增速目标分别为…: words naming the figures after them as goals, not as goals done (完成目标的52%). */
const GOAL_NAMED_BEFORE = /^(?![^，。；]*(?:完成|实现|达成|超过|低于|高于))[^，。；]*(?:目标(?:增速|增长)|预期目标|增速目标|增长目标)(?:分别)?(?:为|是)?[^，。；]*$/;
/** 按8000元/亩…给予补助, 按每亩300元给予补贴: a rate per unit a payment is made at. */
const RATE_TERM = /按照?(?:最高)?(?:不超过|不高于)?[^，。；]{0,8}?[\d.]+\s*[万亿]?元\s*\/\s*[\u4e00-\u9fa5]{1,3}[^，。；]{0,20}?(?:给予|予以)[^，。；]{0,10}?(?:补助|补贴|奖励|奖补|扶持)|按照?每[\u4e00-\u9fa5]{1,3}[\d.]+\s*[万亿]?元[^，。；]{0,20}?(?:给予|予以)[^，。；]{0,10}?(?:补助|补贴|奖励|奖补|扶持)/;
/** 一等补贴, 二等奖, 鼓励等次补贴: a grade of award, straight before how many are given. */
const AWARD_GRADE = /(?:[一二三四五特]等|等次|等级)(?:奖|补贴|奖励|补助|资助)?\s*$/;
/** ，补贴5万元, ，各奖励3万元: the payment to each of a grade, right after its count. */
const GRADE_PAID_AFTER = /^[^，。；\d]{0,2}[，,、]\s*(?:各|每个|每家|每名)?(?:补贴|奖励|补助|资助|奖金)[\d.]+万?元/;
/** 已申报的, 已建成的, 已向社会资本推出的 (and the counts listed after it, 、90个专项债项目、): things already done, straight before the figure. */
const EXISTING_COUNTED = /已(?:向[^，。；的\d]{1,8})?(?:申报|建成|获批|签约|认定|落地|推出)的(?:[\d.]+[个家项所条座][\u4e00-\u9fa5]{1,12}、)*$/;
/** 占总数的, 占总项目数的, 占该区今年确定重点项目的近: a share of the whole of a list of projects. */
const SHARE_OF_LIST = /占(?:总数|总项目数|项目总数|[^，。；\d]{0,12}?项目(?:总数|数)?)的(?:近|约|超过?)?(?:[\d.]+%[和、及与])*$/;
/** Where the clause holding a figure starts (after the last ，；。：). */
export const clauseStart = (sentence: string, quantity: Quantity): number => Math.max(...['，', '；', '。', '：'].map((mark) => sentence.lastIndexOf(mark, quantity.start - 1))) + 1;

/** 级产业集群, 级服务业企业, 产业集群攻坚战 (after 千亿): a scale class of generic things, nothing after it counting them. */
const UNNAMED_SCALE_CLASS = /^级?(?:的)?(?:重大)?(?:产业集群|产业园区|园区|集群|企业|服务业企业|工业企业|龙头企业|骨干企业|领军企业|链主企业|企业集团|项目|产业项目|重大产业项目|产业)(?=[，。；、,;]|$|攻坚|蓄势|接二连三)(?![\u4e00-\u9fa5]{0,3}?(?:规模|营收|产值|营业收入|[\d一二两三四五六七八九十]+(?:个|家|条)))/;
/** 装备制造、新材料两大产业, 汽车和电子产业: industries a sentence names, listed or counted. */
const INDUSTRIES_NAMED_BEFORE = /[、和][^，。；、\d]{1,12}?(?:产业|行业|领域)|[两二三四五六七八九十\d]大(?:主导)?产业/;
/** 培育临港物流园形成, 推动南湖园区发展成为: a thing named, then the verb by which it becomes a class. */
const SUBJECT_BECOMING = /(?:培育|打造|推动|支持|引导|促进|助力)[^，。；\d]{2,}?(?:形成|成为|建成|发展)$/;
/** 加快形成, 着力打造, 培育壮大, 构建起, 实现: the verb straight before such a class, nothing named between. */
const SCALE_CLASS_VERB = /(?:打造|形成|培育|壮大|构建起?|建成|发展|实现|迈向|跻身)$/;

export function classify({ sentence, quantity, clause, isPolicy, inStatusBlock, reported, workReport = false, afterPayment = false }: ClassifyInput): Verdict {
  if (!isPolicy) return { kind: null, reason: 'report, not a policy document' };
  // (一、2023年计划执行情况 / ——年计划完成地区生产总值617亿元以上，1—9月完成…: the year's plan, stated before how far it has come)
  // (二季度社会消费品零售总额目标增速8.2%, …增速目标分别为15%、13%: a goal the words before the figure name as one, in a part
  // telling how the work stands, is still a goal)
  const stated = inStatusBlock ? sentence.slice(clauseStart(sentence, quantity), quantity.start) : '';
  if (inStatusBlock && !YEAR_PLAN_STATED.test(stated) && !GOAL_NAMED_BEFORE.test(stated)) return { kind: null, reason: 'describes the present state' };
  // (增速为年度目标（23%）的两倍多, 增长34.2%，高于28%的年度目标: the year's target a report measures what it reached against)
  if (yearTargetNamed(sentence, quantity)) return { kind: 'target' };
  // 完成投资2513万元，占年度投资目标的16.22%: how far the year's works have come, and the share of its goal that is
  if (sentence.includes('占') && (/占(?:年度|全年|年)[^，。；\d]{0,8}?(?:目标|计划|任务)(?:的)?\s*$/.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start))
    || /^[^。；，]{0,4}[，,]\s*占(?:年度|全年|年)[^，。；\d]{0,8}?(?:目标|计划|任务)(?:的)?\s*[\d.]+%/.test(sentence.slice(quantity.end, quantity.end + 30)))) return { kind: null, reason: "progress against the year's goal" };
  // (一是实施了…的奖励扶持政策：…按最高不超过8000元/亩分三年…给予补助: the rate a policy pays is its term, however the news tells
  // of the policy being carried out, unless its own clause says it was paid)
  if (reported && !(CURRENCIES.has(quantity.base) && RATE_TERM.test(clause) && !/了|已/.test(clause))) return { kind: null, reason: 'statistic' };
  // (主营业务收入5000万元以上，每增长1个百分点，奖励5万元: the size above which each step of growth is paid)
  if (CURRENCIES.has(quantity.base) && STEPS_PAID_ABOVE.test(sentence.slice(quantity.end, quantity.end + 16))) return { kind: null, reason: 'threshold' };
  // (按其1000万元（含）以内价值的15%加上超出1000万元价值部分的10%给予奖补: the sums that bound the parts a rate is paid on)
  if (CURRENCIES.has(quantity.base) && (RATE_BAND_UP_TO.test(sentence.slice(quantity.end, quantity.end + 12)) || (/(?:超出|超过)$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && RATE_BAND_ABOVE.test(sentence.slice(quantity.end, quantity.end + 12))))) return { kind: null, reason: 'bounds a part a rate is paid on' };
  // (分别给予5000平方米以下（不含）和5000平方米以上每年3万元、5万元…支持: the sizes that sort receivers into the tiers paid)
  // (按活动规模1万人以上、5000人以上和1000人以上，分别按不超过50万元、30万元和10万元额度采购: or listed before the sums 分别 spreads over them)
  if (BANDS_SPREAD_PAID_AFTER.test(sentence.slice(quantity.end, quantity.end + 80))) return { kind: null, reason: 'sorts receivers into the tiers paid' };
  if (!CURRENCIES.has(quantity.base) && (SIZE_BANDS_PAID_AFTER.test(sentence.slice(quantity.end)) || (SIZE_BAND_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && OWN_SIZE_BAND_PAID.test(sentence.slice(quantity.end))))) return { kind: null, reason: 'sorts receivers into the tiers paid' };
  // (新改建城市道路5条。思考：会是哪里的5条呢？: a question about a figure commits to nothing; not a figure whose clause the
  // question only follows, 新增公共停车泊位2000个，能否缓解停车难？)
  if (ASKED.test(sentence) && !/[，,；;]/.test(sentence.slice(quantity.end))) return { kind: null, reason: 'a question' };
  // (列入今年…“百日攻坚”的150个项目中，已有56个项目完成全部手续办理: the things progress is counted among are no goal)
  if (quantity.base === 'count' && POOL_OF_PROGRESS.test(sentence.slice(quantity.end, quantity.end + 16))) return { kind: null, reason: 'the pool progress is counted in' };
  // (从…四大领域23个产业中筛选…的产业支撑项目1074个: the things a choice is made from, counted, are no goal)
  if (quantity.base === 'count' && POOL_CHOSEN_FROM.test(sentence.slice(quantity.end, quantity.end + 12)) && /从[^，。；]*$/.test(sentence.slice(0, quantity.start))) return { kind: null, reason: 'the pool a choice is made from' };
  // (2024年上海市为民办实事项目今天发布，共安排十方面、34项。与2023年相比，项目总数增加2项，其中新增17项: the list counted in all, by
  // its parts, or against last year's)
  // (发布36条“强信心拼经济”全力实现开门红实施意见: a policy's articles, counted under the name they go by)
  if ((quantity.unit === '条' || quantity.unit === '项') && ARTICLES_NAMED_AFTER.test(sentence.slice(quantity.end))) return { kind: null, reason: 'counts the text itself' };
  // (本次奖励的省级以上高新区共21家: those a round of payments already reaches, counted)
  if (quantity.base === 'count' && ROUND_PAID_TO.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'statistic' };
  // (按照…营业收入总量将7个县区、市属开发区划分为2个组别: the places a text sorts into groups, counted, are no goal)
  if (quantity.base === 'count' && /将$/.test(sentence.slice(Math.max(0, quantity.start - 1), quantity.start)) && SORTED_INTO_GROUPS.test(sentence.slice(quantity.end))) return { kind: null, reason: 'counts the text itself' };
  // (根据企业在近期市委组织的8场系列工业企业座谈会和调研中提出的…: meetings already held, counted, are an event the text recalls)
  if ((quantity.unit === '场' || quantity.unit === '次') && MEETINGS_HELD_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && /^[^，。；\d]{0,10}?(?:会|活动)/.test(sentence.slice(quantity.end))) return { kind: null, reason: 'meetings held' };
  if ((quantity.unit === '项' || quantity.unit === '件') && /实事|项目总数/.test(sentence) && WORKS_LIST_COUNTED.test(sentence.slice(0, quantity.start))) return { kind: null, reason: 'counts the text itself' };
  // (其中包括：新增10个老年人助餐点、…、新建镇村公交候车亭100座等31项子内容: the items of a list, each with its own figure, counted)
  if ((quantity.unit === '项' || quantity.unit === '件') && sentence[quantity.start - 1] === '等' && LIST_ITEMS_AFTER.test(sentence.slice(quantity.end)) && FIGURED_ITEMS.test(sentence.slice(0, quantity.start).split(/[：:；]/).pop()!)) return { kind: null, reason: 'counts the text itself' };
  // (2024这十件事，与每一位台州人息息相关: the list the text itself is, pointed at by 这)
  if (quantity.base === 'count' && /(?:这|这些|上述|以上)$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && WORKS_POINTED_AT.test(sentence.slice(quantity.end))) return { kind: null, reason: 'counts the text itself' };
  // (…等8个领域76条政策: the fields a text's measures fall in, counted before the measures themselves)
  if (quantity.base === 'count' && FIELDS_OF_MEASURES_AFTER.test(sentence.slice(quantity.end))) return { kind: null, reason: 'counts the text itself' };
  // (• 0 条评论, 12 人点赞: the counters under a page's text)
  // (今日有 499人获取查询结果: a site's tally of its visitors)
  if (PAGE_COUNTER.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) || /^\s*(?:条评论|人点赞|次转发|人收藏|人获取|人查看|人浏览)/.test(sentence.slice(quantity.end - 1))
    // (发布时间: 2025-06-01 | 15 次浏览 | 分享到; 2017-04-23 3750次: a page's date, then its views)
    || (quantity.unit === '次' && (/^\s*(?:浏览|阅读|点击|访问)(?:\s*[|｜]|\s*$)/.test(sentence.slice(quantity.end)) || /^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$/.test(sentence.slice(0, quantity.start))))
    // (0条 [查看全部] 相关评论: the count of a page's comments, above them)
    || (quantity.unit === '条' && /^\s*[[【(（]?查看全部[\]】)）]?\s*(?:相关|网友)?评论/.test(sentence.slice(quantity.end)))) return { kind: null, reason: "a page's counter" };
  // (>政府公报>2016年政府公报>2016年06期>: the issue of a gazette by its year and number)
  if (quantity.unit === '期' && /(?:19|20)\d{2}年第?$/.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start))) return { kind: null, reason: 'an issue of a periodical' };
  // 君乐宝、三元、双鸽3个…: a name in a list of names that a numeral and a unit happen to spell
  if (quantity.chinese && quantity.end - quantity.start <= 2 && sentence[quantity.start - 1] === '、' && /^[、和及与]/.test(sentence.slice(quantity.end))) return { kind: null, reason: 'a name in a list' };
  // 新招引705亿元以上项目: a sum no class of projects is drawn at, after winning them, is their total, not the size that sorts them
  if (quantity.base === 'CNY' && WINS_PROJECTS.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start)) && /^(?:及)?以上(?:的)?(?:重大|重点|产业|工业|招商|优质)?项目(?![\d一二三四五六七八九十两])/.test(sentence.slice(quantity.end)) && !isRoundClass(quantity.value)) return { kind: 'target' };
  // (购买70米消防登高台车并投入使用, 购置10吨燃气锅炉: the size of a machine bought names which it is, no goal of its own)
  if (quantity.base !== 'count' && quantity.base !== 'CNY' && BOUGHT_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start)) && MACHINE_AFTER.test(sentence.slice(quantity.end, quantity.end + 10))) return { kind: null, reason: 'the size of a machine bought' };
  // (淘汰840台10吨以下燃散煤锅炉: the bound on the size of things counted right before it says which, no goal of its own)
  if (quantity.base !== 'count' && /\d[个台座家辆艘套处]$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && /^(?:及)?(?:以下|以上)(?:的)?[\u4e00-\u9fa5]{2}/.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the size class of the things counted before it' };
  // 培育形成旅游总收入千亿元地级市3个、百亿元县市区30个: the size that sorts the places counted after it
  if (quantity.base === 'CNY' && SIZE_BEFORE_COUNT.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the size class of the things counted after it' };
  // (将获得33个稀土项目近10亿元的稀土转型升级资金支持: the projects money goes to, counted right before its sum, are its scope)
  if (quantity.base === 'count' && PROJECTS_FUNDED_AFTER.test(sentence.slice(quantity.end, quantity.end + 40))) return { kind: null, reason: 'the scope of a measure' };
  // (1000个摊位以上的大型展览, 100张床位以上的养老机构: places or seats a thing has, its size class, before what is counted or grown)
  if (quantity.base === 'count' && SEATS_CLASS_AFTER.test(sentence.slice(quantity.end, quantity.end + 24))) return { kind: null, reason: 'the size class of the things counted after it' };
  // 扎实开展13条重点产业链提升三年行动, 融入全市13条重点产业链, 由市级副职领导担任13条产业链“链长”: the chains a place has
  // designated, which its measures work on, are no count to reach (培育20条左右优势产业链 is)
  // (打造4条综合产值超五百亿元、6条超千亿元重点产业链: nor is the next item of a list of chains formed)
  if (quantity.unit === '条' && DESIGNATED_CHAINS.test(sentence.slice(quantity.end)) && !CHAINS_FORMED.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start))
    && !CHAINS_FORMED_LISTED.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'the chains a place has designated' };
  // (持续壮大3个支柱产业, 壮大7个先进制造业集群28个重点产业链, 优化提升12个省级主导产业: the industries, clusters or chains a place
  // has designated, which its measures strengthen or focus on, are no count to reach; not 壮大20个营业收入超百亿元的…集群, a size)
  if (quantity.base === 'count' && (quantity.unit === '个' || quantity.unit === '大') && DESIGNATED_INDUSTRIES.test(sentence.slice(quantity.end, quantity.end + 14))
    && (INDUSTRIES_WORKED_ON.test(sentence.slice(clauseStart(sentence, quantity), quantity.start)) || INDUSTRIES_WORKED_ON_LISTED.test(sentence.slice(clauseStart(sentence, quantity), quantity.start)))) return { kind: null, reason: 'the industries a place has designated' };
  // (对新建标准化茶园面积连片在100亩以上，…，县奖补1250元: the standard a provision's payment is made on)
  if (standardOfPayment(sentence, quantity, clause)) return { kind: null, reason: 'eligibility threshold' };
  // (按照不超过设备、软件实际投资(税后超100万元)的10%给予补助: the size a basis must pass, in a bracket on it, before the rate paid on it)
  if (BRACKET_SIZE_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 10), quantity.start)) && BRACKET_CLOSES_ON_BASIS.test(sentence.slice(quantity.end, quantity.end + 8))) return { kind: null, reason: 'eligibility threshold' };
  // (建设儿童友好9类试点单元50个: the kinds the things counted after it fall into, not a count to reach)
  if (quantity.unit === '类' && /^[^，。；、\d]{1,12}?\d+(?:\.\d+)?(?:个|家|处|所|项|座|条|间)/.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the kinds of the things counted' };
  // (市级和14个区分别建立托育服务综合指导中心: the places that each set something up, counted, are who acts, not a count to reach)
  if (quantity.base === 'count' && PLACES_EACH_ACTING.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the places that act' };
  // (安排县级6个招商团专项工作经费各5万元: the receivers a sum paid to each is counted over, not a count to reach)
  if (quantity.base === 'count' && PAID_TO_EACH_AFTER.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the receivers paid' };
  // (新增若干个规模超千亿级、百亿级优势产业: scales of things whose number the text leaves open, no amount to reach)
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && /若干(?:个|家|条)?[^，。；\d]{0,8}$/.test(sentence.slice(clauseStart(sentence, quantity), quantity.start).split('、')[0])) return { kind: null, reason: 'the size class of things not counted' };
  // 积极谋划一批100亿元、50亿元重大项目: sums sorting the projects a goal is about, none counted
  // (引进一批50亿至100亿元级重特大新兴产业项目: a class of scale, the kind of projects between it and 项目)
  if (quantity.base === 'CNY' && (SIZED_PROJECTS.test(sentence.slice(quantity.end)) || (sentence[quantity.end - 1] === '级' && /^[\u4e00-\u9fa5]{0,8}?项目(?![\d一二三四五六七八九十两])/.test(sentence.slice(quantity.end)))) && !SPENT_OR_PAID_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start))
    && !GIVES.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'the size class of the projects a goal is about' };
  // (甘肃省政府办公厅印发《2022年度县域经济发展评价情况的通报》，…，评定“进步县”10个、“十强县”10个: those a notice of results names,
  // counted, are what it reports)
  if (quantity.base === 'count' && sentence.includes('通报》') && RATED_IN_NOTICE.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'those a notice of results names' };
  // (市生态环境局、市发展和改革委员会等24个部门联合发布了《…》: the bodies that issue a text, counted, are who speaks, no count to reach)
  if (quantity.base === 'count' && ISSUING_BODIES_AFTER.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the bodies that issue a text' };
  // (省财政安排资金2055万元对25家…企业的设备软件投资予以补贴: the receivers a payment is made to, counted, are no count to reach)
  if (quantity.base === 'count' && /对$/.test(sentence.slice(Math.max(0, quantity.start - 1), quantity.start)) && RECEIVERS_PAID_AFTER.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the receivers a payment is made to' };
  // (形成千亿级产业为引领、百亿级产业为骨干、新兴产业为先导的现代化制造业体系: the scale classes a system's tiers are drawn from, its
  // shape, not a size to reach)
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && TIER_OF_A_SYSTEM.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the scale class of a tier of a system' };
  const whole = sentenceVerdict(sentence, workReport);
  // 地区生产总值增5%左右，力争达到190亿元；…，预计完成45.0亿元: the goals a sentence sets before its forecast stand
  // (…分别给予300万元、500万元的项目落户奖，相关企业的认定条件和发放额度为：: amounts stated before the conditions are named are paid)
  const paidBeforeConditions = whole?.reason === 'eligibility threshold' && GIVES.test(sentence.slice(0, quantity.start)) && !ELIGIBILITY.test(sentence.slice(0, quantity.end));
  // (每个申报主体限额30万元，带动脱贫户不少于5户: the sum each applicant is limited to, before what it must bring about, is no condition)
  const capPerApplicant = whole?.reason === 'condition an applicant must meet' && quantity.base === 'CNY' && CAP_PER_APPLICANT.test(sentence.slice(0, quantity.start));
  if (whole && !(whole.reason === 'forecast' && (goalBeforeForecast(sentence, quantity.end) || PLANNED_SPENDING.test(sentence.slice(0, quantity.start)) || forecastInOtherGoal(sentence, quantity.start) || goalAfterForecast(sentence, quantity.start) || forecastAfterGoals(sentence, quantity.start) || forecastInLaterProvision(sentence, quantity.end) || horizonAfterForecast(sentence, quantity.start) || listAfterForecast(sentence, quantity.start))) && !paidBeforeConditions && !capPerApplicant) return { kind: null, reason: whole.reason };
  const before = sentence.slice(0, quantity.start);
  const after = sentence.slice(quantity.end);
  // (…；2000人次至2999人次，奖励6元每人次；3000人: a figure alone after a mark, where a page's text breaks off, says nothing of what it is)
  if (/^\s*$/.test(after) && /[；，,;]\s*$/.test(before)) return { kind: null, reason: 'a figure the text breaks off after' };
  // 该项目由…投资建设，总投资约10亿元; …储能电池项目，…，项目总投资24亿元: the size of one project the text describes, not a
  // sum to spend (推进50个重点项目建设，总投资约250亿元 and 实施…项目，总投资… planned are)
  if (quantity.base === 'CNY' && ONE_PROJECT_SIZE.test(before.slice(-8)) && describesOneProject(before, clause)) return { kind: null, reason: 'the size of a project described' };
  // (…，30家企业超2亿元，7家企业超5亿元: the size firms just counted pass, the class the count is of)
  if (quantity.base === 'CNY' && FIRMS_COUNTED_PASSING.test(before.slice(-24))) return { kind: null, reason: 'the size of the firms counted' };
  // (这是…投资规模最大的产业类项目，…，投产后每年可新增产值约150亿元，拉动下游投资500亿元以上; 这些项目建成后将为全区…注入2000亿元:
  // what projects are expected to bring once built, after the words that say so, is no goal)
  if (sentence.includes('后') && PROJECT_EFFECT.test(before) && !GOAL_WORDS_AFTER_EFFECT.test(before.slice(before.search(PROJECT_EFFECT)))) return { kind: null, reason: 'what projects are expected to bring' };
  // (该项目占地160亩: the land of the one project a text describes)
  if (/^(?:亩|m2|km2)$/.test(quantity.base) && /(?:该|此|这个|本)项目(?:总)?占地(?:面积)?(?:约|为|达)?\s*$/.test(before)) return { kind: null, reason: 'the size of a project described' };
  if (BASELINE_BEFORE.test(before) && BASELINE_AFTER.test(after)) return { kind: null, reason: 'baseline of a target' };
  // (较2011年实际完成的1782个增长18%以上, 比上年的480万吨增长4%: the level a growth is reckoned from, named as last year's)
  if (/^[^，。；\d]{0,3}(?:增长|提高|增加|下降|减少|降低)/.test(after) && COMPARED_LEVEL_BEFORE.test(before.slice(-16))) return { kind: null, reason: 'baseline of a target' };
  // (按照税收增长10%-15%(含)、15%-20%(含)、20%以上三个档次，再分别给予…: the bands a run of payments is tiered by, no amount paid)
  if (TIER_BAND_BEFORE.test(before) && TIER_BAND_AFTER.test(after)) return { kind: null, reason: 'a band payments are tiered by' };
  // (…的，除了泉州市级10万元奖励，南安市还将对每个村再追加奖励10万元: a payment another level gives, which this one is paid
  // besides, is that level's)
  // (在省级财政按…给予每亩最高补助200元的基础上，市级财政每亩补助200元: or the one it is paid on top of)
  if (CURRENCIES.has(quantity.base) && ((PAID_BESIDES.test(before) && BESIDES_PAYMENT.test(after)) || (PAID_BENEATH.test(before) && BENEATH_BASE.test(after)))) return { kind: null, reason: "another level's payment" };
  // (…毕业生赵某…，凭借相关政策，他每月可申领1000元生活补贴; 今年他还…买了房子，并领到政府的购房补贴5万元: what one person a report
  // follows draws under a policy is their case, not the policy's terms)
  if (PERSON_DRAWS.test(before)) return { kind: null, reason: "one person's case" };
  // (补贴前30名：一等补贴1个，补贴5万元；二等补贴3个，各补贴3万元: how many of each grade are paid, which the payments after them
  // settle, is no count to reach)
  if (quantity.base === 'count' && AWARD_GRADE.test(before) && GRADE_PAID_AFTER.test(after)) return { kind: null, reason: 'how many of a grade are paid' };
  // (要加强已申报的35个国债项目、90个专项债项目…对接力度, 对已建成的12个园区: things already done, counted as what a measure works
  // on; a list of counts shares the words before its first)
  if (before.includes('已') && EXISTING_COUNTED.test(before)) return { kind: null, reason: 'counts what is already done' };
  // (单笔消费满200元可抵扣50元, 满300元立减100元: the spending a voucher needs is a threshold, what it takes off money given; not
  // the coupons a pack is made up of, 内含4张满100元减25元券, whose total is the sum)
  if (CURRENCIES.has(quantity.base) && !COUPONS_IN_PACK.test(sentence)) {
    // (有50元减12元消费券: the spending written straight before what comes off, 满 left out; 满100元 where the page breaks off)
    if ((/满$/.test(before) && (VOUCHER_OFF.test(after) || !after.trim())) || /^减[\d.]+元/.test(after)) return { kind: null, reason: 'eligibility threshold' };
    if (VOUCHER_OFF_BEFORE.test(before)) return { kind: 'incentive' };
  }
  // (建行石嘴山分行每张承担5元，共9500元, 参与商户承担9.9万元: what a bank or the merchants bear of a voucher scheme is no
  // government's money; 每人限领取2张, 用户需支付9.9元购买: nor are the terms its users take it on)
  // (the patterns end where the figure starts: the words just before it are all they read)
  const lastWords = before.slice(-32);
  if (THIRD_PARTY_SHARE.test(lastWords) || (/^\s*共$/.test(before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1)) && THIRD_PARTY_SHARE_CLAUSE.test(lastWords))) return { kind: null, reason: "a third party's share" };
  if (USER_TERMS.test(lastWords)) return { kind: null, reason: "the terms a voucher's users take it on" };
  // (石嘴山市商务局每张承担10元: the share a government body bears of each voucher is money it gives)
  if (CURRENCIES.has(quantity.base) && GOVERNMENT_SHARE.test(lastWords)) return { kind: 'incentive' };
  // (300万~1000万元：5万元（基础补贴）, 超10亿元：200万元: a schedule's band labelling a line, the payment after its colon)
  if (CURRENCIES.has(quantity.base) && /^\s*(?:超过?|高于|低于)?$/.test(before.slice(clauseStart(sentence, quantity))) && /^\s*(?:以上|以下)?[：:]\s*[\d.]+[万亿]?元/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (…的1.5倍计算 / 1000万~3000万元：10万元: the sum a schedule's band labels is what the band is paid)
  if (quantity.base === 'CNY' && BAND_LABEL.test(lastClause(before))) return { kind: 'incentive' };
  // (我市还从328个重大重点项目中筛选出105个…: the pool a selection is made from, its size told before)
  if (quantity.base === 'count' && /从$/.test(before) && /^[^，。；\d]{0,16}?中(?:筛选|遴选|选出|挑选|精选)/.test(after)) return { kind: null, reason: 'the pool a selection is made from' };
  // (餐饮类推出5种券面, 发放…等4种品类消费券: the kinds of voucher a scheme offers, no figure to reach)
  if (quantity.unit === '种' && /^[^，。；\d]{0,4}(?:券面|面额|品类|类别)/.test(after)) return { kind: null, reason: 'the kinds a scheme offers' };
  // 补贴款分两次各50%拨付, 奖励资金分三年按40%、30%、30%兑现: the shares money already granted is paid out in
  if (quantity.base === 'percent' && INSTALMENTS.test(clause)) return { kind: null, reason: 'an instalment of a payment' };
  // (1000元/亩。分2次补助到位, 分三批拨付: how many parts a payment is made in, no figure to reach)
  if (/^[次期批]$/.test(quantity.unit) && before.endsWith('分') && INSTALMENTS_COUNTED.test(after)) return { kind: null, reason: 'an instalment of a payment' };
  // 立足千亿GDP起点, 站在…突破2000亿元的新起点上: the level a place starts from
  if (STARTING_LEVEL_AFTER.test(after) && STARTING_LEVEL_BEFORE.test(before)) return { kind: null, reason: 'baseline of a target' };
  // (新签约亿元以上项目48个、全市第1; 一般公共预算收入8.1亿元，全市第1: a figure ranked among a province's or a city's places is
  // one reached, not one aimed at)
  if (RANKED_RESULT.test(after) && !AHEAD.test(clause)) return { kind: null, reason: 'a result ranked' };
  // (兰考位于我省东北部、西距开封45公里: how far a place lies from another, no length to build)
  // (not 实现距离城区30公里范围内…全覆盖: the radius a service is to reach)
  if ((quantity.base === 'km' || quantity.unit === '千米') && /(?:距|距离|相距|离)[\u4e00-\u9fa5]{1,8}(?:约|仅|只有)?$/.test(before) && !/^\s*(?:范围|以内|之内|内)/.test(after)) return { kind: null, reason: 'a distance between places' };
  // 执行每日20时至次日8时0.3元/千瓦时的低谷电价: a price charged, which is no support given (0.2元/千瓦时的补贴 is)
  // (土地出让起始价确定为36万元/亩左右: or the price land is offered at, named before it)
  if (quantity.base === 'CNY' && (PRICE_CHARGED.test(after) || LAND_PRICE_BEFORE.test(before.slice(-16)))) return { kind: null, reason: 'a price charged' };
  // (一是一次性组织400人以上当日同次…停靠的旅游专列，且住宿1晚以上…的，按完成时间顺序…给予10万元奖励: a floor in a long
  // condition its 的 closes, then the payment it earns)
  // (组织省外游客达到3000人次以上，按照100元/人予以奖励: or a floor, then straight after it the rate or sum it earns)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && (CONDITION_THEN_PAYMENT.test(after) || FLOOR_THEN_PAID.test(after) || FLOOR_THEN_RAISED.test(after))) return { kind: null, reason: 'eligibility threshold' };
  // (每实现出口100万美元奖励2万元, 每投资1000万元奖励10万元: the step a payment is made per, straight before the payment and its sum)
  if (STEP_PAID_AFTER.test(after) && STEP_BEFORE.test(before.slice(-12))) return { kind: null, reason: 'eligibility threshold' };
  // (对从事肉羊养殖的规模养殖户，羊存栏200只，圈舍面积达到240平方米，一次性扶持奖励7万元；羊存栏201至500只，…奖励10万元: what the
  // receiver a sentence opens on must hold, before the payment its provision then makes)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && RECEIVER_OPENED.test(sentence.slice(0, clauseStart(sentence, quantity))) && HOLDING_THEN_PAID.test(after) && !AHEAD.test(clause)) return { kind: null, reason: 'eligibility threshold' };
  // (…的加氢站(日加氢能力500公斤及以上),对参与…,以加氢站为运营主体进行补助: or in brackets after them, in a sentence that pays)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && /^(?:及)?(?:以上|以下)[）)]/.test(after) && /[（(][^（()）]{0,12}$/.test(before) && GIVES.test(sentence)) return { kind: null, reason: 'eligibility threshold' };
  // (日加氢能力500公斤及以上加氢站给予建设补贴: the size of the things paid for, named right after its floor)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && SIZE_OF_WHAT_IS_PAID.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (若被列入…或上年度营业收入不低于8000万元且最近三年年均增长率不低于10%，可给予三年期租金补助: a figure of the condition 若 opens, then what it earns)
  // (the payment after, anchored at the figure, is asked first: the condition before is looked for across the whole sentence)
  if (CONDITION_CLOSES_ON_PAYMENT.test(after) && IF_CONDITION.test(before)) return { kind: null, reason: 'eligibility threshold' };
  // 对制造业企业上年主营业务收入首次突破50亿元、30亿元…的，: a clause opening on whom a provision is for and closing on its 的 is a
  // condition, whatever follows it (a page cut short before the payment)
  // (对上年度研发费用超过80万元的稀土企业, 对…超过80万元的稀 cut short: or on whom it is for, the line ending there)
  const forWhom = sentence.slice(clauseStart(sentence, quantity), quantity.start);
  if (/^\s*对(?!标)[^，。；：]*$/.test(forWhom) && (/^[^，。；：]*?的(?:[^，。；：的\d]{0,4}?(?:企业|项目|单位|机构))?(?:[，,]|$)/.test(after) || (/^[^，。；：]*?的[\u4e00-\u9fa5]{0,12}$/.test(after) && !GIVES.test(forWhom)))) return { kind: null, reason: 'eligibility threshold' };
  // (1.对工业企业技术改造项目投资500万元至5000万元之间，按照…给予补助: the band of a size that says whom a provision is for)
  if (quantity.valueMax !== null && /对(?!标)[^，。；：]*$/.test(forWhom) && /^之间(?!的?(?:奖励|补助|补贴|资助|支持|扶持))/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // the words of the number's own clause before it
  const clauseBefore = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
  // (规划城区人口超过50万的县城按照中等城市打造: a size that sorts the places a measure is for is no goal)
  if (/(?:超过|高于|低于|不足|达到)$/.test(clauseBefore) && /^(?:以上|以下)?的(?:县城|县|城市|乡镇|镇|村|行政村|社区|街道)(?:按照?|要|将|应|均|[，,]|$)/.test(after)) return { kind: null, reason: 'a size that sorts places' };
  // (我市共安排市重大重点项目328个，较去年增加170个: the change on last year of the figure just before restates that figure)
  // (今年该市安排8697万元支持新农村建设，比上年预算增加3684万元，增长73.5%: or a sum set aside in the clause before, for something, and
  // the growth the change comes to)
  // (the clause before, read only where the figure's own clause is a change or a growth: most are neither)
  const clauseEarlier = (): string => before.slice(0, before.length - clauseBefore.length).replace(/[，,]\s*$/, '');
  if (quantity.base !== 'percent' && CHANGE_ON_LAST_YEAR.test(clauseBefore) && sameUnitEnds(clauseEarlier(), quantity)) return { kind: null, reason: "a figure's change on last year" };
  if (quantity.base === 'percent' && /^\s*增长$/.test(clauseBefore) && CHANGE_ON_LAST_YEAR_DONE.test(lastClause(clauseEarlier()))) return { kind: null, reason: "a figure's change on last year" };
  // (给予以下奖励：2000-4000人，按照每人70元奖励；4000人以上-5000人，…: a band of a tier, opening its clause, then the rate it earns;
  // 总量达到500(含)人——1000人，按每人60元奖励: what the band measures may lead it)
  // (the rate after, anchored at the figure, is asked first: most figures have none)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && TIER_THEN_RATE.test(after) && TIER_BAND_OPENING.test(clauseBefore.replace(/^.*[：:]/, '').trim())) return { kind: null, reason: 'eligibility threshold' };
  // 当该季度执飞航班量少于13班次，延至下一季度结算: the condition a procedure turns on (not 当地, the place)
  if (WHEN_CONDITION.test(clauseBefore)) return { kind: null, reason: 'the condition a procedure turns on' };
  // (且当企业年度销售的机器人少于500台（含500台）时，每个企业最高补助不超过300万元: the size a payment's tier is for)
  // (the clause after the figure is cut only where the figure's clause says 时 at all: most do not)
  const clauseAfter = clause.includes('时') ? /^[^，。；]*/.exec(after)?.[0] ?? '' : '';
  if (clauseAfter.endsWith('时') && TIER_WHEN.test(clauseAfter) && GIVES.test(after.slice(clauseAfter.length, clauseAfter.length + 30))) return { kind: null, reason: 'eligibility threshold' };
  // 每新增1个市级以上农业龙头企业, 每招录1名博士研究生, 每家企业可申报1个: the one thing a rate is paid on or an entrant may claim
  // (not 每个街道有1处综合养老服务设施, 每个村建1个特色产业: what each place is to have)
  // (每年吸引1万名大学生: ten thousand a year is a goal, not one)
  if (quantity.base === 'count' && quantity.value === 1 && quantity.valueMax === null && /(?:每[\u4e00-\u9fa5]{0,4}(?<![有建])|可申报|限报|限申报)\s*$/.test(before) && !/[十百千万亿]/.test(sentence.slice(quantity.start, quantity.end))) return { kind: null, reason: 'the unit a rate is paid on' };
  // 森林覆盖率由1956年的23%提高到2020年的70.01%, 增至2024年的5950万人次: the figure of a year named, reported
  // (not 他们确定的主要指标：地区生产总值由2008年的128亿元增加到2011年的365亿元: the figure of a year a list of goals sets)
  if (YEAR_OF_FIGURE.test(before) && !AHEAD.test(clause) && !/(?:指标|目标)(?:是|为)?[:：]/.test(before)) return { kind: null, reason: YEAR_FIGURE_REASON };
  // 增长12%以上（调增2个百分点）, 比目标任务增加7个: how far a target was revised, not a target
  if (REVISION.test(before.slice(-12))) return { kind: null, reason: 'the size of a revision' };
  // 会议主要任务8项：审议…: the items of a meeting's agenda are no goal
  if (/(?:会议|大会)(?:的)?(?:主要)?(?:任务|议程|议题)(?:有|共有|共)?$/.test(before.slice(-10))) return { kind: null, reason: "counts a meeting's agenda" };
  // 审议省政府关于三十个重点县…履行节能减排目标承诺情况的报告: a figure inside the name of a report or a notice names it
  if (/关于[^，。；：《》]{0,40}$/.test(before) && /^[^，。；：《》]{0,40}的(?:报告|通知|议案|请示)/.test(after)) return { kind: null, reason: 'part of a document named' };
  // 扎实推进新一轮千亿斤粮食产能提升行动, 落实国家新一轮千亿斤粮食产能提升要求: the figure in the name of a round of a campaign
  if (/新一轮$/.test(before) && /^[^，。；、\d]{0,12}?(?:行动|工程|计划|要求|任务|部署)/.test(after)) return { kind: null, reason: 'names a campaign' };
  // 落实自治区关于打造千亿元茶产业的决策部署: a superior's decision the text carries out is no figure of its own
  if (/(?:落实|贯彻|按照)[^，。；]{0,10}关于[^，。；]*$/.test(before) && /^[^，。；]{0,24}的(?:决策部署|部署|要求|精神|指示)/.test(after)) return { kind: null, reason: "a superior's decision carried out" };
  // 高新技术企业数量增加一倍，达到2000家; 营业收入翻一番，达到1600亿元 (规模翻番、达到2万亿元左右): a multiple the level after it states is one goal, kept as that level
  // (…力争再翻一番，到2025年达到10000亿元; 实现总经营规模3000亿元，比“十三五”末翻一番: with the level's year between, or the level first)
  if ((quantity.unit === '倍' || quantity.unit === '番') && (MULTIPLE_THEN_LEVEL.test(after) || LEVEL_THEN_MULTIPLE.test(before))) return { kind: null, reason: 'a multiple the level after it states' };
  // (总投资35亿元的80项城建重点工程: works priced in the text are no part of it; 220个4/5G基站 counts stations)
  // (新建4座220千伏、12座110千伏变电站: stations counted by their voltage class)
  // (确保完成50万贫困人口脱贫任务: tens of thousands counted in digits are people or things, never a text's own parts;
  // 百万头肉牛工程 in words names a works)
  // (至少布局一所三级医院, 2个4A级景区: a grade after the count is the kind of thing counted; 签约项目15个120亿元: what they are worth is no part)
  // (年产值超10亿元特色米粉生产企业10家以上、年产值超30亿元特色米粉(含配套…: a size worded as the size of the things the item before
  // counts sorts things too, its count cut off or not)
  const sizeWords = quantity.base === 'CNY' ? SIZE_OF_NEXT_ITEM.exec(before) : null;
  if (sizeWords && new RegExp(`${sizeWords[1]}${sizeWords[2]}[\\d.]+[万亿]?元[^，。；、\\d]{2,16}?[\\d一二三四五六七八九十]+(?:家|个|户)`).test(before.slice(0, sizeWords.index))) return { kind: null, reason: 'eligibility threshold' };
  // (规格20米×9米×2.6米以上: the dimensions a thing paid for must have)
  if (/^\s*[×xX＊*]\s*[\d.]/.test(after) || /[\d.][\u4e00-\u9fa5a-zA-Z]{0,3}\s*[×xX＊*]\s*$/.test(before)) return { kind: null, reason: 'a dimension' };
  // (万亿级产业，即年产值超过1万亿元大关的产业或产业集群，是…: a term and what it means, defined, set as no goal)
  const defined = sentence.includes('即') ? DEFINITION.exec(sentence) : null;
  if (defined && quantity.start < defined[0].length) return { kind: null, reason: 'a definition' };
  // (文旅体通用消费券，有4种：满200元减50元…: the kinds a list after the colon sets out)
  if (quantity.base === 'count' && /^[种类]$/.test(quantity.unit) && /^\s*[：:]/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (2024年在全市实施“19+6”共25项民生工程: the works of the list the text is, counted in all)
  if ((quantity.unit === '项' || quantity.unit === '件') && /(?:共|总计|合计|共计)$/.test(before) && /^(?:重点)?(?:民生|惠民|为民|民心)(?:工程|实事|项目)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (一、“优化教育资源布局”类，共1项: the items a heading of the list's kinds counts)
  if ((quantity.unit === '项' || quantity.unit === '件' || quantity.unit === '个') && /(?:类|方面|领域|板块)[，,]\s*(?:共|总计|合计|共计)$/.test(before) && /^\s*[。；）)]?\s*$/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (惠企40条补贴!, 助企纾困20条新政: the articles a package of measures is counted in, named by what they give)
  if (quantity.unit === '条' && ARTICLES_OF_SUPPORT_AFTER.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (这些政策措施中，涵盖建厂补贴…等13大项共33个优惠奖补项目: the items a policy's measures are said to cover are its own parts)
  if (quantity.base === 'count' && POLICY_COVERS.test(before) && /^\s*[^，。；\d]{0,8}(?:项目|事项|条款|内容)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (一、继续执行政策清单（共126项）: a list's items counted in brackets after its heading, nothing else said of them)
  if (quantity.base === 'count' && /[项条款]$/.test(quantity.unit) && /[（(]\s*共$/.test(before.slice(-3)) && /^\s*[)）]/.test(after)) return { kind: null, reason: 'counts the text itself' };
  if (quantity.base === 'count' && !PRICED_BEFORE.test(before) && ((OWN_PARTS.test(after) && !/[家户人名次处]$/.test(quantity.unit) && (quantity.factor < 1e4 || quantity.chinese) && !MANY_WORKS.test(sentence.slice(quantity.start, quantity.end + 12)) && !WORKS_AFTER_EXAMPLES.test(sentence.slice(Math.max(0, quantity.start - 12), quantity.end + 12))) || (/^\s*[\d一二三四五六七八九十]/.test(after) && !SCALE_CLASS_AFTER.test(after) && !(COUNT_THEN_WORTH.test(after) && !/[项条款]$/.test(quantity.unit)) && !AGE_AFTER.test(after) && !SIZE_OF_COUNTED_AFTER.test(after) && !/^\s*\d(?:\/\d)*G/.test(after) && !RATED_CLASS_AFTER.test(after) && !GRADE_AFTER.test(after) && !BOUNDED_CLASS_AFTER.test(after) && !NUMERAL_WORD_AFTER.test(after)))) return { kind: null, reason: 'counts the text itself' };
  // 《规划纲要》提出…5个类别共22项汕头市“十四五”经济社会发展主要指标: the indicators a plan sets, counted, however long their name
  // (设置了入林地接奖、…、明星导游奖，共7个奖项; 包括…六个方面、21项工作: the parts the text itself lists, counted)
  // (the words before are asked by their last characters: a pattern anchored at the end is tried at every character)
  if (quantity.base === 'count' && ((before.endsWith('共') && /(?:^|[，,])共$/.test(before.slice(-2)) && before.includes('、') && /^[^，。；\d]{0,2}(?:奖项|类别|档次|板块|类型|模块)/.test(after)) || (before.endsWith('方面、') && /(?:个|大)方面、$/.test(before.slice(-4)) && /^(?:重点|具体|主要)?(?:工作|任务|举措|措施)/.test(after))
    // (共包括为老服务、教育服务等10个方面48个项目: the items of the list, right after its parts)
    || (before.endsWith('方面') && /(?:个|大)方面$/.test(before.slice(-3)) && /^(?:重点|具体|民生)?(?:项目|工作|任务|举措|措施|实事)/.test(after)))) return { kind: null, reason: 'counts the text itself' };
  // (提出“农文旅商融合、村企合作联营”等7种村庄连片发展模式: the models or paths a text sets out, counted)
  if (quantity.base === 'count' && /^[种个条]$/.test(quantity.unit) && /(?:提出|总结|归纳|梳理)(?:了|出)?[^，。；\d]{0,40}$/.test(before) && /^[^，。；\d]{0,12}?(?:模式|路径|做法|经验)(?![^，。；]{0,2}(?:试点|示范|基地))/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (在13项政府民生实事候选项目中选出了10件…: the candidates a list was chosen from, counted)
  if (quantity.base === 'count' && /^[^，。；\d]{0,10}?候选/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (…且达到以下标准的，给予相应补助：批发、零售、餐饮企业经营面积分别达到3000、2000、500平方米以上: the standards a payment is made on)
  if (!CURRENCIES.has(quantity.base) && STANDARDS_LISTED.test(before)) return { kind: null, reason: 'condition of a reward' };
  // (申请…贡献奖应具备的条件为，…；当年实现投资5000万元以上: what an applicant must have done, sums or not, unless the clause pays)
  if (sentence.includes('条件') && CONDITIONS_STATED.test(before) && !GIVES.test(sentence.slice(clauseStart(sentence, quantity), quantity.end))) return { kind: null, reason: 'condition of a reward' };
  // (公开征集意见1016条, 收集…提出的意见建议110条: the opinions gathered for a text, how it was made)
  if (quantity.base === 'count' && /^[条件份]$/.test(quantity.unit) && (OPINIONS_GATHERED.test(before) || (/(?:征集|收集|收到|征求|梳理|汇总)[^，。；\d]{0,20}$/.test(before) && /^[^，。；\d]{0,4}(?:意见|建议)/.test(sentence.slice(quantity.end))))) return { kind: null, reason: 'counts the text itself' };
  // (从13个候选项目中票决出最终10项: the works a vote chose, counted as the text lists them)
  if ((quantity.unit === '项' || quantity.unit === '件') && /(?:票决|投票|选出|遴选出)(?:出|产生)?了?(?:最终)?$/.test(before)) return { kind: null, reason: 'counts the text itself' };
  // (…厅向21个市(州)人民政府和省级相关部门印发方案: the bodies a text is sent to)
  if (quantity.base === 'count' && /向$/.test(before) && SENT_TO.test(sentence.slice(quantity.end))) return { kind: null, reason: 'counts the text itself' };
  // (确定并公布…2024年政府民生实事项目40项: the works of the year counted after their name, as before it)
  if ((quantity.unit === '项' || quantity.unit === '件') && /(?:民生|惠民|为民)实事(?:项目)?(?:共|总计|合计|共计)?(?:有|计|为)?$/.test(before)) return { kind: null, reason: 'counts the text itself' };
  // (本次若干政策中13条内容主要包括…: the items a document is made of, counted within it)
  // (该《办法》共认定11类科技创新奖励: the kinds of award a text sets up are its parts too)
  if ((/^[条项]$/.test(quantity.unit) && (TEXT_HOLDS_BEFORE.test(before) || TEXT_ITEMS_AFTER.test(after))) || (quantity.unit === '类' && TEXT_HOLDS_BEFORE.test(before))) return { kind: null, reason: 'counts the text itself' };
  if ((quantity.unit === '项' || quantity.unit === '个') && /(?:提出|设置|设定|明确|确定|包括|包含|涵盖)[^，。；]*$/.test(clauseBefore) && /^[^，。；\d]{0,24}?指标(?:体系)?\s*(?:[，。；]|$)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 全市有耕地1700多万亩, 茶叶产量3000余吨: a figure rounded off with 多 or 余, in a sentence that sets no goal and builds nothing,
  // is what stands, reported
  if (quantity.more && /\d(?:多|余)/.test(sentence.slice(quantity.start, quantity.end)) && !AHEAD.test(sentence) && !BUILDS.test(clause) && !GIVES.test(clause)) return { kind: null, reason: 'an approximate figure reported' };
  // 项目涉及5个乡镇14个村: the places a project reaches, its scope, not a goal
  // (…共安排重点建设项目181个…。181个项目中有重大基础设施类61个: a whole said again, opening a sentence, as what its parts are then
  // counted out of)
  if (quantity.base === 'count' && /^\s*$/.test(before) && /^[^，。；\d]{0,8}中(?:有|包括|包含|[，,])/.test(after)) return { kind: null, reason: 'the whole of the parts after it' };
  // (总人口67000余人，约占安宁全市人口数的14.3%: the rough share of a whole a place or group is, in a sentence that looks to nothing ahead)
  if (quantity.base === 'percent' && /约占[^，。；\d]{1,16}?$/.test(before) && !AHEAD.test(sentence)) return { kind: null, reason: 'a share reported' };
  // (事关全省176家开发区, 关乎…: what a plan concerns)
  if (quantity.base === 'count' && /(?:涉及|事关|关乎|关系到)(?:全[省市区县国])?(?:[\d一二三四五六七八九十]+[^，。；\d]{1,4})?$/.test(before)) return { kind: null, reason: 'the scope of a project' };
  // (明确了…我省176家各类开发区的总体布局和发展策略: the things a plan lays out, counted; 按照6条主水系、7条支水系格局: the layout works follow)
  if (quantity.base === 'count' && (LAID_OUT_AFTER.test(after) || (/(?:按照|依照|依托|沿着)[^，。；]{0,30}$/.test(before) && LAYOUT_CLOSES.test(after)))) return { kind: null, reason: 'the layout a plan sets out' };
  // 纳家户村9队、10队: a village's production team by its number
  if (quantity.unit === '队' && /(?:村|组|[、，])$/.test(before)) return { kind: null, reason: 'a name' };
  // 家庭年可支配收入10-50万元群体比例达到81%以上: an income band that defines a group of people measured
  if (quantity.valueMax !== null && /^[^，。；\d]{0,2}(?:群体|人群|家庭|收入群体)/.test(after)) return { kind: null, reason: 'qualifies a counted thing' };
  // 福州6个市、区入选全省100个…乡镇, 公布全省300个…示范村名单: the places a list selected, announced, and the list they entered
  // (湖南87家企业上榜专精特新“小巨人”: or the firms a list ranks)
  if (quantity.base === 'count' && (/^[^，。；\d]{0,8}?(?:入选|上榜)(?!率)/.test(after) || /入选(?:全[省市国区])?$/.test(before) || (/公布(?:了)?(?:全[省市国区])?$/.test(before) && /^[^，。；\d]{0,16}名单/.test(after))) && !AHEAD.test(before)) return { kind: null, reason: 'a selection announced' };
  // 完成晋城市金万盛精密铸业有限公司（1万吨/年铸件）…等5家企业的搬迁: a firm's size in brackets after its name describes it
  if (/(?:公司|厂|集团)[（(]$/.test(before) && /^[^（()）]{0,12}[)）]/.test(after)) return { kind: null, reason: 'describes a firm named' };
  // 福清市(20个) over the names of the list, 第一部分 通州区政府主责任务(312项): how many names or tasks a heading counts
  // (二、提升环境品质方面(3项): a numbered heading's count of its items too)
  if (quantity.base === 'count' && (/^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])?\s*[\u4e00-\u9fa5]{2,16}[（(]$/.test(before) || /^[^，。；\d]{0,24}(?:任务|事项|清单|名单)[（(]$/.test(before)) && /^[)）]\s*$/.test(after)) return { kind: null, reason: 'counts the text itself' };
  if (CONTINUED.test(before)) return { kind: null, reason: 'items already supported' };
  // 每个澳门高校每年可推荐项目不超过10个: how many an applicant may put forward, a rule of the procedure
  if (quantity.base === 'count' && APPLICATIONS_CAPPED.test(clauseBefore)) return { kind: null, reason: 'a limit on applications' };
  // 这100个重点项目中，交通项目14个: things counted before, pointed back to
  if (quantity.base === 'count' && /(?:^|[，,；;。\s])(?:这|上述|前述)$/.test(before) && /^[^，。；\d]{1,12}?中/.test(after)) return { kind: null, reason: 'things counted before' };
  // 总规划面积440万平方米，将…引进…: the area of a place, its clause's subject with no verb, is what the place is
  if (/^(?:km2|m2|亩)$/.test(quantity.base) && PLACE_AREA.test(before)) return { kind: null, reason: 'the size of a place' };
  // (江北一体发展区：包括…松北镇和松浦镇…的部分区域，面积为398平方公里: the area of the places a part of a plan takes in)
  if (/^(?:km2|m2|亩)$/.test(quantity.base) && /[，,]\s*面积(?:约|为|共|近|是)?\s*$/.test(before) && /(?:包括|包含|涵盖|为)[^。；]{0,80}?(?:全域|区域|范围|镇|乡|街道|片区)[^。；，]{0,6}[，,]\s*面积(?:约|为|共|近|是)?\s*$/.test(before)) return { kind: null, reason: 'the size of a place' };
  if (quantity.base === 'km' && PLACE_RADIUS.test(before)) return { kind: null, reason: 'the size of a place' };
  // 中广核200MW/400MWh储能, 配套建设200MW/400MWh储能: the power and energy a storage plant is rated at name the plant
  // (中广核200兆瓦/400兆瓦时储能: in words too)
  if ((quantity.base === 'kW' && /^\s*\/\s*[\d.]+\s*(?:[MGk]Wh|兆瓦时|吉瓦时|千瓦时)/i.test(after)) || (quantity.base === 'kWh' && /[\d.]+\s*(?:[MGk]W|兆瓦|吉瓦|千瓦)\s*\/\s*$/i.test(before))) return { kind: null, reason: 'a rating in a plant\'s name' };
  // 规划范围包括…，面积5.05万平方公里，人口1365万: a place's area and people side by side, with no verb, describe it
  if (PLACE_PROFILE.test(before) && PROFILE_PAIR.test(sentence)) return { kind: null, reason: 'the size of a place' };
  if (quantity.base === 'km' && DISTANCE_FROM.test(before)) return { kind: null, reason: 'where a place lies' };
  // 地区生产总值达到0亿元, 已输入0个字: a page that lost its figures, or a counter, sets no level of nothing
  if (quantity.value === 0 && quantity.valueMax === null && quantity.base !== 'percent') return { kind: null, reason: 'a level of nothing' };
  // 每5双运动鞋中就有1双“晋江造”: a share told as one in so many, a fact about the whole
  if ((/每$/.test(before) && /^[\u4e00-\u9fa5]{1,10}?中?就有/.test(after)) || /每[\d一二三四五六七八九十]+[\u4e00-\u9fa5]{1,10}?中?就有$/.test(before)) return { kind: null, reason: 'a share told as one in so many' };
  // 在现有6277亩起步区基础上: where a plan starts from
  if (/在(?:现有|目前|原有)$/.test(before) && /^[^，。；]{0,12}基础上/.test(after)) return { kind: null, reason: 'baseline of a target' };
  // 提质壮大现有8个万亿级支柱产业集群, 引导现有200亿元…基金: what exists now, which the goal works on, is no goal
  if (/(?<!在)(?:现有|原有)$/.test(before)) return { kind: null, reason: 'what exists now' };
  // 在荆州、黄冈两市社零额过千亿元基础上，新增…: the figure a goal builds on, already reached
  // (在151家机器人企业的基础上再新增100家: with what it counts between)
  // (在省里按每吨给予80元补贴的基础上: money another body gives is still given)
  // (在完成年度50万亩高标准农田建设任务基础上，再争取30万亩: not a task of the year the goal is to complete, then go beyond)
  if (/在[^，。；在]{0,30}$/.test(before) && !/在完成(?:年度|全年|今年|省定|市定|上级下达的?)?$/.test(before.slice(before.lastIndexOf('在'))) && /^(?:(?!给予|补贴|补助|奖励|资助)[^，。；\d]){0,10}?的?基础上/.test(after) && !/给予|补贴|补助|奖励|资助/.test(before.slice(before.lastIndexOf('在')))) return { kind: null, reason: 'baseline of a target' };
  // 按照一个主导产业、1座专业园区、2到3家链主企业的思路: the pattern a plan follows, not numbers to reach
  if (quantity.base === 'count' && /按照[^，。；]*$/.test(before) && /^[^，。；]*的(?:思路|模式|原则|路径|方式|标准)/.test(after)) return { kind: null, reason: 'the pattern a plan follows' };
  // 县域经济发展强县11个，其中城市主城区4个：泸州市龙马潭区、宜宾市翠屏区…: a count of the places a list names, awarded, no goal
  if (quantity.base === 'count' && placesListed(after)) return { kind: null, reason: 'counts the places it names' };
  // 奖励项目共44家，其中国家级…3家，分别为柳州市2家、桂林市1家，每家奖励100万元: a sentence spreading its counts over the places
  // they fall to tells who was chosen, not a goal
  if (quantity.base === 'count' && sentence.includes('分别') && SPREAD_OVER_PLACES.test(sentence)) return { kind: null, reason: 'counts spread over places' };
  // 新签约5亿元（3000万美元）以上项目, 最高可获500万元（人民币，下同，约新台币2201万元）: a sum restated in brackets, in another currency
  if (quantity.base !== 'count' && SUM_THEN_BRACKET.test(before) && /^[^（）()]{0,4}[)）]/.test(after)
    && RESTATEMENT.test(before.slice(Math.max(before.lastIndexOf('（'), before.lastIndexOf('('))) + quantity.unit)) return { kind: null, reason: 'the sum before it, restated' };
  // 年产优质葡萄酒24万吨（3亿瓶）以上: the figure before it, restated whole in brackets in another measure
  if (/\d[\d.]*\s*[万亿千百]?[^\d\s（()）、，。；]{1,4}\s*[（(]$/.test(before.slice(-16)) && /^\s*[)）]/.test(after)) return { kind: null, reason: 'the figure before it, restated' };
  // 一次性奖励120万元（含市20万元）, 600万元（含省、市奖励资金200万元）: the part of a sum one body pays, inside it, no payment of its own
  if (quantity.base === 'CNY' && /[（(]\s*含[^（）()，。；\d]{0,12}$/.test(before) && /[\d.]+[万亿]?元\s*[（(][^（）()]*$/.test(before)) return { kind: null, reason: 'part of the sum before it' };
  // (采暖补贴将由7个旗县区民政局于1月31日前发放: the bodies that carry a measure out, counted, are no goal)
  if (quantity.base === 'count' && before.endsWith('由') && /^[\u4e00-\u9fa5]{0,8}?(?:局|部门|单位|委员会|管委会|政府)(?:于|负责|在|按|分别|统一|具体)/.test(after)) return { kind: null, reason: 'the bodies that carry it out' };
  // (企业退休职工，约31万人，每人200元: receivers, how many they are, then what each is paid: the count is of whom it pays)
  if (quantity.base === 'count' && PAID_EACH_AFTER.test(after) && /(?:^|[，,])\s*(?:约|共|合计|总计)?\s*$/.test(before)) return { kind: null, reason: 'the receivers a payment counts' };
  if (quantity.base === 'CNY' && /每(?:户|人|名)\s*$/.test(before.slice(-4)) && RECEIVERS_COUNTED_BEFORE.test(before.slice(-40))) return { kind: 'incentive' };
  // (每亩只补助500元，其中200元要用于肥料: the part of a payment just made that is to go to one use, no payment of its own)
  if (quantity.base === 'CNY' && /^\s*(?:要|须|需|应|必须)?(?:专门|专项)?用于/.test(after) && /(?:^|[，,])\s*其中\s*$/.test(before) && /\d[\d.]*\s*[万亿]?元/.test(before)) return { kind: null, reason: 'part of the sum before it' };
  // 主营业务收入达到1000万元以上（含，下同），2000万元以下（不含，下同）: the bounds of who qualifies
  // (累计实现新增就业35万人以上（含城镇新增就业25万人）: not a goal whose bracket holds a part of it)
  if (/^\s*(?:及)?(?:以上|以下)\s*[（(]\s*不?含\s*(?:[)），,、\d]|本数)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (淘汰日产30公斤以下低产奶牛, 关停10万千瓦以下煤电机组: the size that marks out the things a measure removes, no goal of its own)
  if (!CURRENCIES.has(quantity.base) && REMOVED_BEFORE.test(before.slice(-10)) && SIZE_CLASS_REMOVED.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 3000人以下300人以上的国际性会议: both ends of a band that says which events or firms qualify
  if (quantity.base !== 'CNY' && (/^(?:以上|以下)[\d.]+[^，。；\d]{0,2}(?:以上|以下)的/.test(after) || (/[\d.]+[^，。；\d]{0,2}(?:以上|以下)$/.test(before) && /^(?:以上|以下)的/.test(after)))) return { kind: null, reason: 'eligibility threshold' };
  // 已升规企业若主营业务收入达5000万元（含）以上，…可获最高30万元奖励: a sum a condition sets, its end marked as in, is who qualifies
  if (quantity.base === 'CNY' && /^\s*[（(]\s*不?含\s*[)）]\s*(?:及)?以上/.test(after) && /(?:若|如果?|凡|对于?)[^，。；]{0,30}$/.test(before)) return { kind: null, reason: 'eligibility threshold' };
  // 投资额在1亿元人民币(含1亿元)以上的项目, 超过500万元(含)的智能化改造项目, 在100万元(含100万元)以上至300万元的: a sum whose
  // band's end a bracket settles, then whom it qualifies
  // (给予累计最高5000万元(含)的落地补助: not the cap of the money given, which the bracket says is reached)
  // (营业收入超过5亿元人民币（含），且年度经济贡献超过2000万元人民币（含）；或…: nor, closing its clause, a criterion a firm meets
  // among others, over 超过 or 达到)
  if (quantity.base === 'CNY' && !GIVEN_UP_TO.test(before) && (/^(?:人民币)?\s*[（(]\s*不?含[^（）()，。；]{0,10}[)）]\s*(?:(?:及)?(?:以上|以下|以内))?(?:的|[至到—–-])/.test(after)
    || (/(?:超过|达到|不低于|不少于)$/.test(before) && /^(?:人民币)?\s*[（(]\s*含\s*[)）]\s*(?:[，,；;]|$)/.test(after)))) return { kind: null, reason: 'eligibility threshold' };
  // (上年度营收低于(含)2000万元，一次性给予20万元奖励: or the bracket written before the sum, after the word of the bound)
  if (quantity.base === 'CNY' && /(?:低于|高于|超过|不超过|不低于|达到)\s*[（(]\s*不?含\s*[)）]\s*$/.test(before.slice(-12))) return { kind: null, reason: 'eligibility threshold' };
  // (营业收入（产值）增长达到20%以上或纳税总额达到500万元以上的战略性新兴产业领域“四上”企业: a rate's floor, with or without
  // another condition after it, before the firms it picks out)
  // (not 七成以上的企业实现上云, 90%以上的研发机构设立在企业: a share of all firms, the goal itself)
  if (quantity.base === 'percent' && /(?:增长|增速|增幅|占比|比重|比例)(?:达到|超过|在)?$/.test(before) && /^\s*(?:以上|及以上)(?:(?:或|且|并且|、)[^，。；]{0,30}?)?的[^，。；\d]{0,24}?(?:企业|单位|项目|机构|主体)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (缴纳主要税源是指近12个月在新区缴纳税收占比50%（含）以上: a share whose floor a bracket marks as in says who qualifies)
  if (quantity.base === 'percent' && /^\s*[（(]\s*含\s*[)）]\s*(?:及)?(?:以上|以下|以内)/.test(after) && !GIVEN_UP_TO.test(before)) return { kind: null, reason: 'eligibility threshold' };
  // (比例在3%（含）至6%、6%（含）至10%、10%及以上的: the ends of the bands of a share a schedule pays by, or a band read whole)
  if (quantity.base === 'percent' && (clause.match(/%\s*[（(]\s*含\s*[)）]\s*[至到—–~-]/g)?.length ?? 0) >= 2 && (/[至到—–~-]\s*$/.test(before) || quantity.valueMax !== null) && /^\s*[、，和]/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (机收作业量按5吨/亩进行折算: the rate one measure is converted into another by)
  if (/按$/.test(before) && /^\s*(?:进行)?折算/.test(after)) return { kind: null, reason: 'a conversion rate' };
  // 引进总投资3-5亿元、5-10亿元、10-20亿元…: a run of bands of money is a schedule's tiers, whatever each is paid
  // (按照2000万元(含)—5000万元、5000万元(含)—1亿元、1亿元及以上三个档次: each end of each band, and the open top band)
  if (quantity.base === 'CNY' && clause.includes('、') && BAND_RUN.test(clause) && inBandRun(sentence, quantity.start)) return { kind: null, reason: 'eligibility threshold' };
  // (1)1000万元-1亿元（不含）的按照5%: a band of investment a schedule's rate is paid on, and the rate it earns
  if (quantity.base === 'CNY' && quantity.valueMax !== null && BAND_THEN_RATE.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (达到1001~2000人的，1000人以上部分按20元/人奖励: the part of a count above a bound a rate is paid on)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && PART_ABOVE_FLOOR.test(after)) return { kind: null, reason: 'eligibility threshold' };
  if (quantity.base === 'percent' && RATE_OF_BAND.test(before)) return { kind: 'incentive' };
  // (第五条 企业研发人员占当年职工人数10%以上，…，按上年新增部分的3%，给予每家每年最高200万元补贴; 或上年度营业收入在1000万元以上，
  // 增长率超50%的…，给予15万元: a floor stated before any money is named, the money given after it, is who qualifies)
  // (五是每年政府投入5000万元以上，…对新推广品种给予…补贴: not a sum the government puts in itself)
  // (…给予扶持；支持氢能企业引进和购置先进设备，当年购置新设备达2000万元及以上，按…的5%给予一次性扶持: money given is looked for in
  // the figure's own provision, past the support it opens on)
  if ((quantity.base === 'percent' || quantity.base === 'CNY') && FLOOR_AFTER.test(after) && !GIVES.test(before.slice(before.lastIndexOf('；') + 1).replace(SUPPORT_OPENING, '$1')) && !AHEAD_OF_FLOOR.test(before) && !/(?:投入|安排|统筹|筹集|拿出)$/.test(before) && GIVEN_LATER.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (…；当年度工业产值首次超2亿元、3亿元、5亿元、10亿元，按…增量部分的30%予以一次性奖励: firsts crossed, the money given after them in
  // the provision, are who qualifies)
  if (quantity.base === 'CNY' && FIRST_CROSSED.test(before)) {
    const provision = before.slice(before.lastIndexOf('；') + 1);
    if (!GIVES.test(provision) && !AHEAD_OF_FLOOR.test(provision) && GIVEN_LATER.test(after)) return { kind: null, reason: 'eligibility threshold' };
  }
  // 组织游客400人（含）以上每列给予一次性奖励5万元, 100座以下每架次补贴1万元, 100至160座…每架次补贴, 航程1000公里以内(含1000公里)，每航班补助: the size of a group
  // or a plane that earns a payment is who qualifies (a sum of money so bounded may be the payment itself)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && (quantity.valueMax !== null || BOUND_WRITTEN_AFTER.test(after)) && PAYMENT_FOR_BAND.test(after.replace(BOUND_WRITTEN_AFTER, ''))) return { kind: null, reason: 'eligibility threshold' };
  // (累计500人（含）以上，停留不少于2晚3天，且…，按50元/人标准奖旅行社: a bound the conditions after it go on from)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && /^\s*[（(]\s*不?含\s*[)）]\s*(?:及)?以上/.test(after) && /^[^。；]{0,80}?(?:奖励|补贴|补助|奖)(?:旅行社|企业|单位)?/.test(after) && /招徕|组织|接待|累计/.test(before.slice(-16))) return { kind: null, reason: 'eligibility threshold' };
  // (旅行社一次性组织游客乘包机100人(含)以上；同一航班切位20人(含)—40人(不含)以内，…的，每架次包机给予2万元补贴: a count whose own end a
  // bracket settles, in conditions the sentence then pays for, is who qualifies)
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && /^\s*[（(]\s*不?含\s*[)）]/.test(after) && CONDITIONS_THEN_PAID.test(after) && !AHEAD_OF_FLOOR.test(before.slice(before.lastIndexOf('。') + 1))) return { kind: null, reason: 'eligibility threshold' };
  // 该办法分3个时间段实施: the phases a text runs in are its own parts
  if (quantity.base === 'count' && /分$/.test(before) && /^[^，。；\d]{0,2}(?:时间段|阶段|批次|步|期)(?:实施|推进|进行|开展|执行)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (实际投资额500万元以下按投资额给予5%奖励: a band of a size paid at a rate after it, an amount the receiver's figure falls under)
  if (quantity.base === 'CNY' && BAND_BOUND_THEN_PAID.test(after) && !/给予|予以|奖励|补助|补贴|资助|最高|不超过/.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'eligibility threshold' };
  // (超过500万元按超出部分的2%进行奖励: the sum above which a rate is paid, said before the rate)
  if (quantity.base === 'CNY' && BAND_OPENED_THEN_PAID.test(after) && /(?<!不)(?:超过|超出|高于|大于)$/.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))) return { kind: null, reason: 'eligibility threshold' };
  // (每位消费者每轮最多可抢1张, 同一用户仅可领取1次, 单笔支付只可核销1张: how many each may take or use is a rule of use, no goal)
  if (/^[张次份]$/.test(quantity.unit) && (/券|卡|票/.test(sentence) || /(?:领取|申领|抢领?|核销)[^，。；\d]{0,8}?$/.test(before)) && USE_LIMITED_BEFORE.test(before)) return { kind: null, reason: 'a rule of use' };
  // (每套卡包含5张卡券，包括通用券3张、餐饮券1张: the coupons a pack holds, and of each kind)
  // (not 包括护理型床位100张, beds counted by the same measure word)
  if (quantity.unit === '张' && /券/.test(sentence) && (/(?:包含|内含|包括|含)[^，。；\d]{0,4}$/.test(before) || (/券$/.test(before) && /(?:包含|内含|包括)[^。；]{0,12}$/.test(before)))) return { kind: null, reason: "a coupon's terms" };
  // 满100元减20元券, 满200减30: a coupon's terms of use, and 内含5张 what a pack of them holds, are no money given
  // (消费满200元核减50元: 核减 too)
  if (/满$/.test(before) && /^\s*(?:立|即|核)?减/.test(after)) return { kind: null, reason: "a coupon's terms" };
  // 日用品券1400张3万元(面额50元200张、面额30元400张…): the face values and counts a total of vouchers is made of, in brackets
  if (FACE_VALUES_OPEN.test(before)) return { kind: null, reason: "a coupon's terms" };
  // (包含2张满20元减5元券，2张满50元减10元券: each kind's count in the pack too, 包含 said once)
  // (not 满40减10元券's 10元, the sum the coupon takes off, which is money given as 满200元减30元券's is)
  if (((quantity.base !== 'CNY' || !/^\s*(?:消费)?券/.test(after)) && /满[\d.]+[万]?元?核?减$/.test(before)) || (/(?:内含|内有|包含)$/.test(before) && /^[^，。；\d]{0,2}满/.test(after)) || (/^[张份]$/.test(quantity.unit) && /^满[\d.]+[万]?元?减[\d.]+[万]?元?(?:消费)?券/.test(after))) return { kind: null, reason: "a coupon's terms" };
  // 每千人口拥有…, 每万人: the people a rate is counted per
  if (before.endsWith('每') && /^[十百千万]+[人户名]/.test(sentence.slice(quantity.start, quantity.end))) return { kind: null, reason: 'the unit of a rate' };
  // 将65岁以上老年人…纳入, 3岁以下婴幼儿托位: an age that marks out a group of people, not an age to reach
  if (quantity.unit === '岁' && AGE_GROUP_AFTER.test(after)) return { kind: null, reason: 'an age that marks out a group' };
  // 2×35万千瓦低热值煤电项目: the size of a project's units, a specification
  if (/\d\s*[×xX*]\s*$/.test(before)) return { kind: null, reason: "a project's specification" };
  // 聚焦10个省重大项目、22个市级重点建设工程, 围绕5大主导产业: the things a measure works on, not a number to reach
  // (围绕拆出来的7600亩“城市新空间”招大引强: land a measure works on, too)
  // (not 聚焦今年标准机架10万架、智算规模突破10万P“双十万”目标: what a measure works on is a goal it names as one)
  if ((quantity.base === 'count' || quantity.base === '亩') && SCOPE_BEFORE.test(before) && !FOCUSED_GOAL_AFTER.test(after)) return { kind: null, reason: 'the scope of a measure' };
  // (明确在全市25个省级及以上开发区范围内…: the places a measure applies in)
  if (quantity.base === 'count' && /在[^，。；\d]{0,6}$/.test(before) && /^[^，。；\d]{1,16}?范围内/.test(after)) return { kind: null, reason: 'the scope of a measure' };
  // 惠及17个乡镇, 有效改善9万人口的饮水安全: the places a measure reaches, whose lot it improves, not a number to reach
  // (惠及15890人, 惠及421户居民: how many people it serves is counted, as the keys count it)
  if (quantity.base === 'count' && ((BENEFICIARY_BEFORE.test(before) && /^[^，。；\d]{0,2}?(?:乡镇|乡|镇|村|社区|街道|县|区)/.test(after)) || (IMPROVES_BEFORE.test(before) && /^[^，。；\d]{0,8}?的/.test(after)))) return { kind: null, reason: 'whom a measure reaches' };
  // 确保61个续建项目100%复工: the projects a share is of, not a count to reach
  if (quantity.base === 'count' && /^[^，。；、\d]{0,8}项目\d+(?:\.\d+)?%/.test(after)) return { kind: null, reason: 'the scope of a measure' };
  // 在…全国229家国家级经济技术开发区综合排名中居第18位: how many a ranking ranks
  // (在全国178家国家级高新区中综合排名第17名: the field the ranking is among; 保持在全国168个重点城市“后十”之外: or out of whose last ten)
  // (在全国168个重点城市退出后20名: or the field a rank from the top or the bottom is counted in)
  if (quantity.base === 'count' && (/^[^，。；]{0,24}?(?:排名|排行|榜单|评比|评价)中/.test(after) || /^[^，。；\d]{0,16}?中[^，。；\d]{0,4}(?:排名|排行|位列|位居|排第|居第)/.test(after) || (/^[^，。；\d]{1,12}?中?(?:退出|进入|跻身|保持|稳居|位列|位居)?[“"]?[前后][\d一二三四五六七八九十]+(?:[名位]|[”"]?(?:之外|以外|之内|以内))/.test(after) && !ENTERING_RANKING.test(after)))) return { kind: null, reason: 'the size of a ranking' };
  // 经济总量…是建国初期的146倍: a comparison with the past, reported
  if (quantity.unit === '倍' && /是[^，。；]{1,12}的$/.test(before.slice(-16))) return { kind: null, reason: 'a comparison with the past' };
  // 同步出台了15项重磅奖励扶持政策: the policies a text announces, counted
  // (颁布了包括设立…专项资金在内的十项支持纺织服装产业发展的政策: the policies counted as a list holds them)
  if ((quantity.unit === '项' || quantity.unit === '条') && (/(?:出台|印发|制定|发布|推出|颁布)了?$/.test(before.slice(-4)) || /在内的$/.test(before)) && POLICIES_COUNTED.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 某某有限公司、某某有限公司各补助50万元: money paid to firms the text names, an award made, not a measure
  if (quantity.base === 'CNY' && /(?:公司|集团|厂|合作社)(?:[^，。；]{0,4})(?:(?:各|分别|每家)(?:获得|获)?|获得|获)(?:补助|奖励|补贴|奖补|扶持|资助)?$/.test(before.slice(-24))) return { kind: null, reason: 'awards paid to named firms' };
  // 3批次22个重点项目: the batches the works are started in, beside the count of the works
  if (/^批次?$/.test(quantity.unit) && /^\s*[\d一二三四五六七八九十]+(?:个|项|家)/.test(after)) return { kind: null, reason: 'batches of the works counted' };
  // 建设成为全省千亿元工程之一: one of a class the text names, not a number to reach
  // (榆林也被定位为4个现代煤化工产业示范区之一: however long the class's name)
  if (/^级?[^，。；\d]{0,12}之一/.test(after)) return { kind: null, reason: 'one of a class' };
  // 谋划包装一批…、百亿级产业项目: projects of a class, not a number to reach, where no count of them follows
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && /^(?:产业|重大|重点|工业)?项目(?![^，。；]*?[\d一二两三四五六七八九十]+(?:个|项))/.test(after)) return { kind: null, reason: 'a class of projects' };
  // 出口额超过100万美元部分，每1美元奖励…: where the part a rate pays for begins
  if (/(?:超过|超出|高于)\s*$/.test(before) && /^\s*(?:的)?部分/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 固定资产投资1亿元(含)以上、2亿元以下项目, 年税收贡献1000万元(含)以上、2000万元以下项目: the band of projects a provision pays for
  // (实际投资5000万元人民币(外币按同期汇率折算)及以上的招商引资项目, 注册资本5000万元人民币及以上(…)的世界500强企业: with the
  // currency, notes on it, and what kind of project or firm)
  if (quantity.base === 'CNY' && /^\s*(?:人民币)?\s*(?:[（(][^（()）]{0,40}[)）])?\s*(?:及)?(?:以上|以下)(?:、[^，。；]{0,20}?(?:以上|以下))?(?:[（(][^（()）]{0,40}[)）])?(?:(?:的?(?:项目|企业)(?:[，,：:；]|$))|的[^，。；]{1,12}?(?:项目|企业)(?:[，,：:；（(]|$))/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 投资额在1亿元以上5亿元以下，…: a band set by 在, the condition of what follows
  if (quantity.base === 'CNY' && ((/在\s*$/.test(before) && /^\s*以上\s*[\d.]+[万亿]?元以下/.test(after)) || (/在\s*[\d.]+[万亿]?元以上\s*$/.test(before) && /^\s*以下/.test(after)))) return { kind: null, reason: 'eligibility threshold' };
  // 主营业务收入1500万元至2000万元的临近入规企业, 主营业务收入1000万元左右的高成长科技型制造企业: takings saying which firms are meant
  // (可获得15万元至25万元的企业发展奖励: not the payment a firm is given, named after it)
  if (quantity.base === 'CNY' && (quantity.valueMax !== null || /^(?:左右|上下)的/.test(after)) && FIRMS_IN_BAND.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // …每新增1亿元给予8万元扶持，如年营业收入20亿元以上，按…: a size an if-clause sets, before the payment it changes
  // (not 如今年计划新增…: 如 giving an example)
  if (/(?:^|[，,；;])(?:如(?![今下])|若|如果|凡)[^，。；]{1,16}$/.test(before) && /^\s*(?:以上|以下|及以上)?[，,]/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 后3年当年主营业务收入超过5000万元，按50%给予奖励: a firm's size crossed, then how it is paid
  if (quantity.base === 'CNY' && /(?:营业收入|主营业务收入|营收|产值|销售收入|纳税额|税收)(?:首次)?(?:超过|突破|达到)$|(?:投资额|投资|总投资)在$/.test(before) && /^\s*(?:以上)?[，,]\s*(?:按|给予|奖励|补贴)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 总投资达到3亿元以上…的文化旅游项目，优先遴选纳入…; 产品配套率达70%以上的企业，视同…: the projects or firms a measure favours
  if (/^\s*(?:以上|及以上)?(?:、[^，。；]{0,30})?的[^，。；\d]{0,12}(?:项目|企业|单位)[，,]\s*(?:优先|视同|可优先|纳入|列入)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 完成固定资产投资20亿元(含)-25亿元的项目投资主体: the ends of a band that says who qualifies
  if (/^\s*[（(]\s*含\s*[)）]\s*[-—–~至]/.test(after) || (/[（(]\s*含\s*[)）]\s*[-—–~至]\s*$/.test(before) && /^[^，。；\d]{0,4}的/.test(after))) return { kind: null, reason: 'eligibility threshold' };
  // 新植茶园…必须是相对集中连片30亩以上: what a work must be to qualify
  if (/必须(?:是|为|达到|在)?[^，。；\d]{0,10}$/.test(before) && /^[^，。；\d]{0,2}以上/.test(after)) return { kind: null, reason: 'a standard projects must meet' };
  // （备注：…仍只给予2万元的奖励）: a note restating a payment the provision already gives
  if (/[（(]备注[:：][^）)]*$/.test(before)) return { kind: null, reason: 'a note restating a payment' };
  // 城市百辆汽车社会公共停车泊位数达到20个, 每万人拥有…: the base a rate is counted per
  if (quantity.chinese && quantity.end - quantity.start <= 2 && /^[百千万]/.test(sentence.slice(quantity.start, quantity.end)) && RATE_AFTER_BASE.test(after)) return { kind: null, reason: 'the base a rate is counted per' };
  // 加快推进一期110万千瓦新能源项目建设: the size of works being pushed forward, which names them
  if (quantity.base === 'kW' && /(?:推进|推动|加快|加速)[^，。；\d]{0,8}$/.test(before) && /^[^，。；\d]{0,12}?(?:项目|基地|工程)(?:建设|前期工作|等|、)/.test(after)) return { kind: null, reason: 'the size of works pushed forward' };
  // 《…政策清单》（343条）, 产业发展支持政策（81条）: the items of a text, counted in brackets
  if ((quantity.unit === '条' || quantity.unit === '项') && /(?:》|政策|措施|清单)[（(]$/.test(before) && /^[)）]/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 对新增规模以上的某某有限公司等26户工业企业各奖励20万元: the firms an award is paid to, counted, no goal
  if (quantity.base === 'count' && NAMED_FIRMS_BEFORE.test(before.slice(-40))) return { kind: null, reason: 'the firms an award is paid to' };
  // 固投3000万元至2亿元（不含2亿元）项目100元/平方米: a band of size the projects a rate pays for fall in
  if (quantity.base === 'CNY' && quantity.valueMax !== null && PROJECTS_IN_BAND.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 省级财政负担支持资金的60%, 省、市（县）各分担50%, 50%由省级统筹，50%留给所在市: how governments split a cost or a gain, no measure
  if (quantity.base === 'percent' && (SHARE_BORNE_BEFORE.test(before.slice(-24)) || SHARE_KEPT_AFTER.test(after))) return { kind: null, reason: 'a share split between governments' };
  // (政府承担营销资金的75%，41.25万元: the share of a cost the government bears, and the sum it comes to, are money given)
  if ((quantity.base === 'percent' && GOVERNMENT_SHARE_BEFORE.test(before.slice(-24))) || (quantity.base === 'CNY' && GOVERNMENT_SHARE_CLAUSE_BEFORE.test(before.slice(-32)))) return { kind: 'incentive' };
  // (未来5年市财政平均每年将在人才方面投入超过10亿元, 县财政每年拿出1000万元: the treasury's own spending is money set aside)
  if (quantity.base === 'CNY' && TREASURY_SPENDS.test(before.slice(-32))) return { kind: 'incentive' };
  // (每个重点镇的专项引导资金不少于100万元, 每年财政资金不少于1000万元: a government's own fund, named right before its sum, is money set
  // aside; not funds sought or drawn in, 争取中央、省级各类奖补资金0.8亿元)
  if (quantity.base === 'CNY' && OWN_FUND_BEFORE.test(before.slice(-16)) && !FUNDS_DRAWN_IN.test(lastClause(before))) return { kind: 'incentive' };
  // (生产制造类提高30%：初级工每人1092元…: a rise of a payment's standards, the raised sums listed after it, is support)
  if (quantity.base === 'percent' && /(?:提高|上浮|上调)$/.test(before.slice(-2)) && RAISED_SUMS_LISTED.test(after.slice(0, 40))) return { kind: 'incentive' };
  // (市级配套30%, 管委会出资最高20%参股共建: the share a government body puts in, matching or investing, is its support)
  if (quantity.base === 'percent' && GOVERNMENT_PUTS_IN_BEFORE.test(before.slice(-10))) return { kind: 'incentive' };
  // (每个展位的补贴人数不超过2人, 奖励不超过20家: how many a payment covers at most, a quota of the support)
  if ((quantity.base === 'count' || quantity.base === 'km') && SUPPORT_QUOTA_BEFORE.test(before.slice(-12))) return { kind: 'incentive' };
  // (引才激励最高可达100万元, 单个项目支援金额最高可达100万元: a cap on support named by a word of its own)
  if (quantity.base === 'CNY' && CAPPED_SUPPORT_BEFORE.test(before.slice(-14))) return { kind: 'incentive' };
  // (企业在购买创新服务时，最高可抵扣合同金额的40%: the share of a bill a voucher may pay is support)
  if (quantity.base === 'percent' && VOUCHER_SHARE_BEFORE.test(before.slice(-20))) return { kind: 'incentive' };
  // (发放创业担保贷款1500万元: guaranteed or interest-subsidised loans a government issues are support given)
  if (quantity.base === 'CNY' && LOANS_ISSUED_BEFORE.test(before.slice(-20))) return { kind: 'incentive' };
  // (企业承担营销资金的25%，13.75万元: the sum a paid party's own share comes to)
  if (quantity.base === 'CNY' && SHARE_BORNE_CLAUSE_BEFORE.test(before.slice(-32))) return { kind: null, reason: 'a share the paid party bears itself' };
  // (按项目开工、竣工投产两个阶段，分别给予补助总额30%、70%的补助: the parts of a payment already given, paid by stage)
  if (quantity.base === 'percent' && PAYMENT_TOTAL_SPLIT.test(before.slice(-40))) return { kind: null, reason: 'the stages a payment is paid in' };
  // (充分发挥占全市经济总量70%以上、产值过10亿元的20余户重点企业…的引领带头作用: the firms whose role a text calls on, described)
  if (ROLE_OF.test(before) && /^[^。；]*?作用/.test(after)) return { kind: null, reason: 'describes those whose role is called on' };
  // (按…项目投入的15%（即…核定补助金额的50%）给予补贴: a figure the bracket after another says again in other terms)
  if (RESTATED_IN_BRACKET.test(before)) return { kind: null, reason: 'restates the figure before it' };
  // 规上工业总产值达到1450亿元（比2016年增加810亿元）: the change to a level, in a bracket after it, restates that level
  if (RESTATED_CHANGE.test(before) && /^[^（()）]{0,4}[)）]/.test(after)) return { kind: null, reason: 'a change restating the level before it' };
  // 需在30亿元（含30亿元）以上: a bound's figure restated in its bracket
  if (/[（(]\s*(?:含|不含)\s*$/.test(before)) return { kind: null, reason: 'eligibility threshold' };
  // 年社消额完成30亿元以上，不足40亿元的，奖励100万元: the bounds of the band a payment is for
  if (/^[^，。；\d]{0,4}[，,]\s*(?:不足|低于|不到|少于|未达到?)[^，。；]{1,16}的[，,]/.test(after) || (/(?:不足|低于|不到|少于)\s*$/.test(before) && /^[^，。；\d]{0,2}的[，,]/.test(after))) return { kind: null, reason: 'bounds of the tiers a reward is graded by' };
  // 年社消额需在30亿元以上，同时增幅需保持在10%以上，可申报…奖: what an applicant must reach, before 可申报
  if (/(?:需|须|应)(?:在|达到|达|保持在|不低于|不少于)?\s*$/.test(before.slice(-8)) && /可(?:申报|申请|享受|获得)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 344名人大代表…差额票决出…: the members at a session, who decide the measures, not a number to reach
  if ((quantity.unit === '名' || quantity.unit === '位') && (/^[^，。；\d]{0,14}?(?:人大代表|政协委员|党代表)/.test(after) || (/^[^，。；\d]{0,14}?(?:代表|委员|嘉宾)/.test(after) && /会议|大会|全会|会上|开幕|闭幕|出席|列席/.test(sentence)))) return { kind: null, reason: 'the members at a session' };
  // 如企业奖励总额超过300万元将按比例进行折算: the cap past which awards are scaled down, a rule of payment
  if (quantity.base === 'CNY' && /(?:总额|合计|总计)[^，。；\d]{0,4}(?:超过|超出|高于)$/.test(before) && /^[^，。；]{0,12}(?:按比例|折算|调减|核减)/.test(after)) return { kind: null, reason: 'a rule of payment' };
  // (一、科教惠民工程（项目6个，其中基建工程类5个、“小而美”事项类1个）: how many items an item of a list holds, noted after its heading)
  if (quantity.base === 'count' && ITEM_HEADING_NOTE.test(before) && /^[^（()）。；]*[)）]\s*(?:[。；]|$)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (由1位主要领导牵头，6~7位其他领导进行对口联系: the officials a measure puts in charge, no figure to reach)
  if ((quantity.unit === '位' || quantity.unit === '名') && OFFICIALS_IN_CHARGE.test(after)) return { kind: null, reason: 'the officials a measure assigns' };
  // (新建…保租房，建筑内容共6层、33套; 地上18层: how many storeys a building has describes it, no count to reach)
  if (quantity.unit === '层' && !/^(?:级|次|面)/.test(after)) return { kind: null, reason: "a building's storeys" };
  // (建成四川时代3、5期和时代吉利, 推进二期工程: the phase of a works, by its number)
  if (quantity.unit === '期' && (/^\s*(?:工程|项目|扩建|续建|和|及|、)/.test(after) || /\d、$/.test(before))) return { kind: null, reason: "a works' phase" };
  // (温州作为全国首批14个建设国家儿童友好城市: the batch a place was chosen into)
  // (not 推进首批8类公共信用信息跨地区共享, the first of the things a measure takes on)
  if (quantity.base === 'count' && /首批$/.test(before) && /^[^，。；\d]{0,20}?(?:城市|县城|试点|示范[区县市城])/.test(after)) return { kind: null, reason: 'the batch a place was chosen into' };
  // 24次到连江调研指导: visits a leader paid, an activity reported
  // (开展12次免费科学育儿指导服务活动: not the services a text plans to hold)
  if (quantity.unit === '次' && /^[^，。；\d]{0,8}(?:调研|视察|考察|指导|检查)/.test(after) && !/(?:开展|举办|组织|提供)$/.test(before)) return { kind: null, reason: 'visits paid' };
  // 召开项目落地联席会议30余次: meetings held, an activity reported
  if (quantity.unit === '次' && /(?:召开|举办|开展|组织)[^，。；]{0,16}(?:会议|活动|座谈会|推介会)$/.test(before.slice(-24))) return { kind: null, reason: 'meetings held' };
  // 对10类重点就业群体…, 为8类困难群众…: the kinds of people or things a measure is for, no count to reach
  if (quantity.unit === '类' && /(?:对|为|向|面向|针对)$/.test(before)) return { kind: null, reason: 'the kinds a measure is for' };
  // (十类重点人群签约率保持在85%以上: or the kinds of people a rate is of)
  if (quantity.unit === '类' && KINDS_OF_PEOPLE_RATED.test(after)) return { kind: null, reason: 'the kinds a measure is for' };
  // 每2000平方米奖补5万元, 每增加1000万元奖励, 每增加50人递增2000元, 每增加1亿元增奖30万元: the unit a payment is counted in
  // (单月每产生500万元销售额奖励1000元: or produced; 每出口100万美元奖励2万元: or exported, sold, brought in or invested)
  // (按照每1万平米50万元~200万元的标准进行奖励: or a measure the sum right after it is paid per)
  if (/每(?:同比)?(?:增加|新增|增长|提高|产生|实现|完成|出口|进口|销售|引进|投资)?$/.test(before.slice(-6)) && (/^[^。；\d]{0,8}?(?:奖补|奖励|补贴|补助|给予|资助|可获得|获得|递增|追加|增奖|加奖|再奖)/.test(after) || (quantity.base !== 'CNY' && /^[^，。；\d]{0,2}[\d.]+[万亿]?元/.test(after)))) return { kind: null, reason: 'the unit of a rate' };
  // (使南昌市从全国35个主要城市总部经济发展能力排名第27位上升为第20位: or the places a ranking ranks, counted before it)
  if (quantity.base === 'count' && RANKED_FIELD_AFTER.test(sentence.slice(quantity.end, quantity.end + 40))) return { kind: null, reason: 'the size of a field competed in' };
  // 在全区13个乡镇中争先进位: the field a place competes in
  if (quantity.base === 'count' && /在[^，。；\d]{0,6}$/.test(before.slice(-8)) && /^[^，。；\d]{1,8}?中(?:[，,]|争|排|名|位|居|脱|领|勇|率先)/.test(after)) return { kind: null, reason: 'the size of a field competed in' };
  // 年产36万吨玻璃纤维智能制造生产线建设项目: the capacity in a project's name, not a goal (not 建成年产…)
  const lead = before.slice(-12);
  if (/年(?:产|处理|综合循环利用)$/.test(lead) && !/(?:建成|新增|形成|达到|实现|提升|提高|新建|扩大|具备)(?:[\u4e00-\u9fa5]{0,2})年(?:产|处理|综合循环利用)$/.test(lead) && /^[^，。；、的\d（）()]{2,16}?(?:项目|生产线)/.test(after)) return { kind: null, reason: 'a project named by its capacity' };
  // 30万千瓦及以上燃煤发电机组, 20万吨以下矿井: the size class of the plants a measure covers, no figure to reach
  if (quantity.base !== 'CNY' && quantity.base !== 'percent' && quantity.base !== 'count' && PLANTS_OF_SIZE.test(after)) return { kind: null, reason: 'the size class of the plants a measure covers' };
  // (投资82.8亿元的久泰60万吨烯烃项目: or the capacity a project is named by, after what it is said to cost)
  const named = quantity.base !== 'CNY' && quantity.base !== 'percent' && quantity.base !== 'count' ? PROJECT_NAMED_AFTER_COST.exec(before.slice(-24)) : null;
  if (named && !/建成|新增|形成|达到|实现|提升|提高|扩大|新建/.test(named[1]) && /^[^，。；、的\d（）()]{1,10}?项目/.test(after)) return { kind: null, reason: 'a project named by its capacity' };
  if (quantity.unit === '次' && /每(?:季度?|月|周|旬|半年)/.test(clause)) return { kind: null, reason: 'how often a procedure runs' };
  // 综合排名力争上升至25名左右, 排位前移7位: a place in a ranking, which the target guide leaves out
  // (…排名第17名，较上次提升1名; 比2022年的第81位大幅前进12位: a move in a ranking the sentence gives)
  // (PM2.5浓度在全国168个重点城市退出后20名: or a rank counted from the top or the bottom)
  if ((quantity.unit === '名' || quantity.unit === '位') && (/排名|排位|位次|名次|位列|排行/.test(clause) || /[前后]$/.test(before) || (/(?:前进|上升|提升|前移|进位|后退|下降)$/.test(before.replace(/(?:了|大幅|明显)+$/, '')) && /排名|排位|位次|名次|位列|排行|第\d+[名位]/.test(sentence)))) return { kind: null, reason: 'a ranking' };
  // （投资概算为：一是场地征用平整10万元；二是…）: what a project is reckoned to cost, item by item
  // (…县财政奖补0.25元: a share the government pays of it is still paid)
  if (/[（(](?:投资)?(?:概算|测算|预算)(?:为|是)?[：:][^（）()]*$/.test(before) && !/(?:奖补|补助|补贴|奖励|资助)$/.test(before)) return { kind: null, reason: 'a cost estimate' };
  // 规划中提到“大湾区”多达38次: how often a text names something
  if (quantity.unit === '次' && /提到|提及|出现|点名|写入/.test(clause)) return { kind: null, reason: 'counts the text itself' };
  // 省委十二届十次、十一次全会: a session's number
  if (quantity.unit === '次' && (/届$/.test(before) || /^(?:、[一二三四五六七八九十\d]+次)*(?:全体)?(?:全会|会议)/.test(after))) return { kind: null, reason: "a session's number" };
  if (RESTRICTION.test(before)) return { kind: null, reason: 'a restriction, not a commitment' };
  // (单个企业每个线上平台最多支持1个项目, 每家企业限申报2个: how many of its projects one receiver may have supported)
  if (quantity.base === 'count' && RECEIVER_LIMIT.test(before.slice(-30)) && /^[^，。；\d]{0,4}(?:项目|产品|事项|名额)/.test(after)) return { kind: null, reason: 'a restriction, not a commitment' };
  // 租赁价格为11元/平方米/月, 用地按最低价标准11.2万元/亩, 拨付…基金的40%, 支付比例分别为30%、30%、40%: a price or a schedule, not what is given
  // (按整机售价15%给予补贴: a share of a price is the rate paid, not the price)
  // (每年拨付2000万元左右的工业经济发展专项资金: a fund paid in, not a share of one paid out)
  // (给予不超过产品单台(套)销售价格30%的奖励: a share of a price given is money given too)
  if (!(quantity.base === 'percent' && /(?:按照?[^，。；]{0,12}价|(?:给予|予以)(?:不超过|不高于)?[^，。；\d]{0,16}价格?)$/.test(clauseBefore)) && !(quantity.base === 'CNY' && FUND_PAID_IN.test(after)) && PRICE_OR_SCHEDULE.test(clauseBefore.replace(/(?:[\d.]+[%‰万亿元]*、)+$/, ''))) return { kind: null, reason: 'a price charged or a payment schedule' };
  // 以上资金按照20%、30%、50%的比例，三年内逐年发放: the shares a payment is paid out in
  if (quantity.base === 'percent' && /按照?(?:[\d.]+%、)*$/.test(before) && PAID_OUT_IN_SHARES.test(after)) return { kind: null, reason: 'a price charged or a payment schedule' };
  // 给予最高300万元一次性支持，其中40%为人才津贴，60%为科研、项目补助经费: how a payment given splits, not more given
  if (quantity.base === 'percent' && /^\s*(?:为|用于|作为)/.test(after) && /其中[，,]?\s*(?:[\d.]+%(?:为|用于|作为)[^。；\d]{1,20}[，,、]\s*)*$/.test(before)) return { kind: null, reason: 'how a payment splits' };
  // 项目投资强度不低于300万元/亩, 约定每年达到10万元/亩: what a project must bring to be admitted, a standard
  // (每个项目区集中连片面积不少于200亩: the least each site of a programme must have, a standard)
  if (PROJECT_STANDARD.test(clauseBefore) || EACH_SITE_AT_LEAST.test(clauseBefore)) return { kind: null, reason: 'a standard projects must meet' };
  if (PENALTY.test(clause)) return { kind: null, reason: 'penalty' };
  // 高技术制造业虽然增长8.4%，…新兴产业增速超过20%，但…仍有巨大提升空间: a fact granted before 但, not a goal
  if ((before.includes('虽') || before.includes('尽管')) && CONCEDED_BEFORE.test(before) && CONCESSION_CLOSED_AFTER.test(after)) return { kind: null, reason: 'a fact granted before a but' };
  if (quantity.base === 'percent' && DEFERRED.test(clause)) return { kind: null, reason: 'share of a payment held back' };
  // 剩余50%按财政体制分级负担: how the rest of a payment is shared among budgets, not more paid
  if (quantity.base === 'percent' && /(?:剩余|其余|余下)$/.test(before) && /^[^，。；]{0,12}(?:负担|承担|分担)/.test(after)) return { kind: null, reason: 'share of a payment held back' };
  if (quantity.base === 'count' && STRUCTURAL_AFTER.test(after)) return { kind: null, reason: 'structure or time limit' };
  if (/^(条|章|节|款)$/.test(quantity.unit) && SELF_DESCRIPTION.test(sentence.slice(0, quantity.start))) return { kind: null, reason: 'counts the text itself' };
  // 中山翠亨新区暖企20条, “稳增长20条”: a policy named by how many articles it has (not 新建道路5条, 开通航线10条, nor
  // 集装箱班轮航线超过135条: a count a level is set for, nor 航线班次数量220条, a measure's count)
  // (山西出台引进高精尖缺创新和管理人才40条: or a policy a place issues, whatever its words)
  if (quantity.unit === '条' && /^[”"》]?\s*(?:[，。；]|$)/.test(after) && !/(?:路|线|河|渠|链|街|道|带|沟|管|廊|隧|巷|数量|总数)$/.test(before) && (!/[建增通造育修治开引]/.test(clauseBefore) || /^[^，。；]{0,8}(?:出台|印发|发布|推出)/.test(clauseBefore)) && !LEVEL_OR_FLOOR_END.test(before)) return { kind: null, reason: 'counts the text itself' };
  // 落实…发展政策15条: the items of a policy; 推进第一批75个项目: a batch already named (遴选第二批30个 is a goal)
  if (/^(?:条|项)$/.test(quantity.unit) && /(?:政策|措施|举措)$/.test(before)) return { kind: null, reason: 'counts the text itself' };
  if (quantity.base === 'count' && /(?:推进|推动|实施|抓好|落实|做好)[^，。；\d]{0,4}第[一二三四五六七八九十\d]+批$/.test(before)) return { kind: null, reason: 'a batch already named' };
  // (持续推进2023年度9个和美乡村精品示范村建设: or a past year's batch carried on)
  if (quantity.base === 'count' && /(?:持续|继续)(?:推进|推动|实施|抓好|做好)(?:19|20)\d{2}年度?$/.test(before)) return { kind: null, reason: 'a batch already named' };
  // (壮大“142产业集群”(即纺织化纤1个三千亿元产业,…4个两千亿元产业…): or inside a bracket spelling out a slogan's digits)
  if (SHORTHAND.test(clause) || (before.includes('即') && SHORTHAND_SPELLED.test(before))) return { kind: null, reason: 'explains a shorthand' };
  // “万亿制造不是‘一万亿制造’而是‘万亿级制造’”: a term in single quotes, a figure and a word, is a phrase spoken of, no goal
  if (before.includes('‘') && /‘[^‘’]{0,4}$/.test(before) && /^[^‘’，。；]{1,8}’/.test(after)) return { kind: null, reason: 'a term quoted' };
  // 实施千亿级产业集群培育三年行动计划, 打好“园区三年翻番”收官战: a scale or a doubling in the name of a campaign or a plan a
  // clause carries out names it (3个专项行动, a count of them, is the text's own structure, judged above)
  // (启动三年旱粮单产增一成行动, 实施粮食单产提升10%工程: or a share a plain 行动 or 工程 is named by)
  if (quantity.base !== 'count' && CARRIES_OUT_BEFORE.test(clauseBefore) && (CAMPAIGN_NAMED_AFTER.test(after) || (quantity.base === 'percent' && SHARE_CAMPAIGN_AFTER.test(after)))) return { kind: null, reason: 'names a campaign' };
  // (规划的2个百万千瓦光电基地: a capacity written in magnitude words alone, after a count, classes the facilities counted; not
  // 建设千万千瓦级风电基地, a class to build to)
  if (quantity.chinese && WORDS_ONLY_SCALE.test(sentence.slice(quantity.start, quantity.end)) && /(?:\d|[一二两三四五六七八九十])个$/.test(before) && FACILITIES_CLASSED.test(after)) return { kind: null, reason: 'a scale class of facilities' };
  // (建设万亿级低空经济产业高地: a scale class of a 高地, a height to take, is a direction, not a size to reach)
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && SCALE_OF_HEIGHTS_AFTER.test(after)) return { kind: null, reason: 'a scale class of things unnamed' };
  // (实施旅游总产值“倍增翻番”工程: or a figure inside the quoted name of a works or a campaign, whatever the words before the quote)
  if (quantity.base !== 'count' && QUOTE_OPEN_BEFORE.test(before) && QUOTED_CAMPAIGN_AFTER.test(after)) return { kind: null, reason: 'names a campaign' };
  // (制定发布“246”万千亿级产业集群…导向目录, 制定出台千亿级产业集群培育方案: so does a scale in the name of a document a clause draws
  // up, its words before the scale quoted or numbered as a document's name may be)
  if (quantity.base === 'CNY' && DOCUMENT_AFTER.test(after) && DRAWS_UP_BEFORE.test(before.slice(-24))) return { kind: null, reason: 'names a document' };
  // (投资亿元以上项目1200项，其中，十亿元以上270项: the size class of the things counted right after it)
  if (quantity.base === 'CNY' && /^(?:及)?以上(?:的)?(?:项目|企业)?\s*[\d一二三四五六七八九十百千]+(?:项|个|家)/.test(after)) return { kind: null, reason: 'the size class of what is counted' };
  // (指导扶持30亩以上规模化温室园区生产: the size of the things a clause supports, right before them, says which are supported)
  if (quantity.base !== 'count' && quantity.base !== 'CNY' && SUPPORTS_BEFORE.test(before.slice(-6)) && SIZED_SUPPORTED_AFTER.test(after)) return { kind: null, reason: 'the size of what is supported' };
  // 这200个项目都是经过前期认真谋划的项目, 上述3个园区: a count said again to speak of what it counted
  if (quantity.base === 'count' && /(?:^|[，。；：\s])(?:这|上述|以上|前述)$/.test(before)) return { kind: null, reason: 'refers back to a count given' };
  if (quantity.base === 'count' && countsItsList(sentence, quantity)) return { kind: null, reason: 'counts the items just listed' };
  // 3条技术路径：动力电池、氢燃料电池、增程混动; 5大重点领域——: a line opening on how many items it then lists
  if (quantity.base === 'count' && /^\s*$/.test(before) && /^\s*[^，。；\d：:—]{1,8}(?:[：:]|——)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 随州是“汉孝随襄十”万亿级汽车走廊的重要节点城市: the scale of something a place is part of, no goal of its own
  if (sentence[quantity.end - 1] === '级' && /(?<![要将])是[^，。；]{0,16}$/.test(before) && PART_OF_WHOLE_AFTER.test(after)) return { kind: null, reason: 'describes what the place is part of' };
  // 瞄准万亿级市场, 抢占千亿级赛道: the scale of a market a plan aims at, no size of its own to reach
  if (sentence[quantity.end - 1] === '级' && MARKET_AIMED_AT.test(before) && /^[^，。；]{0,4}(?:市场|赛道|蓝海)/.test(after)) return { kind: null, reason: 'the scale of a market aimed at' };
  // 奖励资金…分两年拨付，第一年拨付奖励资金的60%: the share of an award paid out in one year is how it is paid, not what
  if (quantity.base === 'percent' && INSTALLMENT_BEFORE.test(before)) return { kind: null, reason: 'installment of a payment' };
  // (分3年按30%、30%、40%的比例补贴: the share of a payment given in each of the years it is spread over)
  if (quantity.base === 'percent' && /分[\d一二三四五两]+(?:年|次|期|批)(?:按)?(?:[\d.]+%[、，和])*$/.test(before)) return { kind: null, reason: 'installment of a payment' };
  // (运营补贴按年度比例1/4支付: the share paid each year, straight before the paying verb)
  if ((quantity.base === 'percent' || quantity.base === 'ratio') && /比例$/.test(before) && PAID_IN_PARTS.test(after)) return { kind: null, reason: 'installment of a payment' };
  // 打造由4个地标产业、6个优势产业和5个未来产业为核心的“465”现代产业体系: the parts a structure is made of
  if (quantity.base === 'count' && /由[^，。；]*$/.test(before) && COMPOSES.test(after)) return { kind: null, reason: 'counts the parts of a structure' };
  // 4个地标产业集群和6个优势产业集群营收合计将达到…: the clusters whose revenue is measured, not clusters to add
  if (quantity.base === 'count' && SUBJECT_OF_MEASURE.test(after)) return { kind: null, reason: 'counts the subject of a measure' };
  // 力争72个县工业增加值占全省比重达到68%以上: the places whose share is the goal, not places to add
  if (quantity.base === 'count' && PLACES_SHARE.test(after)) return { kind: null, reason: 'counts the subject of a measure' };
  if (isQualifier(sentence, quantity)) return { kind: null, reason: 'qualifies a counted thing' };
  // (601万元为全市1330名…老党员和1.2万名…军人提高生活费标准, 为1148名…军人配套医疗费资金: the people a sum is spent on, counted, are whom
  // it goes to, no goal of their own)
  if (quantity.base === 'count' && /^万?[名人户位]$/.test(quantity.unit) && (SUM_FOR_PEOPLE.test(sentence.slice(clauseStart(sentence, quantity), quantity.start)) || (/为$/.test(sentence.slice(Math.max(0, quantity.start - 1), quantity.start)) && MONEY_FOR_THEM_AFTER.test(sentence.slice(quantity.end))))) return { kind: null, reason: 'the people a sum goes to' };
  // (随着现在10条旅游精品线路的推介，…: what a sentence's 随着 clause says is under way sets the scene, no goal of its own)
  if (ALONG_WITH_CLAUSE.test(sentence.slice(clauseStart(sentence, quantity), quantity.start)) && ALONG_WITH_CLAUSE_END.test(sentence.slice(quantity.end))) return { kind: null, reason: 'the circumstance a sentence is set in' };
  // (在成为全国唯一GDP破万亿…的“双万亿之城”后，…提出…: a state the place has become, before what it now sets out, is reached, no goal)
  if (BECOME_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.start)) && BECOME_AFTER.test(sentence.slice(quantity.end, quantity.end + 60))) return { kind: null, reason: 'a state already reached' };
  // (加快形成千亿级产业集群, 积极培育百亿级服务业企业: a scale class of things no word names, none counted, is a direction, no goal;
  // 建设千亿级数据信息产业链 and 打造…经开区1000亿级产业园区 name theirs)
  if (quantity.base === 'CNY' && UNNAMED_SCALE_CLASS.test(sentence.slice(sentence[quantity.end - 1] === '级' ? quantity.end - 1 : quantity.end)) && SCALE_CLASS_VERB.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start))
    && !SUBJECT_BECOMING.test(sentence.slice(clauseStart(sentence, quantity), quantity.start))
    // (为加快推动装备制造、新材料两大产业率先突破，全力打造千亿级产业集群: the industries the sentence names are what it is of)
    && !INDUSTRIES_NAMED_BEFORE.test(sentence.slice(0, quantity.start))) return { kind: null, reason: 'a scale class of things unnamed' };
  if (inTierList(sentence, quantity)) return { kind: null, reason: 'bounds of the tiers a reward is graded by' };
  // (不足100万元部分不予奖励): a part that is not paid
  if (/^[^，。；]{0,6}?不予(?:奖励|补助|补贴|支持|资助)/.test(after)) return { kind: null, reason: 'a part not paid' };
  // 以5个名额为基数: the basis a reward is counted from
  if (/^[^，。；]{0,4}为基数/.test(after)) return { kind: null, reason: 'the basis a reward is counted from' };
  // (对引进的高级管理人员，两年内免租金入住人才公寓: the years space is given free, however the receiver is named)
  if (DURATION_BASES.has(quantity.base) && RENT_FREE_WITHIN.test(after)) return { kind: 'incentive' };
  // (对…高校毕业生，提供最高30万元的创业担保贷款，并按规定给予贴息: a cap on what is offered, named right after it, is money given,
  // no condition of a payment after it)
  if (CURRENCIES.has(quantity.base) && OFFERED_CAP.test(before) && OFFERED_KIND.test(after)) return { kind: 'incentive' };
  // (提供为期2年的租房和生活补贴: the term of a support, said before it, is part of it, no condition on who is paid)
  // (给予最高3年的办公用房免租扶持, 给予一次性18个月的租金补助: or its most, or paid at once, right before it)
  if (DURATION_BASES.has(quantity.base) && /(?:为期|(?:给予|享受|提供)(?:最高|最长|最多|一次性))$/.test(before) && TERM_OF_SUPPORT_AFTER.test(after)) return { kind: 'incentive' };
  // (…参赛队伍4支以上，总投入150万元以上，每届补助最高不超过150万元: a size stated in a clause of its own, the payment's clause right
  // after it, says who qualifies)
  if (SIZE_CONDITION_BEFORE.test(before.slice(clauseStart(sentence, quantity))) && SIZE_CONDITION_AFTER.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // (拿出500万对全县…取得突出成绩的企业和业主，以奖代补，进行奖励: money put up to reward those named after it, no size they must reach)
  if (quantity.base === 'CNY' && PUT_UP.test(before) && REWARDS_NAMED_AFTER.test(after)) return { kind: 'incentive' };
  // (设立市本级工业发展专项资金，70%以上用于扶持、引导、推动重点工业产业加快发展: the share of a fund set aside for support is given too)
  if (quantity.base === 'percent' && SHARE_FOR_SUPPORT.test(after) && /资金|基金/.test(before)) return { kind: 'incentive' };
  if (isThreshold(sentence, quantity)) return { kind: null, reason: 'eligibility threshold' };
  // (大型养殖场指生猪养殖量达到5000头以上，肉羊、肉牛养殖量达到1000只以上: the sizes that define a term, in the clauses the
  // definition runs on in)
  if (definesTerm(sentence, quantity)) return { kind: null, reason: 'eligibility threshold' };
  // (总投资额超过10亿元的特别重大的项目实行“一企一策”: the size of the projects a way of handling is for, no goal)
  if (SIZE_PAST_BEFORE.test(before.slice(clauseStart(sentence, quantity))) && HANDLED_AFTER.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 旅游包机100座以上的（上座率80%）每架次奖励3万元: a bracket after a condition's 的, before the payment, adds to the condition
  if (/的\s*[（(][^（()）]{0,8}$/.test(before) && /^[^（()）]{0,6}[)）]\s*(?:每[^，。；\d]{0,4})?(?:奖励|补贴|补助|资助|给予)/.test(after)) return { kind: null, reason: 'condition of a reward' };
  // (…单次购票人数不少于总人数的70%，游览至少1个收费A级景区，300人以上奖励组团社0.3万元: a share of the group's people too)
  if (quantity.base === 'percent' && /(?:不少于|不低于)[^，。；\d]{0,10}$/.test(clauseBefore) && /人数|人次/.test(clauseBefore) && !GIVES.test(clause) && LATER_REWARD.test(after) && !OWN_CONDITION.test(after)) return { kind: null, reason: 'condition of a reward' };
  // 组织旅游团队，一次人数达到300人以上，游览5个以上景区，一次性奖励150元/人: counts that qualify for a reward paid later in the sentence
  // (要求各县打造不少于4个街区，每个街区新增主体不少于100户，给予…奖励: a goal the clause before states is no cue for the condition)
  // (新签约亿元以上项目40个，…给予最高1000万元项目落地奖: a 以上 that sorts the things counted compares no count; not …每趟次500人以上、
  // 高铁旅游专列每趟次200人以上, the bound of a condition listed before it)
  // (当年新建10座、20亩以上，…的建设点，…每座补助1000元: the size beside the count, in a condition's list, too)
  // (实施市区级科技计划项目20项以上，单个项目最高可给予50万元补助: nor the works a government runs, each paid)
  if ((quantity.base === 'count' || (/^(?:亩|m2)$/.test(quantity.base) && /\d[^，。；\d]{0,2}、\s*$/.test(before))) && !AHEAD.test(clauseBefore) && !/^\s*(?:组织)?(?:实施|安排)/.test(clauseBefore) && /达到|以上|(?<!不)超过|累计|不少于|不低于|不小于|至少/.test(clause) && !/^[^，。；\d]*以上[^，。；\d、]+$/.test(clauseBefore.replace(/^.*\d/, '')) && !AWARD_SELECTION.test(clause) && LATER_REWARD.test(after) && !OWN_CONDITION.test(after)) return { kind: null, reason: 'condition of a reward' };
  // 每1亿元给予300万元的奖励, 每引进1个重点人才给予…: the step a reward is counted by, not a sum given
  // (每次每家补助1万元: a sum straight after the verb that pays it is paid)
  // (餐饮收入增量每达100万元再给予一定额度奖励: whatever the sum it earns, written or not)
  // (企业销售额每超出 1000 万元支持 1万元: or by how much it is exceeded, spaces or not)
  // (按年实际供水量每吨1元给予补贴: not money paid for each unit of what is measured, a rate)
  const step = /每(?:新?增加?|新增|增长|多|超过|超出|达到?)?\s*$/.test(before) || (quantity.value === 1 && /每[^，。；\d]{1,4}$/.test(before) && !/(?:补助|奖励|补贴|给予|资助|奖补)$/.test(before) && !(CURRENCIES.has(quantity.base) && PER_MEASURE_BEFORE.test(before)));
  // (每产1吨优质生鲜乳（以…交接单为准）给予不高于10元的补贴: a note in brackets between the step and the payment)
  if (step && /^[^。；]{0,20}?(?:或每[^。；]{1,12}?)?(?:给予|予以|奖励|补助|补贴|支持)(?:[^。；\d]{0,6}\d|[^。；\d]{0,2}(?:一定|相应))/.test(after.replace(/[（(][^（()）]{0,40}[)）]/g, ''))) return { kind: null, reason: 'the step a reward is counted by' };
  // (对日新增收购生鲜乳20吨以上（较上年每月日均收购量）的乳品加工企业: a floor, its note in brackets, before whom it picks out)
  if (/对[^，。；]{0,30}$/.test(before) && /^\s*(?:以上|及以上)\s*[（(][^（()）]{1,30}[)）]\s*的[^，。；\d]{0,20}?(?:企业|单位|主体|合作社|农户|养殖场|户)/.test(after)) return { kind: null, reason: 'eligibility threshold' };
  // 该项目由某钢结构有限公司投资1.8亿元建设: what a firm invests in its own project, not what the government commits
  if (quantity.base === 'CNY' && FIRM_INVESTS.test(clauseBefore)) return { kind: null, reason: 'a firm\'s own investment' };
  // 扶持经费由自贸委与园区所在行政区各按50%承担: how payers share a cost, not what is given
  if (quantity.base === 'percent' && /^\s*(?:的比例)?(?:承担|分担|负担|共担)/.test(after)) return { kind: null, reason: 'how a cost is shared' };
  // 风能资源储量8000万千瓦, 可安装光电装机20亿千瓦: what nature allows, not what is promised
  if (POTENTIAL.test(clauseBefore)) return { kind: null, reason: 'a resource potential' };
  // 规划范围为威海全部行政区域，涉及陆域面积5797平方公里; 试验区范围涉及3个市（州）13个县: the ground a plan covers
  if (PLAN_EXTENT.test(before) && EXTENT_MEASURE.test(quantity.base + (after.match(/^[\u4e00-\u9fa5]{0,2}/)?.[0] ?? '')) && !EXTENT_GOAL.test(clauseBefore)) return { kind: null, reason: 'the ground a plan covers' };
  // 印发扶持茶产业发展的若干政策，提出…: a support word in a policy's name gives nothing
  // 预算安排36.71亿元，其中，科技创新投入5.98亿元: the parts of a sum set aside are set aside too
  // (力争通过扶持引导，全区土地流转率达到60%: support as the means of a goal gives no sum)
  // (土地出让起始价格不低于市场评估价格的7折, 按评估价格的七五折出让: a price cut a policy states is support given)
  // (通过设立1亿元文化产业引导资金等手段，力争实现…5%: a fund set up as the means of the goals beside it gives its own sum only)
  const support = supportsMoney(sentence) || SET_ASIDE.test(clause) || FUND_SET_UP.test(clause)
    || (quantity.base === 'CNY' && before.includes('其中') && SET_ASIDE_PARTS.test(before))
    || quantity.unit === '折';
  // 平均受教育年限提高到11.7年, 人均预期寿命达到80岁: a span that is itself the measure
  // (全市人均期望寿命80岁: a life expectancy listed among goals, with no verb)
  // (人均预期寿命比“十三五”末提高1岁: or the rise it is to make; 人均期望寿命将实现为83岁: or the level it will reach)
  if ((DURATION_BASES.has(quantity.base) || quantity.base === '岁') && /(?:年限|寿命|年龄)[^，。；]{0,4}(?:提高到|提升到|达到|延长到|增加到|达)$|寿命(?:将|要|力争)?(?:提高到|达到|达|实现为|为)?$|寿命(?:比|较)[^，。；]{2,10}?(?:提高|提升|增加|延长)$/.test(before)) return { kind: 'target' };
  // 恩佐：21岁: an age that is no life expectancy is a person's, promised by no one
  if (quantity.base === '岁') return { kind: null, reason: "a person's age" };
  // 通用飞机飞行达到15万小时, 志愿服务时长超过100万小时: hours flown or served are the measure, not a time limit (…24小时内办结)
  if (quantity.base === 'h' && (quantity.factor >= 1e4 || /(?:飞行|时长)[^，。；\d]{0,6}$/.test(before))) return { kind: 'target' };
  // 重污染天数控制在3天以内, 优良天数达到300天: a count of days is the measure, no time limit
  if (DURATION_BASES.has(quantity.base) && /天数[^，。；\d]{0,6}$/.test(before)) return { kind: 'target' };
  // 加速形成新能源电池、电子信息、生物医药…等千亿级产业集群: a scale an open list's kinds are named by, none of them counted
  // (在智能汽车、集成电路、…、生物医药等领域培育千亿级产业集群: or the fields the list names, where clusters of it are grown)
  // (not 打造某某特曲、某某大曲等20—30亿级强势单品: products of a size are a goal)
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && /、[^，。；、]{2,12}等(?:领域|行业|方向|板块)?(?:加快|加速)?(?:培育|打造|形成|建设|发展|壮大)?(?:一批|若干|多个)?$/.test(before) && /^(?:产业集群|集群|产业链|产业)/.test(after)) return { kind: null, reason: 'counts the kinds the text sorts its work into' };
  // (6个马铃薯、饲草、奶牛、冷水鱼、枸杞、沙棘三十亿元集聚产业: the scale of each kind a counted list names, none a sum to reach)
  if (quantity.base === 'CNY' && /[\d一二两三四五六七八九十]+个(?:[\u4e00-\u9fa5]{1,4}、){2,}[\u4e00-\u9fa5]{1,4}(?:产值)?$/.test(before) && /^(?:级)?的?(?:特色)?(?:优势)?(?:集聚产业|产业集群|集群|产业)/.test(after)) return { kind: null, reason: 'the size class of what is counted' };
  // 抢抓全国确定的18个5G应用示范城市机遇: a list another body drew up, counted, is no goal of the text's
  if (quantity.base === 'count' && /(?:国家|全国|中央|国务院|部|省|自治区)(?:已)?(?:确定|公布|批复|认定|遴选|命名)(?:了)?的$/.test(before)) return { kind: null, reason: 'counts a list another body drew up' };
  // (“7”是指7个产业园联动发展区: or a count explaining what a slogan's digit stands for)
  if (quantity.base === 'count' && /“[\d一二三四五六七八九十]{1,3}”(?:是指|指的是|指|即|就是|代表)$/.test(before)) return { kind: null, reason: 'counts the text itself' };
  // 实现4个提升、3个一体化、2个突破、1个增效“4321”目标: counts that spell out a slogan's number are the slogan's parts
  if (quantity.base === 'count' && sentence.includes('“') && spelledSlogan(sentence, quantity)) return { kind: null, reason: 'counts the text itself' };
  // 做大做强稻米、油料、果蔬、生猪、家禽、水产和林下经济7个千亿级产业: a count of the industries just named, each of a scale, that the
  // text grows restates the list (how big each grows is the goal, where the text says it); 打造…4个千亿级产业集群, building them, is one
  if (quantity.base === 'count' && /^(?:大|个|条)?(?:[百千万]亿(?:元)?级|万亿级)?(?:产业集群|产业链|产业|集群|行业)/.test(after) && /(?:[百千万]亿|万亿)级/.test(after.slice(0, 6)) && GROWS_EXISTING.test(before.slice(-40)) && restatesListBefore(before, quantity.value)) return { kind: null, reason: 'counts the kinds named before it' };
  // 紧盯实体经济、13条重点产业链关键环节, 聚焦10个重点产业: what a plan's work focuses on, not a count to reach
  if (quantity.base === 'count' && /(?:紧盯|聚焦|围绕|立足)(?:[^，。；、\d]{1,10}、)?$/.test(before)) return { kind: null, reason: 'counts the kinds the text sorts its work into' };
  // 吉林是中国第15个提出打造旅游万亿级目标的省份: the place's rank among those with such a goal, not the goal
  if (RANKED_AMONG.test(clause)) return { kind: null, reason: 'ranks a place among others' };
  // “工业十条”, “黄金10条”: a policy's nickname
  // (简称南山低空十条, 南山低空十条对…作出规定: a nickname given or speaking as the policy)
  if (quantity.unit === '条' && (/“[^”，。]{0,6}$/.test(before) || /简称[^，。；]{0,8}$/.test(before) || (quantity.chinese && POLICY_SAYS_AFTER.test(after)))) return { kind: null, reason: "a policy's name" };
  // 细化提出20项, 包括12条: the text counting its own items (行动计划部署了重点任务84项 too)
  // (一是促进消费全面恢复共计4条: a part of the text and how many of its items it holds)
  // (2018年省政府重点工作任务共178项。其中包括：…: a work plan counting its own tasks)
  if (/^(?:条|项)$/.test(quantity.unit) && /(?:提出|细化|包括|列出|明确|部署|共计|合计)(?:了)?(?:重点|主要)?(?:任务|举措|措施)?$|(?:(?<!建设|改造|治理|整治)任务|举措|措施)(?:共|总计)$/.test(before) && /^\s*(?:[，。；、]|$)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (2020年计划实施9类37项民生公益项目: a list's items counted after the classes they are sorted in, the text's own parts)
  if (/^(?:项|件|个)$/.test(quantity.unit) && /[\d一二三四五六七八九十]+(?:大)?类$/.test(before) && /^[^，。；\d]{0,12}?(?:项目|工程|实事|事项)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (其中包括特色现代农业发展32项补助、乡村振兴建设9项奖补: how many kinds of support a budget or a policy holds, not a count to reach)
  if (quantity.unit === '项' && /^[“"]?(?:补助|奖补|扶持|奖励|补贴|资助)(?!资金|金额|标准|额度|比例)/.test(after)) return { kind: null, reason: 'counts the kinds of support the text holds' };
  // 从《政府工作报告》中整理出的35条…信息: an editor counting what the text gathers
  if (/^(?:条|项|个)$/.test(quantity.unit) && /(?:整理|梳理|汇总|归纳)出?(?:了)?的?$/.test(before)) return { kind: null, reason: 'counts the text itself' };
  // 重点抓好以下十项工作, 努力实现以下5个主要目标, 做好以下9个方面、28项具体工作: the count of what the text lists next
  if (/^(?:条|项|个|大)$/.test(quantity.unit) && /以下(?:[\d一二三四五六七八九十]{1,2}(?:个|项|条|大)[^，。；、\d]{0,4}[、和])?$/.test(before) && /^[^，。；\d]{0,6}?(?:目标|工作|任务|方面|措施|举措|内容|重点|事项)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 明确了17项工作重点, 提出了8项重点任务: the count before what the text lists
  if (/^(?:条|项|个|大)$/.test(quantity.unit) && /(?:提出|细化|列出|明确|部署)(?:了)?$/.test(before) && /^(?:重点|主要|工作|具体)*(?:任务|举措|措施|重点|方面|内容|政策)/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // (涉及…产业体系的项目374个，年计划投资354.2亿元，分别占总数的58%和50%; 占该区今年确定重点项目的近七成: the share a part of a list
  // of projects has of the whole list describes the list)
  if ((quantity.base === 'percent' || quantity.base === 'ratio') && SHARE_OF_LIST.test(before.slice(clauseStart(sentence, quantity)))) return { kind: null, reason: "a part's share of its list" };
  // (景区海拔1800米, 塔高120米: a height, a depth or a width in metres describes a place or a work; lengths laid are goals)
  if (/^(?:米|延米)$/.test(quantity.unit) && /(?:海拔|高度|(?<!最|提)高|深|宽|宽度|直径|半径|埋深|水深)(?:约|达|为|超过)?$/.test(before)) return { kind: null, reason: 'a dimension, not an amount' };
  // (该条款可与…叠加领取，即企业每新增1亿元合计可获取约20万元扶持资金: a worked example of what the provisions together pay, no
  // provision of its own)
  if (WORKED_OUT_CLAUSE.test(clause)) return { kind: null, reason: 'a worked example' };
  // (充分发挥园区800多家工业企业的资源优势: the things whose strengths a measure draws on exist already)
  if (quantity.base === 'count' && /发挥[^，。；\d]{0,12}$/.test(before) && /^[^，。；\d]{0,12}的[^，。；\d]{0,6}(?:优势|作用|潜力)/.test(after)) return { kind: null, reason: 'what exists already' };
  // (30件!2023年聊城重点民生事项出炉: a headline exclaiming how many works or measures the text lists)
  if (/^(?:件|项|条)$/.test(quantity.unit) && /^\s*[!！]/.test(after)) return { kind: null, reason: 'counts the text itself' };
  // 全省除市辖区外的72个县（市、特区，以下统称县）: the places a text names once to call them by a shorter name is its scope, no count to reach
  if (quantity.base === 'count' && /^[^，。；\d]{0,12}?[（(][^）)]{0,16}以下(?:统称|简称)/.test(after)) return { kind: null, reason: 'the scope a text defines' };
  // 优先发展2个先导产业, 共40个细分赛道, 协调7个…专班, 将2800多个县分成三种类型: the kinds a plan sorts its work into
  // (每个县（市）重点发展2个以上特色主导产业: not what each place is to develop, at least so many)
  if (quantity.base === 'count' && ((SORTS_BEFORE.test(before) && PLAN_CATEGORY_AFTER.test(after) && !/^(?:以上|左右)/.test(after) && !EACH_PLACE_BEFORE.test(before)) || SORTED_AFTER.test(after))) return { kind: null, reason: 'counts the kinds the text sorts its work into' };
  // 1类新药, 二类医疗器械, 仿制药（含3类、4类…）: the class a product is registered in, a label and no count
  if (quantity.unit === '类' && (/^(?:、\s*[\d一二三四五六]\s*类)*\s*(?:创新药|新药|仿制药|生物制品|化学药|中药|医疗器械|药品|疫苗)/.test(after) || /[（(]含\s*(?:[\d一二三四五六]\s*类\s*、\s*)*$/.test(before))) return { kind: null, reason: 'names a product class' };
  // (实施3类信息新型基础设施、8类融合新型基础设施: how many classes a plan sorts its works into; 补贴包含7种: or kinds a measure holds)
  // (not 推动8类公共信用信息跨地区共享, the classes of data a goal shares)
  if ((quantity.unit === '类' && /^[^，。；、\d]{0,10}?(?:基础设施|工程|项目|任务|行动|举措)/.test(after)) || (quantity.unit === '种' && /(?:包含|包括|分为|分成|涵盖)$/.test(before))) return { kind: null, reason: 'counts the kinds the text sorts its work into' };
  // 分别设置7种和4种消费券: how many kinds a measure is offered in is how it is laid out, not a goal
  if (/^[种类档]$/.test(quantity.unit) && /(?:分别)?(?:设置|设立|分为|分成)$/.test(before.replace(/[\d.]+[种类档][和、及与]$/, ''))) return { kind: null, reason: 'counts the kinds the text sorts its work into' };
  // 到2030年，4条产业链规模分别达到2100亿元、3000亿元…: how many subjects the figures after it are given for
  if (quantity.base === 'count' && /^[^，。；\d]{1,12}分别(?:达到|达|超过|突破|为|增长)/.test(after)) return { kind: null, reason: 'counts the subjects of a list of figures' };
  // 对全市5个区（功能区）进行科学分类: the divisions a whole is made of, counted, are how it stands, not a goal
  if (quantity.unit === '个' && WHOLE_BEFORE.test(before) && DIVISION_AFTER.test(after)) return { kind: null, reason: 'counts the divisions of a whole' };
  // 20个国家秸秆综合利用重点县和2个补偿制度试点县秸秆综合利用率达到90%, 全区5个地级市分别打造1—2家: the places a goal is set for,
  // counted, are its scope, not a goal (力争72个县工业增加值占全省比重达到68%以上 is one goal, of the share)
  // (覆盖全市11个区100个常态化起降点: or right before the count of what is built across them, its reach)
  // (not GDP过500亿元县市区达到25个、千亿级县市区达到6个: a count a measure reaches is the goal, whatever list follows it)
  // (进一步明确7个园区主导产业: the places whose roles a text settles, counted, are its scope)
  if (quantity.base === 'count' && /(?:明确|确定|优化|调整|厘清)$/.test(before) && PLACES_ROLES_AFTER.test(after)) return { kind: null, reason: 'the scope of a measure' };
  // (在17个乡镇（街道办）硬化道路10万平方米: or the places a work is done in, before how much of it is done)
  if (quantity.base === 'count' && (PLACES_THEN_GOAL.test(after) || PLACES_THEN_COUNT.test(after) || (before.endsWith('在') && PLACES_WORKED_IN.test(after))) && !COUNT_REACHED.test(before)) return { kind: null, reason: 'counts the places a goal is set for' };
  // 27个省级及以上地表水监测断面优良率达到96.3%: the things a rate is measured over, counted, are its scope, not a goal
  if (quantity.base === 'count' && RATE_SCOPE_AFTER.test(after) && !COUNT_REACHED.test(before)) return { kind: null, reason: 'counts what a rate is measured over' };
  // 各设区市间2小时通达, 都市圈1小时通勤, 至所辖乡镇1小时基本覆盖: how far in time places are to be from each other, a goal of transport
  if (quantity.base === 'h' && TRAVEL_TIME_AFTER.test(after)) return { kind: 'target' };
  // (形成贯通烟台2个国家级开发区、4个全国百强县、辐射300多万人口的高速大通道: the places and people a route links, which describe
  // the route built, are no goals of their own)
  if (quantity.base === 'count' && ROUTE_REACH_BEFORE.test(before) && ROUTE_AFTER.test(after)) return { kind: null, reason: 'what a route built reaches' };
  // (省级再累加补贴三分之二: a share paid, written as a fraction straight after the payment's word, is money given)
  if (quantity.base === 'ratio' && PAYMENT_WORD_BEFORE.test(before) && sentence.slice(quantity.start, quantity.end).includes('分之')) return { kind: 'incentive' };
  // (劳动年龄人口平均受教育年限11.3年, 人均预期寿命达到80岁: the years of schooling or of life a goal sets)
  if (quantity.base === '年' && SCHOOLING_YEARS_BEFORE.test(before)) return { kind: 'target' };
  if (DURATION_BASES.has(quantity.base)) {
    // a capped support period is part of the incentive (贴息期限不超过3年); other durations are procedure
    const capped = comparatorOf(sentence, quantity) === '<=';
    // (给予不超过3年，每年最高800元/平方米房租补贴: the payment after it may give its rate and unit first)
    const ofSupport = /期限|期|年限/.test(clause) || /^[^。；]{0,20}(?:补贴|补助|奖励|资助|贴息)/.test(after);
    // 给予补贴，最长三年; 连续三年给予奖励; 补贴执行期限5年; 连续补助3年: how long the support runs
    // (给予3年全额用房租金补贴: the years a support is given for)
    // (补贴期限为自发电之日起一年: or counted from the event that starts it)
    // (not 西藏连续7年开展“冬游西藏”活动: years of a run of events, no support paid through them)
    const runs = (HOW_LONG.test(before) && !(RUN_OF_YEARS.test(before) && !PAID_THROUGH_RUN.test(after))) || SUPPORT_TERM.test(before)
      // (给予2年租金50%的补助, 可享受5年厂房租金减免政策: what is given for them may carry figures of its own)
      || (/(?:给予|享受)$/.test(before) && /^[^，。；]{0,12}?(?:补贴|补助|奖励|资助|贴息|奖补|减免)/.test(after))
      // (每年每亩补助50元，连补3年; 补助时间不超过3年; 最多奖补3年; 补贴2年发电量; …担保贷款4000元，贴息3年: the support, then how long it runs)
      // (补贴期3年, 补贴时限24个月: or the support's term, so named)
      || /(?:补贴|补助|奖补|资助|连补|发放|贴息)(?:时间|期限|时限|期)?(?:为|不超过|最多|最长)?$/.test(before)
      // (免除3年的租金: rent waived for them)
      || (/(?:免除|免收|减免)$/.test(before) && WAIVED_AFTER.test(after))
      // (三年内按50%的比例扶持企业发展, 从认定之年起3年内比照其区级财政贡献额…: the years a share is paid back for)
      || /^\s*内(?:按|给予|予以|比照|对其)[^，。；]{0,20}(?:扶持|补贴|补助|奖励|资助|奖补|增量|贡献)/.test(after)
      // (给予入驻团队最高2年免租优惠: the years of rent-free space given)
      || (/(?:给予|享受)[^，。；\d]{0,8}(?:最高|最长|最多|不超过)$/.test(before) && /^[^，。；\d]{0,2}(?:免租|免费使用|租金减免|房租减免)/.test(after));
    // (项目执行期不超过2年, 项目实施期原则上不超过1年: how long a funded project may run is procedure, not support)
    if (PROJECT_TERM.test(before)) return { kind: null, reason: 'time limit' };
    // (…给予最高2000万元资金支持。对于特别重大的项目，可连续支持三年: how long runs the support the sentence before gave)
    // (高层次人才、高管人才分别免 4 年、3 年房租: rent waived for each of them, a support of its own)
    const rentWaived = RENT_WAIVED_BEFORE.test(before) && RENT_WAIVED_AFTER.test(after);
    // (提供人才公寓，最长3年免费居住: the years a home is lent free, support though no money is named)
    const livesFree = runs && LIVES_FREE_AFTER.test(after);
    return (support && ((capped && ofSupport) || runs)) || rentWaived || livesFree || (afterPayment && HOW_LONG.test(before) && /支持|扶持|补贴|补助|奖励|资助/.test(before.slice(-6))) ? { kind: 'incentive' } : { kind: null, reason: 'time limit' };
  }
  // 企业退休人员基本养老金月人均提高140元, 住院报销限额…提高到10万元: a welfare benefit raised is money given to people
  // (提高城市低保标准。…；两县政府所在镇由330元提高到365元: or a standard the sentence names as a welfare one, raised for a group)
  if (quantity.base === 'CNY' && (WELFARE_PAID.test(clause) || (STANDARD_RAISED.test(clause) && WELFARE_STANDARD.test(sentence)))) return { kind: 'incentive' };
  // 减按15%的税率征收企业所得税, 研发费用加计扣除比例提高到100%: a tax relief's rate (not 享受企业户数增长78%, its uptake)
  // (享受西部大开发企业所得税按15%征收: a national tax preference a text says firms enjoy is none of its own)
  if (quantity.base === 'percent' && NATIONAL_TAX_ENJOYED.test(clause)) return { kind: null, reason: 'a national tax preference enjoyed' };
  if (quantity.base === 'percent' && TAX_RELIEF.test(clause) && !/(?:增长|增加)$/.test(before)) return { kind: 'incentive' };
  // 每年认定不超过20个示范工厂, 每年补贴竹林小镇不超过2个: how many a scheme picks each year, capped, is part of what it gives;
  // 每年可认定10家…, 每年遴选确定10项左右…: a number to pick is a goal
  // (技能工匠每年遴选20名，每人最高30万元资助: or a count of people chosen who are each paid, right after it)
  if (quantity.base === 'count' && CHOSEN_EACH_YEAR.test(clause)) return { kind: CAPPED_COUNT.test(clause) || EACH_PAID_AFTER.test(after) ? 'incentive' : 'target' };
  // (每年设立3个关键共性技术研发专项奖励: awards set up, counted, are what is given)
  if (quantity.base === 'count' && /设立$/.test(before.replace(/(?:每年度?|年度)/, '')) && AWARDS_COUNTED.test(after)) return { kind: 'incentive' };
  // (每年对…家庭、个人、住宅区和单位给予激励，限额分别为5000个、1000个、500个: how many a reward is given to, its quota, is part of it)
  if (quantity.base === 'count' && QUOTA_OF_REWARD.test(clauseBefore) && REWARD_GIVEN.test(sentence.slice(0, quantity.start))) return { kind: 'incentive' };
  // (分别给予200万元项目资金和1个省级美丽乡村示范创建村指标奖励, 奖励新增建设用地计划指标300亩: a quota granted is given, as money is)
  if ((quantity.base === 'count' || quantity.base === '亩') && QUOTA_GRANTED.test(clauseBefore) && (QUOTA_AFTER.test(after) || QUOTA_BEFORE.test(clauseBefore))) return { kind: 'incentive' };
  // (安排2亿元，支持500家左右科技型中小企业发展: a sum arranged, then what it supports in the clause after, is money given)
  if (quantity.base === 'CNY' && ARRANGED_ALONE.test(clauseBefore) && SPENT_ON_AFTER.test(after)) return { kind: 'incentive' };
  if (!support) return { kind: 'target' };
  // 全市人工智能产业规模突破1000亿元，…，人工智能产业基金规模突破50亿元: a scale to reach, in a clause of its own that gives nothing
  // (…分别达2300亿元、600亿元: each amount of the list after the verb; 分别突破600亿、800亿元: the unit said once)
  if (quantity.base === 'CNY' && !SUPPORT.test(clause) && !SET_ASIDE.test(clause) && OUTCOME_REACHED.test(clauseBefore.replace(/(?:分别|均)(?=达|超|突破)/, '').replace(/(?:[\d.]+[万亿]*元?[、和])+$/, ''))) return { kind: 'target' };
  // (…政策扶持…，力争用5年时间，…面积发展到100万亩，年产值15亿元: an output named right before its sum, in a clause that gives nothing)
  if (quantity.base === 'CNY' && !SUPPORT.test(clause) && !SET_ASIDE.test(clause) && OUTPUT_BEFORE_SUM.test(clauseBefore)) return { kind: 'target' };
  // 设立20亿元…基金，吸引社会资本100亿元，撬动民间投资500亿元: money a fund is to draw in is a goal, not money given
  if (quantity.base === 'CNY' && !SUPPORT.test(clause) && LEVERAGED.test(clauseBefore)) return { kind: 'target' };
  // 争取中央预算内资金5亿元, 累计为企业争取扶持资金…: money sought from others is a goal or a result, not money given
  // (争取省财政补助经费5000万元以上: funds named so too; 力争地方政府专项债券资金20亿元: or striven for, unless the place gives them itself)
  // (大力争取上级科技部门资金支持，确保超过6000万元、争取7000万元: or in the clause before one of bounds alone)
  if (quantity.base === 'CNY' && (FUNDS_SOUGHT.test(clauseBefore) || (BOUNDS_ALONE.test(clauseBefore) && FUNDS_SOUGHT.test(clauseBeforeBounds(before, clauseBefore))))) return { kind: 'target' };
  // 向上争取资金支持…，力争地方政府专项债券占全市份额10%以上，争取中央预算内投资1000万元: what a provision that gives nothing
  // strives to draw in is a goal, though the sentence speaks of support (bonds sought are no voucher given); not money it then
  // spends (力争发行200亿元地方政府专项债券，用于…建设)
  if ((quantity.base === 'CNY' || quantity.base === 'percent') && soughtAlone(sentence, quantity)) return { kind: 'target' };
  // …支持幼儿园提供托育服务，普惠托位占比提高到68%: a share to reach, in a clause of its own that gives nothing
  // (力争扶持创业实体370个，…，城镇登记失业率控制在4%以内: or a rate held within a bound)
  if (quantity.base === 'percent' && !SUPPORT.test(clause) && (SHARE_REACHED.test(clauseBefore) || RATE_HELD.test(clauseBefore))) return { kind: 'target' };
  // (通过政策扶持，…，并力争实现年产值200亿元的目标: a sum named as the goal it is, in a clause that gives nothing)
  if (quantity.base === 'CNY' && !SUPPORT.test(clause) && /^(?:以上|左右)?的(?:发展|预期|奋斗|总体)?目标/.test(after)) return { kind: 'target' };
  // 确保今年集成电路和生命健康产业营收同比增长20%以上，…基金认缴规模超2000亿元: a growth to reach, in a clause that gives nothing
  if (quantity.base === 'percent' && !SUPPORT.test(clause) && /(?:同比|年均)?(?:增长|增速(?:达到)?)(?:达到|超过)?$/.test(clauseBefore) && !/[对按]/.test(clauseBefore)) return { kind: 'target' };
  // …打造规模超3000亿元的投资基金集群；进出口总额达到1.1万亿元: a figure reached in a provision of its own that gives nothing
  if ((quantity.base === 'CNY' || quantity.base === 'percent') && REACH_VERB_END.test(clauseBefore) && !SUPPORT.test(provisionOf(sentence, quantity))) return { kind: 'target' };
  // 全力打造千亿级产业集群 beside the funds that support it: a scale class is one to reach, never money given
  if (quantity.base === 'CNY' && sentence[quantity.end - 1] === '级' && /^[^，。；\d]{0,6}?(?:产业集群|集群|产业|园区|基地|企业|城市|强县|强市)/.test(after)) return { kind: 'target' };
  if (quantity.base === 'CNY' || quantity.base === 'percent') return { kind: 'incentive' };
  // 按照市级奖励1:1配套: money matched to a higher level's in a ratio states no sum given (as a cost-sharing ratio does not)
  if (quantity.base === 'ratio' && /配套|匹配/.test(clause)) return { kind: null, reason: 'a matching ratio, no sum' };
  if (quantity.base === 'count' && AWARD_SELECTION.test(clause)) return { kind: 'incentive' };
  // 给予最高4000平米用房, 提供500平方米免费办公场地: space a measure gives
  // (给予最高1000万元安家补贴，或最高200平方米人才公寓: or a home offered instead of a sum given)
  if ((quantity.base === 'm2' || quantity.base === '亩') && (/(?:给予|提供|免费提供)(?:最高|不超过|最多)?$/.test(before) || (/(?:^|[，,])或(?:最高|不超过|最多)?$/.test(before) && /(?:给予|提供)[^。；]*$/.test(before)))
    && /^(?:以内)?的?(?:免费)?(?:用房|办公用房|办公场地|场地|用地|办公空间|房屋|人才公寓|公寓|人才住房|住房|周转房)/.test(after)) return { kind: 'incentive' };
  // (高层次创新创业人才，可免费居住120平方米左右周转房, 可选择入住200平方米人才住房: a home lent to a talent, by its size)
  if (quantity.base === 'm2' && /(?:免费|可|可以|选择)(?:居住|入住|租住)(?:最高|不超过|最多)?$/.test(before) && HOME_LENT_AFTER.test(after)) return { kind: 'incentive' };
  // (补贴面积原则上最高不超过500㎡: the floor space a rent support covers)
  if (quantity.base === 'm2' && /(?:补贴|补助|资助|奖励|减免)面积[^，。；\d]{0,10}$/.test(before)) return { kind: 'incentive' };
  // (按照总面积不超过企业办公人数10平米/人/年的标准给予补助: the standard a payment is figured by is its terms)
  if (/按照?[^，。；]*$/.test(before) && /^[^，。；]{0,8}?的?标准(?:给予|予以)(?:[^，。；]{0,6})?(?:补助|补贴|奖励|资助|支持)/.test(after)) return { kind: 'incentive' };
  return { kind: 'target' };
}

/** 总投入, 固定资产投资达: a clause opening on the size a receiver or its project has, up to the size. */
const SIZE_CONDITION_BEFORE = /^\s*(?:总投入|总投资|投资额|投资规模|固定资产投资|营业收入|主营业务收入|销售收入|年产值|产值|交易额)(?:达到?|在|超过)?$/;
/** 以上，每届补助最高…: the bound closing a size's clause, and a clause paying right after it. */
const SIZE_CONDITION_AFTER = /^(?:（含）)?(?:以上|及以上)[，,]\s*(?:每届|每个|每家|每年|每项|单个|一次性)?[^，。；\d]{0,6}?(?:补助|奖励|补贴|资助|给予|予以)/;
/** 免费居住, 免租: the use a home or a space is lent free for. Shared with the names, which name a term by it. */
export const USED_FREE = '免费居住|免费入住|免费使用|免租';
/** 免费居住, 免租: what a term lent free gives, right after it. */
const LIVES_FREE_AFTER = new RegExp(String.raw`^[^，。；\d]{0,4}(?:${USED_FREE})`);
/** 的租房和生活补贴: the support a term said with 为期 runs for. */
const TERM_OF_SUPPORT_AFTER = /^[^，。；\d]{0,2}的[^，。；\d]{0,12}(?:补贴|补助|奖励|资助|贴息|免租|减免)/;
/** 每人最高30万元资助, 每人6000元住房补贴: what each of a count of people is paid, in the clause right after the count. */
const EACH_PAID_AFTER = /^[^，。；\d]{0,24}[，,]\s*每(?:人|名|户|家)[^，。；\d]{0,6}\d/;
/** 限额分别为, 名额为: the quota of a reward, up to its figure. */
const QUOTA_OF_REWARD = /(?:限额|名额)(?:分别)?(?:为|是)?(?:[\d.]+[个名户家人]、)*$/;
/** 给予激励, 奖励: a reward given, before its quota. */
const REWARD_GIVEN = /给予|奖励|激励|补助|补贴/;
/** 给予, 奖励: a clause granting something to its receiver, up to a quota's figure (not 安排5个名额, how many a scheme supports). */
const QUOTA_GRANTED = /给予|奖励/;
/** 个省级示范村创建名额, 个…指标奖励: a quota named after its figure. */
const QUOTA_AFTER = /^[^，。；\d]{0,24}?(?:指标|名额)/;
/** 奖励新增建设用地计划指标: a quota named before its figure. */
const QUOTA_BEFORE = /(?:指标|名额)$/;

/**
 * 对年服务交易额超过2000万元的示范平台，每年给予…: a number between a clause-initial 对 and the
 * support verb describes who qualifies. So does "…超过500万元的，" closing a condition.
 */
/** （含）以上至8000元（不含）以下，补贴: the rest of a band of sums, then the payment for it. */
const BAND_OPENS_BEFORE_PAYMENT = /^(?:[（(]含[)）])?以上(?:至|到)[\d.]+[万亿]?元?(?:[（(]不?含[)）])?以下[，,：:]?\s*(?:补贴|奖励|补助|奖补|资助|给予)/;
/** （不含）以下，补贴: a band's upper end, then the payment for it. */
const BAND_CLOSES_BEFORE_PAYMENT = /^(?:[（(]不?含[)）])?以下[，,：:]?\s*(?:补贴|奖励|补助|奖补|资助|给予)/;
/** 以上3亿元（含）以下工业项目，由…给予: the rest of a band of size, the projects or firms in it, then what they are paid. */
const SIZE_BAND_PAID = /^(?:[（(]含[)）])?及?(?:以上|以下)(?:\d+(?:\.\d+)?[万亿]?元(?:[（(]含[)）])?及?(?:以上|以下))?[^，。；\d]{0,8}?(?:企业|项目|单位)[，,][^。；]*?(?:给予|奖励|补助|奖补|补贴)/;

/**
 * 对/凡 opening a clause, or an article or item after its number (第二条 对年产值首次突破10亿元的…, 第一条 鼓励展览举办 对展览面积…, its title between, run together once spaces are dropped; （一）规模会议 对…: an item's too), straight after a document's number
 * in brackets, or after who will pay (园区将对…): where a provision's condition begins.
 */
const CONDITION_OPENER = new RegExp(String.raw`(?:^\s*(?:第[一二三四五六七八九十百\d]+条(?:[\u4e00-\u9fa5]{2,10}?(?=对))?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、])?\s*|[，；。：]|[）)](?=对)|[（(][一二三四五六七八九十\d]{1,2}[)）][\u4e00-\u9fa5]{2,8}?(?=对)|(?:^|[，；。：])[\u4e00-\u9fa5]{1,6}(?:将|拟)(?=对))(?:其中|同时|此外)?(?:对于?|凡|针对(?=[^，。；]{0,12}(?:不低于|不少于)))${NOT_OUTWARD}`, 'g');

/** 大型养殖场指, 养殖专业村是指: a term, and 指 that opens its definition (not 指导, 指标, 指出…). */
const DEFINITION_OPENS = /(?:^|[，,。；;：:.])\s*[^，,。；;：:.\d]{2,16}?(?:是)?指(?![导标南数引挥定出令示向明])/g;
/** 达到, 超过, 在…以上: the reach of a size a definition sets. */
const SIZE_REACHED = /(?:达到|达|超过|在|不少于|不低于)/;

/** Whether a figure is a size a term's definition sets: after 指, in a clause the definition runs on in, a size reached. */
function definesTerm(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(0, quantity.start);
  if (!before.includes('指')) return false;
  const opened = Math.max(-1, ...matchesOf(DEFINITION_OPENS, before).map((m) => m.index + m[0].length));
  if (opened < 0 || /[。；;]|\.(?!\d)/.test(before.slice(opened))) return false;
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), opened) + 1);
  return SIZE_REACHED.test(clause);
}

/** 总投资额超过, 年产值达到: a clause opening on a measure that passes a size (the measure alone, no verb of the text's own before it). */
const SIZE_PAST_BEFORE = /^\s*[\u4e00-\u9fa5]{2,8}(?:超过|达到|突破|在)$/;
/** 的特别重大的项目实行…, 以上的企业享受…: the projects or firms of that size, and the way they are handled. */
const HANDLED_AFTER = /^(?:(?:及)?以上)?的[^，。；\d]{0,16}?(?:项目|企业)(?:实行|实施|采取|适用|享受|一事一议|一企一策)/;

/** 新发放创业担保贷款不低于, 提供岗位不少于: an action the text takes, then the least it does, after a 对 naming whom for. */
const DONE_AT_LEAST = /(?:发放|提供|开展|培训|投放|安排|落实|帮扶|救助|慰问|资助)[^，。；的]{0,12}(?:不低于|不少于|超过|达到)$/;

/** 、50亿元的企业, 的规上工业企业: the firms or projects a first crossing of a size (and of the sizes listed after it) picks out. */
const FIRST_CROSSED_BY = /^(?:[、和][\d.]+[万亿]?元)*的[^，。；]{0,16}?(?:项目|企业)/;
/** 每吨, 每平方米, 每千瓦时: each unit of what is measured, right before the money paid for it. */
const PER_MEASURE_BEFORE = /每(?:吨|亩|平方米|立方米|千瓦时|度|千瓦|公里|标箱|人次?|户)$/;
/** 给予累计最高, 予以不超过: the cap of money given, right before its figure. */
const GIVEN_UP_TO = /(?:给予|予以)[^，。；\d]{0,6}(?:最高|不超过|最多)$/;

/** 以上、…的企业(不含…)，按…奖励: a floor, more conditions after 、, the firms meeting them, then how they are paid. */
const CONDITION_LISTED_THEN_PAID = /^(?:及)?以上(?:[（(][^（()）]{0,12}[)）])?、[^。；]{0,80}?的(?:企业|项目|单位)?(?:[（(][^（()）]{0,16}[)）])?[，,](?:按|给予|予以)[^。；]{0,40}?(?:奖励|补助|补贴|奖补)/;

/** （含30亿元）, (不含): the note on which end of a band is in, right after its figure. */
const END_NOTE_FIRST = /^[（(]\s*不?含[^（()）]{0,12}[)）]/;

/** 年销售额新达到…, 总营业面积达到: a size reached, in the clause up to a figure. */
const REACHED_BEFORE = /(?:达到|突破|超过)[^，。；]*$/;
/** …，且纳入统计范畴的法人单位，分别给予, …，且当年同比增长15%以上的，每年给予: a condition closing on 的, then the payment. */
const JOINED_CONDITION_PAYMENT = /[，,]\s*且[^。；]*?的[^。；]{0,24}?(?:给予|奖励|补助|奖补)/;

/** Whether the rest of a sentence after a size reached closes a condition on 的 before its payment, past parts alike joined by ；. */
function reachedBeforePayment(rest: string): boolean {
  const parts = rest.split('。', 1)[0].split('；');
  return JOINED_CONDITION_PAYMENT.test(parts[parts.length - 1]) && parts.slice(1).every((part) => /(?:达到|突破|超过)\s*[\d.]/.test(part));
}

/** Whether a clause ends on the quantity's unit, or, in money, its last figure is in that unit: 安排8697万元支持新农村建设. */
function sameUnitEnds(text: string, quantity: Quantity): boolean {
  if (text.endsWith(quantity.unit)) return true;
  const own = lastClause(text);
  const at = own.lastIndexOf(quantity.unit);
  return CURRENCIES.has(quantity.base) && at > 0 && /\d/.test(own[at - 1]) && !/\d/.test(own.slice(at + quantity.unit.length));
}

function isThreshold(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(0, quantity.start);
  // (市本级和各县（市、区）要分别设立不少于2000万元的产业发展资金: the least a fund is set up with is no one's condition)
  if (quantity.base === 'CNY' && /(?:设立|安排|设置|成立|组建)(?:不少于|不低于)$/.test(before) && FUND_NAMED_AFTER.test(sentence.slice(quantity.end))) return false;
  // (给予实际投入20%的补助，最高不超过100万元的基础上，…再追加: the cap of a payment another pays on top of is no condition)
  if (/(?:最高|不超过|最多)$/.test(before) && /^的?基础上/.test(sentence.slice(quantity.end))) return false;
  // 年主营业务收入首次突破1000亿元企业，一次性给予…奖励: the size that earns the payment after it, 的 left out
  if (quantity.base === 'CNY' && /(?:突破|达到|超过|首次)$/.test(before) && /^(?:以上)?[^，。；\d]{0,6}?(?:企业|项目|单位)[，,][^。；]*(?:给予|奖励|补助|奖补)/.test(sentence.slice(quantity.end))) return true;
  // (按日加氢能力固定式加氢站200公斤~500公斤、500公斤-1000公斤、1000公斤以上，…分别给予50~600万元补贴: sizes of a measure a payment is
  // reckoned by, banded, are its tiers)
  if (!CURRENCIES.has(quantity.base) && quantity.base !== 'percent' && /按[^，。；]{1,60}$/.test(lastClause(before)) && /^\s*(?:[~～—–\-至、]|以上|以下|及以上)/.test(sentence.slice(quantity.end)) && /(?:分别|依梯度|分档)?给予[^。；]{0,16}(?:补贴|奖励|补助|奖补)/.test(sentence.slice(quantity.end))) return true;
  // (轻型氢燃料电池车辆（总质量小于4.5吨）: a size in brackets that says which class a thing is in)
  if (!CURRENCIES.has(quantity.base) && quantity.base !== 'percent' && /^[^（()），。；]{0,12}[)）]/.test(sentence.slice(quantity.end)) && /[（(](?:总质量|质量|重量|载重量?|排量|功率|车长|长度|座位数?|容量|吨位)[^（()）]{0,4}?(?:小于|大于|低于|高于|不足|不超过|不低于|超过)$/.test(before.slice(-16))) return true;
  // (当年全港箱量增幅达3%（含以上）时奖励3100万元: the level reached when a payment is made, a condition)
  if (/^\s*(?:[（(][^（()）]{0,6}[)）])?\s*(?:及以上|以上)?\s*时[，,]?\s*(?:一次性)?(?:给予|予以|奖励|补贴|补助|奖补)/.test(sentence.slice(quantity.end)) && /(?:达到|达|超过|突破)$/.test(before.slice(-2))) return true;
  // (年度营业收入达到10亿元以后，每跨越一个10亿元台阶…给予: the size after which a payment is counted, a condition)
  if (/(?:达到|突破|超过)$/.test(before) && /^(?:以后|之后|后)[，,]/.test(sentence.slice(quantity.end, quantity.end + 3))) return true;
  // 实际固定资产投资1亿元以上3亿元（含）以下工业项目，由产业基金给予…补助: a band of size a payment after it is for
  if (CURRENCIES.has(quantity.base) && SIZE_BAND_PAID.test(sentence.slice(quantity.end))) return true;
  // (1000万元以下至500万元、500万元以下至100万元、…10万元以下等新增…贷款，…分别按…给予贴息: bands counted down, their ends
  // each written 以下至, listed for the payments after them)
  if (CURRENCIES.has(quantity.base) && (/^以下至[\d.]+[万亿]?元?/.test(sentence.slice(quantity.end)) || (/以下至$/.test(before) && /^[、，,]/.test(sentence.slice(quantity.end))) || (/以下至[\d.]+[万亿]?元、$/.test(before) && /^以下(?:等|[、，,])/.test(sentence.slice(quantity.end))))) return true;
  // (3000元（含）以上至8000元（不含）以下，补贴300元: the ends of a band a payment right after it is for)
  if (CURRENCIES.has(quantity.base) && (BAND_OPENS_BEFORE_PAYMENT.test(sentence.slice(quantity.end)) || (/以上(?:至|到)$/.test(before) && BAND_CLOSES_BEFORE_PAYMENT.test(sentence.slice(quantity.end))))) return true;
  // (项目总投资需在1000万元（含）以上且贷款需求不低于500万元: or must reach, by the clause's own words; not past a note that
  // closes on the condition, 旅游专列每列次（游客须在600人以上）奖励组团社3万元)
  const clauseBefore = lastClause(before);
  if (/(?<!必)(?:需|须)(?:在|达到|达)[^，。；]*$/.test(clauseBefore) && !/(?:需|须)(?:在|达到|达)[^，。；（(]*[）)][^，。；（()）]*$/.test(clauseBefore)) return true;
  // (第二年起仍申请补助的企业，要求其上年度…综合贡献不少于100万元: what an applicant is required to have given)
  if (/要求(?:其|企业|申请人|申请企业)[^，。；]{0,24}(?:不少于|不低于|达到|超过)$/.test(before)) return true;
  // (给予组织旅游团…的旅行社适当奖励，要求每团15人以上，…游览5A级景区1家以上: what a payment given before requires, in the clauses after 要求)
  const required = before.lastIndexOf('要求');
  if (required > 0 && !/[。；]/.test(before.slice(required)) && GIVES.test(before.slice(0, required)) && (/^\s*(?:以上|及以上|以下)/.test(sentence.slice(quantity.end)) || /(?:不少于|不低于|不超过|达到|超过)$/.test(before))) return true;
  // 新入区的工业项目…年产值一般不低于300万元/亩: what an entrant is generally required to reach, no goal
  // (单个项目支持额度原则上不低于1000万元: not the floor of the support itself)
  if (/(?:一般|原则上)(?:应)?(?:不低于|不少于|不得低于)$/.test(before) && !/(?:支持|补助|资助|奖励|补贴)(?:额度|强度|金额|资金)[^，。；\d]{0,8}$/.test(before)) return true;
  // (…等现代服务业企业，在统年度营业收入首次突破30亿元、50亿元的企业: the sizes firms cross for the first time are conditions, whatever
  // opens the provision)
  // (对年产值首次突破10亿元、20亿元、50亿元的规模以上工业企业；: each size of a list of them)
  if (CURRENCIES.has(quantity.base) && /首次(?:突破|超过|达到)$/.test(before.replace(/(?:[\d.]+[万亿]?元、)+$/, '')) && FIRST_CROSSED_BY.test(sentence.slice(quantity.end))) return true;
  // (年销售额新达到批发业2000万元、零售业500万元，且纳入统计范畴的法人单位，分别给予2万元奖励; 限上批发企业年销售额达到2亿元、
  // 5亿元；限上零售企业…达到0.5亿元、1亿元，且当年同比增长15%以上的，每年给予…: sizes reached, with no 对, in a condition that closes on
  // 的 before the payment, across parts alike joined by ；)
  if (REACHED_BEFORE.test(lastClause(before)) && reachedBeforePayment(sentence.slice(quantity.end))) return true;
  let lastOpen = -1;
  for (const m of matchesOf(CONDITION_OPENER, before)) lastOpen = m.index + m[0].length;
  // (…；对重特大产业项目，积极争取…指标；在财税方面，…设立1亿元…: a 对 in an earlier provision opens no condition here)
  // (对…的项目实行优先供地，市区重点保障…用地，每年为每个园区提供1000亩…: nor one whose clause found its own verb before this one)
  if (lastOpen >= 0 && !before.includes('；', lastOpen) && !OWN_PREDICATE.test(before.slice(lastOpen))) {
    const between = before.slice(lastOpen);
    // (对于…投资总额在30亿元（含30亿元）以上，且…的工业项目: which end of the band is in says nothing of what it qualifies)
    const rest = sentence.slice(quantity.end).replace(END_NOTE_FIRST, '');
    const verbAt = rest.search(SUPPORT_VERB);
    // a condition qualifies its subject (…超过2000万元的平台); 对395万亩高标准农田建设项目给予支持 is the support itself
    // (增速高于20%、25%、30%: every item of a list after its comparison)
    const ahead = between.replace(/(?:[\d.]+[%％万亿元个家]*、)+$/, '').slice(-8);
    const qualifies = /的/.test(rest.slice(0, verbAt)) || /(?:超过?|以上|达到|首次|突破|大于|高于|不低于|不少于|满|累计)/.test(ahead + rest.slice(0, 4));
    // (对合伙创业项目发放最高20万元的贷款: a cap right before the amount makes it the money given)
    // (…的，连续三年分档给予100-200万元奖励: how long the payment runs, right before it, is no condition)
    const lasting = /连续$/.test(between) && /^(?:年|个月)$/.test(quantity.unit) && verbAt <= 4;
    // (…技术改造项目，最高可获300万元的设备购置补贴: or one the receiver may get; …的重点企业，可享受40%的房租补贴: capped or not)
    // (对10类重点就业群体新发放创业担保贷款不低于80亿元: what is done for those the 对 names, at least so much, is a goal)
    const done = DONE_AT_LEAST.test(between);
    // (对产品被定为“国礼”的企业进行1万-5万元的奖励: the amount of a payment 进行 makes, straight before what it is)
    const madeAs = /(?:进行|实行)$/.test(between) && /^的?(?:一次性)?(?:奖励|补助|补贴|资助|奖补|扶持)/.test(rest);
    // (…稳定经营6个月以上的，可一次性申请每人5000元的创业补贴: or one the receiver may apply for, per head)
    if (!SUPPORT_VERB.test(between) && !/(?:(?:最高|不超过|最多)(?:可获得?|可享受?|可达)?|[，,](?:均|还|另)?可(?:一次性)?(?:享受|获得?|得|申请|申领)(?:一次性)?(?:每人|每户|每家|每个)?)$/.test(between) && verbAt >= 0 && qualifies && !lasting && !done && !madeAs) return true;
    // 对投资10亿元以上且…的锂电重大产业项目，由…跟踪推进: the projects a measure reaches, by their size, with nothing paid
    // (对投资总额达到5亿元且当年完成固定投资1.5亿元以上，…的大型旅游度假项目；: or sizes joined by 且, a further condition between)
    if (verbAt < 0 && !SUPPORT_VERB.test(between) && (/^(?:(?:及)?以上|以下)[^。；]{0,30}?的[^，。；]{0,16}?(?:项目|企业)/.test(rest)
      || (/(?:达到|超过|突破|在)$/.test(between) && /^且[^。；]{0,48}?的[^，。；]{0,16}?(?:项目|企业)/.test(rest)))) return true;
  }
  const after = sentence.slice(quantity.end, quantity.end + 16);
  // (新增产值5000万元至1亿元(不含)奖励5万元、…2亿元及以上奖励20万元: a band or a floor straight before the payment it earns, 的 left out)
  // (新投产企业年产值超10亿元奖励300万元: or a size crossed)
  // (3亿元至10亿元(不含10亿元,下同)奖励10万元: a band read as one figure, its note aside, straight before the payment it earns)
  if (quantity.base === 'CNY' && /^(?:[（(][^（()）]{0,16}[）)])?(?:及以上|以上|以下)?(?:一次性)?(?:奖励|补助|补贴|奖补)\d/.test(after) && (/[至到—-]\s*$|新增[^，。；、\d]{0,6}$|(?:超过?|突破|达到?)$/.test(before) || quantity.valueMax !== null)) return true;
  // (完成入统投资0.2-0.6亿元（不含）的给予…奖励: a band running straight into the payment it earns)
  // (展览面积10000-60000平方米（不含60000平方米）的，每届给予…: its end note naming the figure)
  if (/^[^，。；]{0,8}的(?:[，；]|(?:一次性)?(?:给予|予以))/.test(sentence.slice(quantity.end, quantity.end + 40).replace(END_NOTE_FIRST, ''))) return true;
  // (年产值5亿元以上、产值比2018年度增长10%以上(…)、…不低于2018年度水平的企业(不含新投产企业)，按…每1000万元奖励2万元: each of a
  // list of conditions joined by 、, the firms meeting them paid after it)
  if (CONDITION_LISTED_THEN_PAID.test(sentence.slice(quantity.end, quantity.end + 160))) return true;
  // the rules below need a payment after the number; most numbers have none (a regex from an offset, no copy)
  PAYMENT_AFTER.lastIndex = quantity.end;
  if (PAYMENT_AFTER.test(sentence) && conditionOfPayment(sentence, quantity, before)) return true;
  // 合同外资超过2000万美元（含）且实际到位10%以上的，按…给予: a clause closing on 的 that the payment follows
  // (融资实际发生额10亿元及以上、5亿元及以上至10亿元以下…的分别给予…: bands listed, each paid its own amount)
  // (…60万元、40万元奖励（对当年同时获评四星、五星的，按…: a note in brackets after the payment sets no condition on it)
  // (年营业收入达到3000万元、5000万元、1亿元时，分别给予…: or on 时, when the size is reached)
  if (/^[^，。；（(]{0,24}(?:的|时)[，,](?:按|给予|予以|奖励|补助|补贴|一次性|再)/.test(sentence.slice(quantity.end, quantity.end + 32))
    || /^(?:及)?(?:以上|以下)?(?:至[\d.]+[万亿]?元以下)?(?:、[\d.]+[万亿]?元(?:及)?(?:以上|以下)?(?:至[\d.]+[万亿]?元以下)?)*(?:的|时)[，,]?分别(?:给予|予以|奖励|补助|补贴)/.test(sentence.slice(quantity.end, quantity.end + 80))) return true;
  // 营业收入15亿元以上，增速10%以上的，按…奖励: the first of two bounds that together admit the payment
  // (营业收入10亿元—15亿元，增速15%以上的: a band needs no 以上)
  if (/^(?:以上|以下|以内)?[，,][^，。；]{1,20}(?:以上|以下|以内)的[，,](?:按|给予|予以|奖励|补助|补贴|一次性|再)/.test(sentence.slice(quantity.end, quantity.end + 40))
    && (quantity.valueMax !== null || /^(?:以上|以下|以内)/.test(sentence.slice(quantity.end)))) return true;
  // 设备投资额（扣税后不低于500万元）的20%: a floor set in a bracket (not …1.25万亿元（其中，医药工业营业收入达到2400亿元）, a part of the whole)
  const open = sentence.lastIndexOf('（', quantity.start);
  if (open >= 0 && sentence.indexOf('）', open) >= quantity.end && !sentence.slice(open, quantity.start).includes('）') && !/^（\s*其中/.test(sentence.slice(open, open + 4))
    && /(?:不低于|不少于|不小于|达到|满)$/.test(sentence.slice(open, quantity.start))) return true;
  // 年费用在1万元以内（含1万元）的全额予以补助: the band a payment applies to
  // (对用电设备容量在160千瓦及以下的中小企业…: or its top, 及以下)
  if (/(?:在|[（(]含|在[\d.]+[万亿]?元?(?:到|至|[—–-]))$/.test(before) && /^(?:以内|以下|以上|及以上|及以下|[—–-][^，。；]{1,8})?(?:[（(][^）)]{0,12}[）)])?的/.test(after)) return true;
  if (/[（(]含$/.test(before) && /^[）)]的/.test(after)) return true;
  // 投资额5亿元以上的制造类、文旅康养…等项目, 投资额1亿（含1亿）至5亿元（含5亿）内的…项目, 1500万美元（含）以上的…外资重大项目: the projects a band of size admits
  if (CURRENCIES.has(quantity.base) && SIZE_BAND.test(sentence.slice(quantity.end, quantity.end + 100))) return true;
  // 存储超过1万人人脸信息的使用者，应当…: a regulation's scope, not a goal
  return /^[^，。；]{0,8}的/.test(after) && /应当|不得/.test(sentence) && /(超过|达到|不低于|不少于|满)$/.test(before);
}

/** …以上的…项目, （含1亿）至5亿元（含5亿）内的…企业, 2亿元及以上且…的…项目, 5亿元及以上，以及…的…项目: a size band and the projects or firms in it. */
const SIZE_BAND = /^[)）]?(?:[（(][^）)]{0,8}[)）])?(?:(?:至|到|[—–-])[^，。；]{1,12}?)?(?:及)?(?:以上|以下|以内|内)(?:[（(][^）)]{0,8}[)）])?(?:[，,]?以及[^。；]{0,60}?|且[^，。；]{0,40}?)?的[^，。；]{0,60}?(?:项目|企业|单位|主体)/;
/** 每个项目区集中连片面积不少于, 每个项目县不得少于: the least each site or place of a programme must have. */
const EACH_SITE_AT_LEAST = /^\s*每个(?:项目|项目区|项目县|项目乡镇|项目村|示范区|示范点|示范片|基地|园区)[^，。；\d]{0,16}?(?:不少于|不低于|不得少于|不得低于|不小于|原则上不少于|应达到|须达到|要达到)$/;
/** 项目投资强度不低于, 亩均税收贡献不低于, 建设周期原则上不超过, 约定每年达到, 总投资须达到, 按税收贡献率…和投资强度…进行供地: a standard set for the projects admitted. */
const PROJECT_STANDARD = /(?:项目|企业|用地)[^，。；]{0,8}?(?:投资强度|亩均(?:税收|产出|投资|产值)?|税收贡献|容积率|建设周期)[^，。；]{0,8}?(?:不低于|不少于|不超过|不高于|原则上)|(?:按照?|和|及|、)(?:投资强度|亩均(?:税收|产出|投资|产值)|税收贡献率?)$|约定[^，。；]{0,8}?(?:每年|年均)?达到|(?<!应)(?:须|必须)达到$/;
/** 租赁价格为, 最低价标准, 出让价, …时拨付…的, 后拨付, 支付比例分别为: what is charged, or when a sum is paid out (not 不含财政拨付的资金, a sum left out, nor 最高补贴单价, a rate paid). */
const PRICE_OR_SCHEDULE = /(?:租赁|租金|出让|挂牌|销售)?(?<!(?:补贴|补助|奖补|资助)单?)价格?(?:标准)?为?[（(]?$|最低价(?:标准)?[（(]?$|(?:时|后)拨付[^，。；()（）]{0,12}的$|后?拨付(?:剩余的)?$|支付比例(?:分别)?为$/;
/** 左右的工业经济发展专项资金: the fund a sum paid in makes, after the sum. */
const FUND_PAID_IN = /^(?:左右|以上)?的?[^，。；\d]{0,16}(?:专项资金|资金|经费)(?:[，。；]|$)/;
/** 房租, 租金: the costs of space a measure may waive. */
export const WAIVED_COST = '(?:房租|租金|场地费|物业费)';
/** 4 年、3 年: years listed, as a text waiving costs for each writes them. */
export const YEARS_LISTED = String.raw`[\d一二三四五六七八九十]+\s*年(?:\s*、\s*[\d一二三四五六七八九十]+\s*年)*`;
/** 分别免 4 年、: rent waived, for a list of years. */
const RENT_WAIVED_BEFORE = new RegExp(String.raw`免\s*(?:${YEARS_LISTED}\s*、\s*)?$`);
/** 、3 年房租: the years after, then the rent waived for them. */
const RENT_WAIVED_AFTER = new RegExp(String.raw`^\s*(?:、\s*${YEARS_LISTED})?\s*的?${WAIVED_COST}`);
/** 的租金: the cost waived, right after its years. */
const WAIVED_AFTER = new RegExp(`^的?${WAIVED_COST}`);
/** Words of a payment: 给予, 奖励, 补贴…. */
const PAYMENT = '给予|予以|奖励|补助|补贴|奖补';
/** Payment words, looked for from a number on. */
const PAYMENT_AFTER = new RegExp(PAYMENT, 'g');
/** ，给予50万元奖励 / ，再奖励…: the next clause pays an amount. */
const PAYMENT_CLAUSE = new RegExp(String.raw`^[，,](?:一次性|再|分别)?(?:${PAYMENT})[^。；]{0,12}?\d`);
/**
 * ，继续给予100%房租补贴 / ，最高给予500万元奖励 / ，按固投的10%奖励，最高…: a payment clause opening on how much or how
 * long, which pays for the clause before only when that clause compares a figure with a bound (…超过2亿元，最高给予…; not
 * 连续贴息2年，最高补贴500万元, the payment's own terms).
 */
const PAYMENT_CLAUSE_QUALIFIED = new RegExp(String.raw`^[，,](?:(?:继续|最高|另行|均可|可|将)+|按[^，。；\d]{1,12}?[\d.]+%)(?:一次性|再|分别)?(?:${PAYMENT})[^。；]{0,12}?\d`);
/** A figure compared with a bound in its own clause: 超过2亿元, 不低于100万元, 2亿元以上. */
const COMPARED = /(?:超过?|达到|突破|不低于|不少于|高于|大于)$|^(?:[（(]含[^）)]{0,8}[）)])?(?:及)?以上/;
/** …的制造业项目，奖励标准为…: a payment soon after a condition. */
const PAYMENT_SOON = new RegExp(String.raw`^[^。]{0,30}?(?:${PAYMENT})`);

/** 的算力券，, 的专项资金，: a sum's 的 closing on the vouchers or the fund it is issued as, no condition of a payment. */
const ISSUED_AS = /^[^，。；\d]{0,2}的(?:“[^”]{1,6}”|[\u4e00-\u9fa5]{0,6}?)(?:券|专项资金|资金池|基金)[，；：]/;

/**
 * A number in a clause that qualifies for a payment the sentence goes on to give: 首期完成投资额1亿元~5亿元（含5亿元）
 * 且…的制造业项目，奖励标准为…; 年度营收达到100亿元后，再给予…; 亿元以上工业企业连续3年增长20%以上，给予50万元奖励.
 */
function conditionOfPayment(sentence: string, quantity: Quantity, before: string): boolean {
  const clauseBefore = lastClause(before);
  const rest = sentence.slice(quantity.end);
  const clauseRest = /^[^，。；]*/.exec(rest)?.[0] ?? '';
  const ownClause = clauseBefore + clauseRest;
  // 亿元以上工业企业连续3年增长20%以上，给予50万元奖励; 且该产品年销售额首次达到2000万元，给予…: what earns the payment the next clause gives
  // (按照不超过投资额的30%，给予… and 最高不超过指导价的50%，给予… are its terms)
  const next = rest.slice(clauseRest.length);
  if ((PAYMENT_CLAUSE.test(next) || (PAYMENT_CLAUSE_QUALIFIED.test(next) && (COMPARED.test(clauseBefore) || COMPARED.test(clauseRest)))) && !SUPPORT_VERB.test(ownClause) && !/最高|不超过|不高于/.test(ownClause) && !AHEAD.test(before + clauseRest) && !AWARD_SELECTION.test(ownClause)) return true;
  // a clause naming who qualifies, or when, before the reward the sentence goes on to give
  // (每年评选不超过10个…的优秀专用模型，给予…: how many are chosen is part of the reward)
  // (①当年实际应税销售收入5000万元-1亿元，且增幅50%（含）以上的企业，奖励10万元: or with a further condition joined by 且)
  // (新引进投资总额在20亿元（含20亿元）以上，且按合同约定期建设投产的工业项目：奖励…: a floor, then the condition it joins)
  const condition = /^(?:(?:及)?以上[，,](?=\s*(?:且|并且|同时)))?(?:[，,]\s*(?:且|并且|同时))?[^，。；]*?(?:的[\u4e00-\u9fa5]{0,10}|后)[，；：]/.exec(rest.replace(END_NOTE_FIRST, ''));
  // (按照实际支付算力费用不超过20%的比例，给予…: the rate the payment is figured at is its terms)
  // (设立2亿元的轨道交通产业专项资金，对…给予专项扶持: nor is the fund set up that pays it)
  // (每年总额不超过1000万元的算力券，用于…: nor the vouchers or funds a sum is issued as)
  return condition !== null && !GIVES.test(clauseBefore) && !/(?:设立|安排|筹集|设置|成立|组建)了?(?:总?规模为?)?$/.test(clauseBefore) && !ISSUED_AS.test(condition[0]) && !GIVES.test(condition[0]) && !/^[^，。；]{0,4}的(?:比例|标准)[，；：]/.test(condition[0])
    // (每个名额最高300万元的人才扶持，并对…: the support the sum sizes, closing its clause, is no condition)
    && !/的[\u4e00-\u9fa5]{0,4}(?:扶持|支持|补贴|补助|奖励|资助|奖补)(?:资金)?[，；：]$/.test(condition[0]) && !AWARD_SELECTION.test(clauseBefore) && PAYMENT_SOON.test(rest.slice(condition[0].length));
}

/**
 * 打造石化及精细化工、新材料2个千亿级产业集群: the items a list names right before their count, when there are
 * as many as it counts; null otherwise. Each is to reach the scale after the count.
 */
export function namedAndCounted(before: string): string[] | null {
  // (asked of every amount and count: most end on nothing counted by 个, and need no search back)
  // (新材料、大健康、数字经济三大千亿级产业: or by 大)
  if (!/[个大][超近过]?$/.test(before)) return null;
  const m = /([^，。；：\d]{2,60}?)([\d]|[两二三四五六七八九十])[个大](?:超|近|过)?$/.exec(before);
  if (!m) return null;
  // (浦东将推动集成电路、…: who will do it, and the push, open no item)
  const items = m[1].replace(/^(?:[^、，]{1,8}?(?:将|要))?(?:全力|加快|着力|重点|积极)*(?:推动|推进|打造|培育|建设|发展|形成|壮大|做强)+/, '').split('、');
  const count = numeralValue(m[2]);
  // (金融、…、健康服务等5个五千亿级服务产业: a list closed by 等 stands for its kind, counted as a whole)
  return items.length >= 2 && items.length === count && !/等$/.test(m[1]) && items.every((item) => item.length >= 1 && item.length <= 12) ? items : null;
}

/** 10号线, 3号楼, S3线, G318: a number that is part of a name, not a count. */
const NUMBER_IN_NAME = /\d+号|[A-Z]+\d+/g;

/**
 * 基础设施层、系统平台层、应用层3个产业链层级; 原材料、消费品、装备等万亿级产业3个: a count that
 * only says how many items the list before it names is no quantity to reach.
 */
function countsItsList(sentence: string, quantity: Quantity): boolean {
  // (新机制、新靶点创新药2—4个: a range counts no list)
  if (quantity.valueMax !== null) return false;
  const before = sentence.slice(0, quantity.start);
  // the counted noun may stand between the list and its count: …装备等万亿级产业3个
  // (5、完成补贴性职业技能培训2万人次: an item's number and its 、 open no list)
  const list = before.slice(clauseStart(sentence, quantity)).replace(/^\s*\d{1,2}[、.．]\s*/, '').replace(/等[^、，。；\d]{0,10}$/, '');
  if (/、$/.test(list)) return false;
  // 在…出口、…十字、…引道新建3处口袋公园: places where the count is built, not the items it counts
  if (/(?:新建|建成|建设|改造|打造|新增)$/.test(list)) return false;
  // (…及轨道交通资阳线（S3线）: a bracketed note adds nothing to an item's length)
  const items = list.replace(/[（(][^（()）]*[）)]/g, '').split('、');
  // (续建地铁10号线三期、13号线一期…及轨道交通资阳线（S3线）等9个项目: numbers that are part of a name, a line's or a road's,
  // are no counts of the items)
  if (items.length < 2 || items.slice(1).some((item) => item.length > 16 || /\d/.test(item.replace(NUMBER_IN_NAME, '')))) return false;
  // ((12)建成体育惠民工程15个、乡镇健身中心2处: a list whose first item has its own count lists counted things, each with its count)
  if (/\d\s*[个家座处项所条名台套栋间户]$/.test(items[0])) return false;
  // 建成通车郑南、焦平、周平3条高速公路: named works to build, and how many, are a goal
  // (新增黄石、十堰、荆门、孝感4个…城市: so are the places to be added, after the item's number too; 改扩建马冲、孟桥川、冯营3座水厂: and
  // named works to rebuild)
  if (/^(?:[（(]\d{1,2}[)）])?\s*(?:力争|争取|确保|努力)?(?:建成通车|建成|新建|开工建设|开工|竣工|通车|开通|新增|改扩建|扩建|改造)/.test(items[0])) return false;
  // (建设呼和浩特市、鄂尔多斯市2个低空经济示范区, 打造包头低空制造、…3个集聚区: or the named places to build or make into areas, bases
  // or centres; not 打造电子信息、新材料…4个先进制造业集群, industries designated)
  if (/^(?:[（(]\d{1,2}[)）])?\s*(?:力争|争取|确保|努力)?(?:建设|打造|培育|创建)/.test(items[0]) && /^[个家座处]?[^，。；、]{0,10}?(?:区|基地|中心|园|新城)(?=[，。；、]|$)/.test(sentence.slice(quantity.end))) return false;
  // (国家AAAAA级景区、国家级旅游度假区2家（含）以上: a list no count can only name is counted at least so many)
  if (/^\s*(?:[（(]含[）)])?(?:及)?以上/.test(sentence.slice(quantity.end)) || /(?:不少于|不低于|至少|超过)$/.test(before)) return false;
  // 林果、蚕桑等8个十亿级产业集群: clusters of a scale to reach are counted as a goal
  // (先进材料、…、新能源5个产值超1000亿元的战略性产业集群: so are those of a size to reach)
  // (木业、食品、冶金、机械4个过千亿产业集群: or of a scale they are to pass)
  if (SCALE_CLASS_AFTER.test(sentence.slice(quantity.end, quantity.end + 9).replace(/^[超过近]/, '')) || SIZE_CLASS_AFTER.test(sentence.slice(quantity.end, quantity.end + 12))) return false;
  const last = items[items.length - 1];
  // (以汽车制造、新材料为主的2个两千亿级产业集群: what the things counted are built around, not the things)
  if (/为(?:主|核心|重点|主导|引领|龙头)的?$/.test(last)) return false;
  return quantity.value === items.length || (quantity.value === items.length + 1 && /[和及与]/.test(last));
}

/**
 * Whether the amount sits in a bracket listing the tiers a reward is graded by: (分0.3亿元-1亿元、
 * 1亿元-2亿元…), (180万元/亩-260万元/亩、260万元/亩以上): two or more ranges or bounds in a list.
 */
function inTierList(sentence: string, quantity: Quantity): boolean {
  // (（1000平方米以上标准化猪圈补助6万元、500平方米以上…补助3万元）: what each tier of the list is paid is no bound of it)
  if (/(?:补助|补贴|奖励|奖补|资助)$/.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start))) return false;
  // (〔分3亿元-10（含）亿元、10亿元-100（含）亿元…〕: a square bracket round the list may hold round ones)
  const square = sentence.lastIndexOf('〔', quantity.start);
  const round = sentence.lastIndexOf('（', quantity.start);
  const squareOpen = square >= 0 && sentence.indexOf('〕', square) >= quantity.end;
  const open = squareOpen ? square : Math.max(round, square);
  if (open < 0) return false;
  const close = sentence.slice(open).search(squareOpen ? /〕/ : /[）〕]/);
  if (close < 0 || open + close < quantity.end) return false;
  const inside = sentence.slice(open + 1, open + close);
  return inside.includes('、') && (inside.match(/\d[^、，。；]{0,8}[-—–~至]\s*\d|以上|以下/g)?.length ?? 0) >= 2;
}

/** 收入首次突破100亿元的企业15家: the amount says which firms count; the 15 is the target. */
/** 百万千瓦, 千万千瓦: a capacity in magnitude words only, no digit or numeral of its own. */
export const WORDS_ONLY_SCALE = /^[十百千]万(?:千瓦|兆瓦|吨|标箱|立方米)$/;
/** 光电基地: the facilities such a capacity classes, straight after it. */
export const FACILITIES_CLASSED = /^[\u4e00-\u9fa5]{0,6}?(?:基地|电站|项目|工程|集群|园区)/;
/** 十亿级, 千亿级, 100亿级, 百万级 (of visitors, 百万级核心大景区): a scale class right after a count. */
/** 总投资35亿元的, 计划投资12亿元的: works counted after what they cost. */
/** 220千伏, 35kV, 10万千瓦, 5000吨: the rating of the facilities a count counts. */
/** 三级医院, 二级甲等医院, 4A级景区, 二年级: the grade of the hospital or site, or the school year of the pupils, counted after the count. */
const GRADE_AFTER = /^\s*(?:[一二三]级(?:甲等|乙等)?(?:综合|专科|中医)?医院|[1-5]A级(?:旅游)?景区|(?:[一二三四五六七八九]|1[0-2]|[1-9])年级)/;
const RATED_CLASS_AFTER = /^\s*\d+(?:\.\d+)?\s*(?:千伏|kV|KV|万伏|万?千瓦|兆瓦|万?吨)(?:级)?(?:[、和及]|[\u4e00-\u9fa5]{1,6}(?:站|机组|码头|泊位|线路|电站|船))/;
const PRICED_BEFORE = /(?:总投资|投资|总额)(?:约|达|共计)?\d+(?:\.\d+)?[万亿]元的$/;
/** 重点, 特色: a quality of the clusters or firms a scale classes (500亿元重点产业集群). */
export const KIND_QUALITY = '(?:重点|特色|优势|主导|支柱|新兴|战略性新兴)?';
/** 产业集群, 园区: the kind of thing a scale written without 级 classes, straight after it (千亿元产业集群, 500亿元重点产业集群). */
const SCALED_KIND_AFTER = new RegExp(`^(?:以上)?${KIND_QUALITY}(?:产业集群|集群|产业|园区|企业|基地|项目)`);
/** 汽车企业, 龙头企业: firms of a trade, which a scale written without 级 classes (10家百亿元汽车企业). */
export const SCALED_FIRMS = /^[\u4e00-\u9fa5]{0,4}?企业/;
const SCALE_CLASS_AFTER = new RegExp(`^(?:[十百千]万级|(?:[十百千万]|[一二三四五六七八九]?[百千]|\\d+)亿(?:元)?(?:级|[、，]|(?:以上)?${KIND_QUALITY}(?:产业|集群|园区|企业|项目|基地))|(?:\\d+(?:\\.\\d+)?|[十百千]+)万?(?:千瓦|吨|标箱)级|\\d+(?:\\.\\d+)?万元(?:及)?以上(?:的)?(?:产业|工业|重点|重大)?(?:项目|企业)|\\d+(?:\\.\\d+)?亿元(?:及)?以上(?:的)?(?:或[^，。；]{1,16}?)?[^，。；\\d]{0,12}?(?:项目|企业))`);

/** …汽车走廊的重要节点城市, …的核心区, …的组成部分: what a place is within a whole named before. */
const PART_OF_WHOLE_AFTER = /^[^，。；]{0,20}?的(?:重要|核心|关键)?(?:节点|组成部分|核心区|一员|之一|支点|枢纽)/;
/** 、30%、50%的比例，三年内逐年发放: the shares a payment is paid out in, after the first. */
const PAID_OUT_IN_SHARES = /^(?:、[\d.]+%)*\s*的?比例[^。；]{0,12}?(?:发放|拨付|兑现|兑付|支付)/;

/** 第一年拨付奖励资金的, 次年兑现: a year's installment of a payment, before its share. */
// (先给予扶持资金的50%支持，…再给予另50%支持: or the part given first and the rest given later)
const INSTALLMENT_BEFORE = /(?:第[一二三四五\d]年|首年|次年|当年|满[一二三四五\d]年)(?:拨付|兑现|兑付|发放|支付)(?:按)?(?:[^，。；\d]{0,8}的)?$|先(?:给予|拨付|兑现|发放|支付)[^，。；\d]{0,8}的\s*$|再(?:给予|拨付|兑现|发放|支付)(?:另|剩余|其余)(?:的)?\s*$/;
/** 的企业发展奖励, 补贴: a payment named after the amount, whose receiver opens its name (可获得15万元至25万元的企业发展奖励). */
const NOT_A_PAYMENT_NAMED = String.raw`(?![^，。；\d]{0,6}?(?:奖励|补贴|补助|资助|奖补|扶持资金))`;
/** 1500万元至2000万元的临近入规企业: the firms or projects a band of takings says are meant. */
const FIRMS_IN_BAND = new RegExp(String.raw`^(?:左右|上下)?的[^，。；\d]{0,10}(?:企业|项目|单位)${NOT_A_PAYMENT_NAMED}`);
/** 3000万元至2亿元（不含2亿元）项目: the projects or firms a band of size is of. */
const PROJECTS_IN_BAND = new RegExp(String.raw`^\s*(?:[（(][^（()）]*[)）])?\s*的?[^，。；\d]{0,6}?(?:项目|企业)${NOT_A_PAYMENT_NAMED}`);
/** 瞄准, 面向, 抢占: the verbs a plan turns to a market with, right before its scale. */
const MARKET_AIMED_AT = /(?:瞄准|面向|抢占|开拓|撬动|布局|进军|切入|抢抓)(?:[^，。；\d]{0,4})$/;
/** 按年度比例1/4支付: the share a payment is paid out in each time, before the paying verb. */
const PAID_IN_PARTS = /^\s*(?:分期|逐年|分年度)?(?:拨付|兑现|兑付|支付)/;
/** …为核心的, …组成的, 由111个岛礁组成。: the close of a structure's parts, listed after 由. */
const COMPOSES = /^[^，。；]{0,40}?(?:(?:为核心|为主体|为支撑|组成|构成)的|(?:组成|构成)(?=[，。；]|$))/;
/**
 * 地标产业集群和6个优势产业集群营收, 未来产业营业收入: what a count counts, straight before the measure taken of them all
 * (5家“链主式”企业、产业规模增长40%, 高新技术企业突破200家、高新技术产业产值占…, 新认定军民融合企业50家以上、军民融合企业产值
 * 增长12%: not a measure opening the list's next item).
 */
const SUBJECT_OF_MEASURE = /^(?!\s*(?:以上|以下|左右|多|余)?、)[^，。；\d]{1,10}?(?<!、)(?:产业|集群|企业|园区|行业)(?:和[\d一二三四五六七八九十]+个[^，。；\d]{1,10}?(?:产业|集群|企业|园区|行业))?(?:营收|营业收入|总产值|产值|增加值|规模|收入|税收|利润)/;

/** 虽然, 尽管, 虽 opening what is granted, with no sentence break before the figure. */
const CONCEDED_BEFORE = /(?:虽然|尽管|虽)[^。；！？]*$/;
/** …，但总体规模仍…: the but that closes what was granted, in the same sentence. */
const CONCESSION_CLOSED_AFTER = /^[^。；！？]*?[，,]\s*(?:但|但是|然而|可是)/;

/** 个县工业增加值占全省比重, 个市（州）地区生产总值占: places counted, then a measure of theirs and its share of a whole. */
const PLACES_SHARE = /^\s*(?:县|市|区|县（市、区）|县（市）|市（州）|乡镇|开发区|园区)(?:域)?[^，。；\d]{0,6}?(?:增加值|生产总值|GDP|产值|收入|税收|人口)占/;

/** 400万头生猪、通榆吉运15万头牛…等…项目: a capacity and its product, then the next named project's capacity, in a list of projects. */
const LISTED_PROJECT_AFTER = /^[\u4e00-\u9fa5]{1,6}(?:、[\u4e00-\u9fa5]{2,10}\d[^，。；]{0,60}?)?等[^，。；]{0,16}?项目/;
/** …项目，分别为…, 包括：…: a sentence naming the projects it counts, one by one, up to here. */
const PROJECTS_NAMED = /项目[^。；]{0,8}?(?:分别为|分别是|包括|即)[：:]?[^。；]*$/;
/** 补贴, 新政, 优惠 right after N条: the articles of a package of measures, by what they give. */
const ARTICLES_OF_SUPPORT_AFTER = /^(?:补贴|补助|资助|奖励|奖补|新政|优惠|扶持|干货|硬核|惠企|政策|措施|举措)/;
/** 以上，每增长, （含）以上，每增加 right after a sum: the floor above which a payment is made per step. */
const STEPS_PAID_ABOVE = /^(?:[（(]含[)）])?及?以上[，,]\s*(?:每|按每)(?:增长|增加|新增|多|提高|超出|超过)/;
/** （含）以内价值的, 以内部分的 right after a sum: the part of a value up to it, which a rate is paid on. */
const RATE_BAND_UP_TO = /^(?:[（(]含[)）])?以内(?:的)?(?:价值|部分|金额)(?:的)?/;
/** 价值部分的, 的部分 right after a sum 超出 opens: the part of a value beyond it. */
const RATE_BAND_ABOVE = /^(?:的)?(?:价值|金额)?部分/;
/** （不含）和5000平方米以上每年3万元: a size band right after a size, another band after it, then a sum. */
// (not 100个以上、培育扶持2家以上年产值超30亿元…企业: a sum the things counted exceed is a threshold, not a payment)
const SIZE_BANDS_PAID_AFTER = /^(?:[（(]不?含[)）])?(?:以下|以上)(?:[（(]不?含[)）])?[和、及与][^，。；]{0,16}?(?:以下|以上)(?![^，。；\d]{0,8}?[超过达])[^，。；\d]{0,8}[\d.]+\s*[万亿]?元/;
/** 淘汰, 关停, 日产: the verb that removes things, and the measure their size is given in, before that size. */
const REMOVED_BEFORE = /(?:淘汰|关停|关闭|取缔|拆除)(?:[\u4e00-\u9fa5]{0,2}(?:日产|年产|单机|容量|产能))?$/;
/** 以下低产奶牛, 及以下燃煤锅炉: a band, then the things of that size a measure removes (not 以下, a goal alone). */
const SIZE_CLASS_REMOVED = /^(?:及)?(?:以下|以上)(?:的)?[\u4e00-\u9fa5]{2,10}?(?:[，。；、]|$|\d)/;
/** 以上、5000人以上和1000人以上，分别按不超过50万元…: a size's band and the bands listed after it, then the sums 分别 spreads over them. */
const BANDS_SPREAD_PAID_AFTER = /^(?:[（(]不?含[)）])?(?:及?以上|以下)(?:[（(]不?含[)）])?(?:[、和及与][\d.]+[\u4e00-\u9fa5]{0,5}(?:[（(]不?含[)）])?(?:及?以上|以下)(?:[（(]不?含[)）])?)*[，,]\s*(?:再)?分别[^，。；\d]{0,10}[\d.]+\s*[万亿]?元/;
/** 以下（不含）和 right before a size: the band before it, joined to its own. */
const SIZE_BAND_BEFORE = /(?:以下|以上)(?:[（(]不?含[)）])?[和、及与]$/;
/** 以上每年3万元: the size's own band, then a sum. */
const OWN_SIZE_BAND_PAID = /^(?:[（(]不?含[)）])?(?:以下|以上)[^，。；\d]{0,8}[\d.]+\s*[万亿]?元/;
/** …会是哪里的5条呢？, 能拿到10万元吗: a sentence that asks (not a ? a garbled page leaves after an undecodable character, 旅行社�?). */
const ASKED = /(?:[呢吗嘛][？?]?|(?<!\uFFFD)[？?])\s*$/;
/** 东方矿业, 三立集团, 某某有限公司: a firm's name closing on the kind of business it is. */
const FIRM_BEFORE = /(?:公司|集团|矿业|实业|股份|化工|钢铁|纸业|药业|电力|能源|新材|有限)$/;
/** 万辆, 台, 套: the units a product is counted in, not things a plan counts (个, 家, 项). */
const PRODUCT_UNIT = /[辆台套头只件吨]$/;
/** A name right before a capacity (洮南雏鹰, 嘉吉生化), not a verb that makes the amount a goal (新建, 培育, 出栏). */
const NAME_BEFORE = /(?:^|[、，：；])[\u4e00-\u9fa5]{2,8}(?<!建成|新建|建设|新增|培育|打造|引进|改造|完成|达到|实现|发展|种植|养殖|出栏|存栏|生产|产量|规模|总量|面积|新培育|达|超过|突破|以上)$/;

/** 营业收入过, 年产值超: a size's measure and verb right before its amount. */
const SIZE_MEASURED_BEFORE = new RegExp(`${SIZE_MEASURE}$`);
/** 第15个提出…目标的省份, 全国第3个…的城市: the order a place came in among others. */
const RANKED_AMONG = /第[\d一二两三四五六七八九十]+个[^，。；]{2,30}的(?:省份|省区|城市|地区|地市|县|县区)/;

/** 4个社零额过, 25个营业收入超过, 2户过: a count, then a size's measure (or none) and verb, right before the amount. */
const COUNT_THEN_SIZE = /(?:\d+|[一二两三四五六七八九十]{1,3})(?:余|多)?[个家座户项][\u4e00-\u9fa5]{0,8}?(?:超过|超|过|突破|达到)$/;
/** 、省级开发区每年至少引进一个投资超20亿元的产业项目: the rest of a list of sized counts, closing on the noun they count. */
const SIZED_LIST_CLOSES = /^(?:以上)?、[^，。；]*?[\d一二两三四五六七八九十]+(?:余|多)?[个家座户][^，。；\d]{1,8}?[\d.]+[万亿]?元(?:以上)?的[\u4e00-\u9fa5]{1,8}(?=$|[，。；])/;
/** …元城市, …元以上的消费强县（市、区）: a noun ending the clause after an amount. */
const SIZED_NOUN_AFTER = /^(?:(?:及)?以上)?的?[\u4e00-\u9fa5]{1,8}(?:[（(][^）)]{0,8}[）)])?(?=$|[，。；、,;])/;
/** 高新区1个, 的产业集群15个以上: the kind of thing a size qualifies, then how many of it. */
// (地区生产总值超200亿元的县（市、区）达50个以上: with what is counted in brackets, and a verb before its count)
const SIZE_THEN_COUNT = /^(?:以上|级)?的?[\u4e00-\u9fa5“”]{1,10}?(?:[（(][^（()）]{1,8}[)）][\u4e00-\u9fa5]{0,4}?)?(?:达到|达|超过|突破|增加到|增至)?(?:\d+(?:[-—–~至到]\d+)?|[一二两三四五六七八九十]{1,3})(?:个|家|条|座|批)/;

/** 以上工业项目前期工作周转资金: a fund, named after the amount it is set up with, before the clause ends. */
const FUND_AFTER_AMOUNT = /^[^，。；\d]{0,20}(?:资金|基金)(?=[，。；]|$)/;
/** 的产业发展资金, 以上的专项基金: the fund an amount sets up, named right after it. */
export const FUND_NAMED_AFTER = /^(?:以上)?的?([^，。；、\d]{2,16}?(?:资金|基金))(?=[，。；]|$)/;
/** 标准机架约30万个, 级泊位3个: the things a rating sizes, then how many of them (not 城市绿地和100个口袋公园, a list's next item). */
const RATED_THEN_COUNT = /^级?的?(?:(?![和及与])[\u4e00-\u9fa5]){1,8}?(?:约|超过|达到?|不少于)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})万?(?:个|台|座|套|条|艘|架|组)/;

/** 连片…产业园, 公园, 良田, 基地, …: a kind of park or field that a size in 亩 alone may class. */
const SIZE_CLASS_OF_LAND = /^(?:级|以上)?(?:[、和及]\s*[\d一二两三四五六七八九十]+个[十百千万]+亩)*(?:连片)?[^，。；\d]{0,8}?(?:公园|园区|产业园|示范园|基地|良田|果园|茶园|林场|牧场|示范区|示范片|园)/;

/** 每年可推荐项目不超过, 每家企业限申报: how many things an applicant may put forward, capped. */
const APPLICATIONS_CAPPED = /(?:推荐|申报|申请|报送)[^，。；\d]{0,8}?(?:不超过|不得超过|不多于|最多|至多|限)$/;

/** 户, 套, 平方米: what the size of things just counted measures (项目67个28682户 → …户数). */
/** 安排86项重点工程: works counted by the score, in digits, more than any text has parts of its own (not 20项民生工程, the items of a year's list for the people, as its 实事 are). */
const MANY_WORKS = /^(?:[2-9]\d|\d{3,})[项个][^，。；、\d]{0,6}?(?<!民生|惠民|为民|民心)工程/;
/** 840台10吨以下燃散煤锅炉: a bound on the size of the things counted, then what they are. */
const BOUNDED_CLASS_AFTER = /^\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fa5]{1,3}(?:及)?(?:以下|以上)(?:的)?[\u4e00-\u9fa5]{2}/;
/** 1923座二次供水泵站: a word opening on a numeral (二次供水), no second figure. */
// (建设13个一刻钟便民生活圈: 一刻钟, a quarter hour, a word that opens on a numeral)
const NUMERAL_WORD_AFTER = /^\s*(?:[一二三]次[\u4e00-\u9fa5]{2}|一刻钟)/;
export const SIZE_OF_COUNTED: Readonly<Record<string, string>> = { 户: '户数', 万户: '户数', 套: '套数', 万套: '套数', 间: '间数', 栋: '栋数', 幢: '幢数', 平方米: '面积', 万平方米: '面积', 亩: '面积', 万亩: '面积', 公里: '里程' };
/** 实施老旧小区改造项目67个28682户: how big the things counted are, in households, homes or area, straight after their count. */
const SIZE_OF_COUNTED_AFTER = new RegExp(`^\\s*[\\d.]+万?(?:${Object.keys(SIZE_OF_COUNTED).sort((a, b) => b.length - a.length).join('|')})`);
/** 贯通烟台, 连接…、辐射: a route's reach, opened by its verb in the words before a count (贯通…2个国家级开发区、4个…、辐射300多万人口). */
const ROUTE_REACH_BEFORE = /(?:贯通|连接|联通|串联|辐射|覆盖沿线)[^，。；的]{0,30}$/;
/** …的高速大通道, …的快速通道: the route the count's reach describes, closing the clause. */
const ROUTE_AFTER = /^[^，。；]{0,40}?的[^，。；\d]{0,8}(?:通道|大通道|走廊|公路|铁路|高速公路|快速路|轨道交通|干线|航线)(?=[，。；]|$)/;
/** 平均受教育年限, 预期寿命: a measure counted in years, straight before its figure (达到, 提高到 or nothing between). */
const SCHOOLING_YEARS_BEFORE = /(?:受教育年限|预期寿命)(?:达到?|提高到|提升到|增加到|为|超过)?$/;

/** 达到以下标准的，给予相应补助：…: the lead of the standards a payment is made on, and the standards after its colon so far. */
const STANDARDS_LISTED = /(?:达到|符合|满足|具备)(?:以下|下列|如下)(?:标准|条件)(?:之一)?的?[，,][^。；：:]{0,20}[：:][^。：:]*$/;
/**
 * 对新建标准化茶园面积连片在100亩以上，每亩投入茶苗款1500元，县奖补1250元; 新建…厂房占地面积不少于1500平方米，…，每个茶叶加工厂县奖补
 * 10万元: a threshold (or what the one paid must put in per unit) in a provision that opens on 对 or closes on what each one is
 * paid, before the clause that pays, is the standard to meet, not a goal; rates and caps in it stay payments. The clause's own
 * words are asked first, the sentence's only for a clause that holds such a standard.
 */
function standardOfPayment(sentence: string, quantity: Quantity, clause: string): boolean {
  if (GIVES.test(clause)) return false;
  const putIn = /每[^，。；\d]{0,4}(?:投入|投资)[^，。；\d]{0,6}$/.test(sentence.slice(clauseStart(sentence, quantity), quantity.start));
  const threshold = !/[按每]|最高|不超过|不高于/.test(clause) && (/^\s*(?:及)?以上/.test(sentence.slice(quantity.end)) || /(?:不少于|不低于|达到|达|超过|在)\s*$/.test(sentence.slice(0, quantity.start)));
  if (!putIn && !threshold) return false;
  if (!PROVISION_FOR.test(sentence) && !PAID_EACH.test(sentence.slice(quantity.end))) return false;
  return sentence.slice(quantity.end).split(/[，；]/).slice(1).some((c) => PAID_AMOUNT.test(c)) && !AHEAD_IN_PROVISION.test(sentence.slice(0, quantity.start));
}
/** 1、新建标准化茶园：对…, 对…: a provision opening on 对, after an item's number and label. */
const PROVISION_FOR = /^\s*(?:[（(]?[\d一二三四五六七八九十]{1,2}[)）、.．]\s*)?(?:[^，。；：:]{1,16}[：:]\s*)?对(?![于外照比标接])/;
/** ，每个茶叶加工厂县奖补10万元: what each one that qualifies is paid, in a later clause. */
const PAID_EACH = /[，；]\s*每(?:个|家|户|亩|座|处)[^，。；]{0,16}?(?:奖补|补助|奖励|补贴)[^，。；\d]{0,4}\d/;
/** 到2025年, 力争, 计划: a goal set before the figure, which a provision of payments may hold too. */
const AHEAD_IN_PROVISION = /到(?:19|20)\d{2}年|力争|争取|确保|计划|目标/;
/** 招商团专项工作经费各5万元: the receivers counted, then the funds each of them is given. */
const PAID_TO_EACH_AFTER = /^[^，。；、\d]{1,16}?(?:经费|资金|补助|补贴|奖励)各\d[\d.]*[万亿]?元/;
/** 区分别建立, 县各建成: places, then each of them setting something up. */
const PLACES_EACH_ACTING = /^(?:区|县|县区|县市区|县（市、区）|乡镇|镇|街道)(?:分别|各|均|都)(?:要|将|需)?(?:建立|建成|设立|建设|打造|成立|配备|组建|开展)/;
/** 应具备的条件为，…: the conditions an applicant must meet, stated before the figure in its sentence. */
const CONDITIONS_STATED = /(?:应|需|须|应当|必须)?具备的?(?:基本)?(?:条件|要求)(?:为|是|如下)[，,：:][^。]*$/;
/** 征集意见, 收集…意见建议, 收到建议: opinions gathered, straight before their count. */
const OPINIONS_GATHERED = /(?:征集|收集|收到|征求|梳理|汇总)[^，。；\d]{0,20}?(?:意见|建议)(?:建议)?$/;
/** 个市(州)人民政府和省级相关部门印发方案: the bodies counted after 向, then the text sent to them. */
const SENT_TO = /^[^，。；\d]{0,40}?(?:印发|下发|下达|转发|发出)(?:了)?[^，。；\d]{0,6}?(?:方案|通知|文件|意见|办法|计划|清单)/;
/** 10个价值, 2-3家产值超: things counted, then the measure they pass, right before its amount. */
const COUNT_THEN_MEASURE = /(?<![\d.])[\d一二两三四五六七八九十]+(?:[—–\-~至到][\d一二两三四五六七八九十]+)?(?:个|户|家|所|座|处)(?:价值|产值|年产值|规模|营收|营业收入|销售收入)(?:超过?|过|达到?)?$/;

/** 在成为…|: a clause opening on a state a place has become or a mark it has passed, before the figure. */
const BECOME_BEFORE = /(?:^|[，。；,])\s*在(?:成为|跨入|迈入|晋级|跻身|获评)[^，。；]*$/;
/** |…“双万亿之城”后，: the clause closing on 后 or 之后, right after the figure's words. */
const BECOME_AFTER = /^[^，。；]*?(?:之)?后[，,]/;

/** %的村集体年收入超: a share, then the things it counts and the level they are to reach, up to that level. */
const SHARE_REACHING_AFTER = /^的[\u4e00-\u9fa5]{2,12}?(?:超过?|达到?|突破|在)[\d一二两三四五六七八九十百千]/;
const SHARE_REACHING_BEFORE = /\d(?:\.\d+)?%的[\u4e00-\u9fa5]{2,12}?(?:超过?|达到?|突破|在)$/;
/** 随着现在: a clause opening on 随着, up to a figure in it. */
const ALONG_WITH_CLAUSE = /^\s*随着[^，。；\d]{0,16}$/;
/** …旅游精品线路的推介，: the rest of such a clause, closing on what is under way (no verb of a goal in it). */
const ALONG_WITH_CLAUSE_END = /^[^，。；\d]{0,20}?的?(?:推介|推进|推广|建成|投产|实施|落地|开通|建设|运营|投用|启用|完成|到来|深入)(?:[，,]|$)/;
function isQualifier(sentence: string, quantity: Quantity): boolean {
  // (5亿元（3000万美元）以上项目60个, 1亿元（含）以上项目: a note in brackets right after the amount leaves what it qualifies as it is)
  // (…突破100亿元的“2331”目标: the digits of a quoted slogan count nothing)
  // (…给予最高50%的资金支持[3]；: a footnote's mark counts nothing either)
  // (各类企业达到1500家以上（其中高新技术企业100家以上）: or after the bound)
  // (3000万元人民币以上的: the currency written out after a sum in yuan qualifies nothing of its own)
  const written = sentence.slice(quantity.end);
  // (力争实现20%的村集体年收入超30万元: the share of things reaching a level is the goal, the level says which things it counts)
  if (quantity.base === 'percent' && SHARE_REACHING_AFTER.test(written)) return false;
  if (quantity.base !== 'percent' && SHARE_REACHING_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 24), quantity.start))) return true;
  const rest = (quantity.base === 'CNY' ? written.replace(/^人民币/, '') : written).replace(/^((?:以上|以下|左右)?)[（(][^（）()，。；]{0,24}[)）]/, '$1').replace(FOOTNOTE_MARK, '');
  const after = rest.includes('“') ? rest.replace(DIGIT_SLOGAN, '“”') : rest;
  // (设立20亿元以上工业项目前期工作周转资金: the amount a fund is set up with, whatever the fund is for)
  // (南沙将成立总规模50亿元的产业引导基金: a fund founded with its size)
  if (quantity.base === 'CNY' && /(?:设立|安排|设置|成立|组建)(?:总?规模为?)?$/.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start)) && FUND_AFTER_AMOUNT.test(after)) return false;
  // 整理形成一批300亩以上的连片工业用地: the size of an uncounted batch of things says which things, whatever they measure
  // (培育一批产值超1亿元的特色产业专业村: the measure the batch's things pass, with 超 as the bound)
  const batch = /一批(?:[\u4e00-\u9fa5]{0,6}?(?:规模|产值|营收|营业收入|收入|销售额|投资))?(达到?|超过?|在)?$/.exec(sentence.slice(Math.max(0, quantity.start - 14), quantity.start));
  // (培育一批50亿规模的产业龙头企业: or the scale they reach)
  if (batch && (/^(?:及)?以上(?:规模)?的?[\u4e00-\u9fa5]/.test(after) || /^(?:规模|级)(?:以上)?的[\u4e00-\u9fa5]/.test(after) || (batch[1]?.startsWith('超') && /^的[\u4e00-\u9fa5]/.test(after)))) return true;
  // 覆盖城区常住人口100万以上的城市: the size of the places a measure reaches says which
  if (/(?:人口|常住人口)$/.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start)) && /^(?:及)?以上的?(?:城市|县城|县|城镇|乡镇|地区|村庄|村)/.test(after)) return true;
  // (完成超230个50户以上木质房屋连片村寨…管网建设: a size with its bound, right after a count, says which things the count counts)
  if (/(?<![\d.])\d+(?:\.\d+)?[万亿]?(?:个|户|家|所|座|处)$/.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && /^(?:及)?以上的?[\u4e00-\u9fa5]/.test(after)) return true;
  // (培育10个价值20亿元以上的公用品牌, 引进2-3家产值超100亿元、拥有核心技术的龙头企业: the measure the things counted pass says which)
  if (quantity.base === 'CNY' && COUNT_THEN_MEASURE.test(sentence.slice(Math.max(0, quantity.start - 14), quantity.start)) && /^(?:(?:及)?以上)?(?:的|、)[\u4e00-\u9fa5]/.test(after)) return true;
  // (纳入国家“十四五”规划102项重大工程的项目全部开工: the list a set of projects is drawn from, the goal for all of them)
  if (/纳入[^，。；\d]{0,16}$/.test(sentence.slice(Math.max(0, quantity.start - 18), quantity.start)) && /^[^，。；\d]{0,12}?的(?:项目|企业|工程)/.test(after)) return true;
  // (建成社区健身路径或3人制篮球场20个: how many play on a side names a kind of court)
  if (quantity.unit === '人' && /^制/.test(after)) return true;
  // 农村道路实现25户以上自然村通硬化路: the size of the villages a measure reaches says which
  if (quantity.base === 'count' && /[户人]$/.test(quantity.unit) && /^(?:及)?以上的?(?:自然村|行政村|村庄|村组|村|社区)/.test(after)) return true;
  // 10万人规模的赣州职教园区: the size a place is built to, named with it (not 建设五百亿规模的新材料新能源产业基地, the output a
  // base is to reach)
  if (quantity.base !== 'CNY' && /^\s*(?:以上)?规模的[^，。；、\d]{0,12}?(?:园区|园|基地|新城|小镇|中心|学校|医院|城)(?=[，。；、]|$)/.test(after)) return true;
  // 打造10个上百亿元规模的工业园区, 培育2个以上50亿元产业集群: the scale says which parks the count counts (建成一个400亿元规模的…集群 is
  // the one cluster's size; 打造10条千亿元特色农业产业链, a round scale in words with no 规模 or 级, is each chain's size to reach too)
  if (quantity.base === 'CNY' && /(?<![\d.])(?:[2-9]|\d{2,}|[二两三四五六七八九十][一二两三四五六七八九十]{0,2})(?:个|家|条)(?:以上|左右)?(?:上|超|过)?$/.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && (quantity.chinese ? SCALED_CLASS_HEAD : CLASS_HEAD).test(after)) return true;
  // (落地一个30亿元以上先进制造业项目: one project of a class, the class bounded from below, is counted too)
  if (quantity.base === 'CNY' && /(?:一|1)(?:个|家)$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && /^(?:及)?以上(?:的)?[^，。；、\d]{0,12}?(?:项目|企业)/.test(after)) return true;
  // 5个产值超1000亿元的战略性产业集群: the size says which clusters the count counts
  // (打造3个营业收入超千亿元、5个超五百亿元的产业集群: and each size of a list of classes, the things counted named after the last)
  if (quantity.base === 'CNY' && SIZE_CLASS_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 16), quantity.start)) && (SIZE_CLASS_HEAD.test(after) || SIZE_CLASS_LISTED_AFTER.test(after))) return true;
  // (培育1~2家接待量超100万人次、5家超50万人次、10家超20万人次的滑雪场: a size of any measure, the things counted named after the list)
  if (quantity.base !== 'CNY' && SIZE_CLASS_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 16), quantity.start)) && SIZE_CLASS_RUN_AFTER.test(after)) return true;
  // 形成5个主导产业明晰、…的营业收入过500亿元的工业集中区: a count's size, however its qualities part them
  if (quantity.base === 'CNY' && SIZE_MEASURED_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && SIZE_CLASS_HEAD.test(after)
    && /\d+\s*(?:个|家|条)[^，。；]{0,40}$/.test(sentence.slice(Math.max(0, quantity.start - 48), quantity.start))) return true;
  // (营业收入突破千亿元的产业集群达7个，其中3个营业收入超2000亿元: a part counted, then the size its members cross)
  if (quantity.base === 'CNY' && /其中[\d一二两三四五六七八九十]+(?:个|家|条)[\u4e00-\u9fa5]{2,8}(?:超过?|突破|过|达到?)$/.test(sentence.slice(Math.max(0, quantity.start - 16), quantity.start)) && /^(?:以上)?(?:[，。；]|$)/.test(after)) return true;
  // 打造营业收入超万亿元高新区1个、超千亿元高新区15个以上: a size crossed, then what is counted and how many
  // (外资超千万美元产业园区超过15家: in dollars too)
  if (CURRENCIES.has(quantity.base) && /(?:超|超过|过|突破)$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && SIZE_THEN_COUNT.test(after)) return true;
  // (建设千亩连片现代主题产业园20个, 8个万亩、5个千亩公园稳步扩容: a size class of the parks or fields counted, in 千亩 or 万亩 alone)
  if (quantity.base === '亩' && quantity.chinese && /^[十百千万]+亩$/.test(sentence.slice(quantity.start, quantity.end)) && SIZE_CLASS_OF_LAND.test(after)) return true;
  // 百亿级外贸园区数量提升: the scale of the things whose number is the measure
  if (sentence[quantity.end - 1] === '级' && /^[^，。；、\d]{1,8}数量/.test(after)) return true;
  // 新增…4个社零额过千亿元城市, 培育25个社零额超过200亿元的消费强县（市、区）: the size of the places or firms counted just before it
  // (引进一个投资超50亿元、…一个投资超20亿元的产业项目: or of the things a list of such counts closes on)
  if (quantity.base === 'CNY' && COUNT_THEN_SIZE.test(sentence.slice(Math.max(0, quantity.start - 16), quantity.start)) && (SIZED_NOUN_AFTER.test(after) || SIZED_LIST_CLOSES.test(after))) return true;
  // 新增上线投运2.5kW标准机架约30万个: a rating right before the things counted says which things they are
  // (100万标箱作业区一期8个泊位: a capacity in 万 is the whole works', a goal of its own)
  if (!['count', 'CNY', 'percent'].includes(quantity.base) && !/^[万亿]/.test(quantity.unit) && RATED_THEN_COUNT.test(after)) return true;
  // 实现百亿元以上产业集群“产业大脑”应用…全覆盖: the size of the things a coverage goal reaches says which they are
  if (quantity.base === 'CNY' && /^(?:级|(?:及)?以上)的?[^，。；\d]{2,30}?全覆盖/.test(after)) return true;
  // 产值过1000亿元的企业实现“破零”: the size of the first such firm, a goal with no number of its own
  if (quantity.base === 'CNY' && /^(?:以上)?的[^，。；\d]{0,8}?(?:企业|项目|园区|集群)[^，。；\d]{0,4}?实现“?破零/.test(after)) return true;
  // 恒丰纸业2万吨食品包装纸等年内投产项目, 中石化120万吨乙烯产业集群等项目: a capacity naming one of the projects listed
  // (东方日升源网荷储一期2GW等项目, 大全年产10万吨高纯多晶硅和1000吨半导体多晶硅等项目: its product left unsaid, or another joined by 和)
  if (!['count', 'CNY', 'percent'].includes(quantity.base) && /^[^，。；、\d]{0,12}?(?:[和及与][^，。；、]{1,24}?)?等[^，。；]{0,10}?项目/.test(after)) return true;
  // 十大重点工业项目，分别为…、西凤酒10万吨基酒生产项目、正威25万吨精密导体新材料项目: a capacity in the name of a project a list names
  // (淮海车业100万辆钠电新能源车辆西部产业园项目: a product counted by its units, 辆 or 台, as much as one measured)
  if ((!['count', 'CNY', 'percent'].includes(quantity.base) || (quantity.base === 'count' && PRODUCT_UNIT.test(quantity.unit))) && /^[^，。；、\d]{1,16}?项目(?:、|[，。；]|$)/.test(after) && PROJECTS_NAMED.test(sentence.slice(0, quantity.start)) && NAME_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start))) return true;
  // 抓好洮南雏鹰400万头生猪、通榆吉运15万头牛…等投资亿元以上项目建设: each capacity names one of the projects listed
  if (!['CNY', 'percent'].includes(quantity.base) && LISTED_PROJECT_AFTER.test(after) && NAME_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start))) return true;
  // 推进农大禾丰35万吨数字化生产线项目竣工投产, 年产30万吨聚丙烯项目全面复工: a capacity in the name of a project the sentence moves on
  // (千万吨炼油扩能项目尽快实施, 新增500万吨炼量项目尽快启动; 支持120万吨乙烯逐步达产: a plant's capacity reaching production)
  if (!['count', 'CNY', 'percent'].includes(quantity.base) && /^(?:[^，。；、\d]{1,16}?项目[^，。；\d]{0,8}?(?:竣工|投产|开工|建成|落地|签约|复工|投运|并网|实施|启动)|[^，。；、\d]{1,8}?(?:逐步|全面|尽快|顺利)达产)/.test(after)) return true;
  // 配套实施的千万亩生态高产标准农田建设工程、水利建设工程…等24项重点工程: a scale in the name of one of the works listed
  if (!['count', 'CNY', 'percent'].includes(quantity.base) && /^[^，。；、\d]{1,16}?(?:工程|项目)、[^，。；]{0,60}?等[^，。；]{0,10}?(?:工程|项目)/.test(after)) return true;
  // 面对东西两个13亿人口的市场: a population describing a market, not one to reach
  if (quantity.base === 'count' && /^人口的(?:消费)?(?:市场|大国|国家)/.test(sentence.slice(quantity.end - (quantity.unit.endsWith('人') ? 1 : 0)))) return true;
  // 包括总投资99.2亿元的上汽乘用车基地项目、…: the size of a project the text names
  // (推进94个总投资772亿元项目建设: the projects' size without 的)
  // (投资200亿元的锂产业“低碳”园区落地开工, 投资2亿欧元的圣戈班北方工业园: or of a park or a base)
  if (CURRENCIES.has(quantity.base) && /(?:总投资|投资额?)(?:约|超|近|达)?$/.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start)) && (/^(?:以上)?(?:的[^，。；、\d]{2,24}?|[^，。；、\d的]{0,2})(?:项目|园区|基地|产业园|工业园|科技园)/.test(after) || FIRST_OF_COSTED_PROJECTS.test(after))) return true;
  // (开工建设投资50亿元的东宝生物医药产业园、30亿元的修正医药科技产业园和10亿元的…等16个重点项目: and of each project listed after it)
  if (quantity.base === 'CNY' && /[、和及]$/.test(sentence.slice(quantity.start - 1, quantity.start)) && /^的[^，。；、\d]{2,24}?(?:[、和及，。；]|等|$)/.test(after)
    && LISTED_PROJECT_SIZES.test(sentence.slice(Math.max(0, quantity.start - 120), quantity.start))) return true;
  // 重点启动东方矿业50万吨软氧锰矿焙烧还原一期工程, 加快三立集团6万吨电解锌扩建: a capacity right after the firm whose works it names
  if (!['count', 'CNY', 'percent'].includes(quantity.base) && FIRM_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) && /^[^，。；、\d]{1,20}?(?:工程|生产线|扩建|技改|项目)/.test(after)) return true;
  // 加快库容960万立方米的官盛湖建设: the capacity of a named work, as its cost is
  if (/(?:库容|总库容|装机容量)(?:约|达)?$/.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start)) && /^(?:以上)?的[\u4e00-\u9fa5“]{2}/.test(after)) return true;
  // 总投资13.6亿元的博兴水库将在年内开工建设: so is the size of a named work of any kind (not 总投资50亿元的目标)
  // (这个总投资近3亿元的“水脉”项目: or near that size)
  // (not 谋划总投资100亿元的焦化苯、水溶肥等16个重点项目: the total of a set of projects counted, its examples named)
  if (quantity.base === 'CNY' && /总投资(?:约|超|近|达)?$/.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start)) && /^(?:以上)?的(?!目标|任务|规模|计划|年度|比例|\d)[\u4e00-\u9fa5“]{2}/.test(after) && !EXAMPLES_THEN_COUNT.test(after)) return true;
  // (这个…项目，将新建一座日处理5万方的净水厂，同步铺12公里原水管线: the parts of one project a news report describes)
  if (THIS_PROJECT.test(sentence.slice(0, quantity.start)) && !GIVES.test(sentence)) return true;
  // 千亿元园区、500亿元园区…分别达到3个、4个: an amount naming a class of parks, counted after it
  // (百亿元龙头企业达到26个: a kind of firm may stand between)
  // (产值超百亿元企业达到20户: firms are counted in 户 too; 培育百亿县域重点产业链11条: chains in 条)
  // (产销过百亿元（人民币，下同）的企业突破10家: a note on the amount stands between)
  const unnoted = after.replace(/^[（(][^（()）]{0,12}[)）]/, '');
  if (quantity.base === 'CNY' && /^(?:级)?[\u4e00-\u9fa5]{0,4}?(?:园区|企业|产业集群|集群|产业|基地|品种|单品|产品)/.test(unnoted) && /^[^，。；]*?[\d一二两三四五六七八九十]+(?:余|多)?[个家座户条]/.test(unnoted)) return true;
  // (健康医药、烟草（百亿级产业）等产业: a scale class in a bracket after an industry says what it is already, no goal)
  if (sentence[quantity.end - 1] === '级' && /[（(]$/.test(sentence.slice(quantity.start - 1, quantity.start)) && /^[^（()）\d，。；]{0,6}[)）]/.test(after)) return true;
  // 培育百亿级企业5家, 培育十个千亿级产业集群, 10个超千亿级产业, 若干个百亿级产业: the scale class says which firms or clusters count
  // 三大千亿级产业集群, 若干千亿级产业集群: so do a count of 大 and an unnumbered 若干
  // (一批千亿级产业集群, 一系列百亿级项目: so does an uncounted batch, and each class it lists: 一批百亿级产业、十亿级企业)
  // (培育19条百亿级产业链条, 一批新的百亿级细分行业: chains are counted in 条, and a batch may be new)
  // (培育形成一批…的万亿、千亿、百亿级产业: the last of a list of scales, each a class of the things, none a size to reach)
  if (sentence[quantity.end - 1] === '级' && /(?:[万千百十]亿元?、)+$/.test(sentence.slice(0, quantity.start))) return true;
  // (打造石化、新材料2个千亿级产业集群: the scale is the class of the clusters counted, each named; the count is the goal)
  // (形成3个到5个新的千亿级产业集群: the things counted may be new)
  if (sentence[quantity.end - 1] === '级' && /(?:[\d一二两三四五六七八九十百千]+(?:余|多)?[个家大条](?:以上|左右)?(?:新的?)?|若干个?|一大?批(?:新的?)?|一系列|多个)(?:[^，。；\d]{0,4}[\d一二两三四五六七八九十百千万亿]+(?:亿|万)元?级[^，。；、\d]{1,8}、)*(?:超|近)?$/.test(sentence.slice(0, quantity.start))) return true;
  // 形成15个千亿元产业集群: a scale written without 级, straight after the count of what it classes (培育10个过千亿元集群: or crossed)
  // (形成6个500亿元重点产业集群: with the clusters' quality between)
  // (培育10家以上百亿元汽车企业: or firms of a trade, after the count or its bound)
  if (quantity.base === 'CNY' && (SCALED_KIND_AFTER.test(after) || SCALED_FIRMS.test(after)) && /[\d一二两三四五六七八九十百千]+(?:余|多)?[个家大](?:以上|左右)?(?:超|过|近)?$/.test(sentence.slice(0, quantity.start))) return true;
  // (培育百亿级创新药企1—2家: or a range of them)
  if (sentence[quantity.end - 1] === '级' && /^[^，。；、\d]{1,8}[\d一二三四五六七八九十百千]+(?:[—–\-~至到][\d一二三四五六七八九十百千]+)?(?:余|多)?[家个户座]/.test(after)) return true;
  // 新落户50亿元产业项目3个, 引进2000万元以上项目: the amount says which projects or firms count
  // 新增20亿元企业、10亿元企业…分别不少于1家: a list of such classes too
  // (分别给予200万元项目资金: not money given, whatever it is to fund)
  if (quantity.base === 'CNY' && /^(?:(?:及)?以上|以下)?的?[^，。；、\d]{0,4}(?:项目|企业)(?:[\d一二三四五六七八九十、和及与]|资金|分别)/.test(after) && !/(?:给予|予以|安排|下达|拨付)$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start))) return true;
  // 主营业务收入过100亿元、50亿元、30亿元企业分别达到6家、14家和26家: each amount of a list of classes
  if (quantity.base === 'CNY' && /^(?:、[\d.]+[万亿]*元)+(?:(?:及)?以上)?的?[^，。；、\d]{0,4}(?:项目|企业)(?:[\d一二三四五六七八九十、和及与]|分别)/.test(after)) return true;
  // (针对市本级10亿元以上、区县（市）1亿元以上重大产业和基础设施项目，…: sizes listed before the projects they class, the clause closing on them)
  if (quantity.base === 'CNY' && SIZES_BEFORE_PROJECTS_CLOSING.test(after)) return true;
  // (安排财政资金30亿元以上用于项目建设: money for projects, not a class of them)
  if (quantity.base === 'CNY' && /^(?:及)?以上的?(?!用于|用在|支持)[^，。；、\d]{0,4}(?:项目|企业)/.test(after)) return true;
  // 5亿元或3000万美元以上项目20个: the class in either currency
  // (超100亿元或10亿美元项目1个: 以上 may go unsaid after 超)
  if (quantity.base === 'CNY' && /^或[\d.]+[万亿]*美?元(?:(?:及)?以上)?的?[^，。；、\d]{0,4}(?:项目|企业)/.test(after)) return true;
  if (quantity.unit.endsWith('美元') && /[\d.]+[万亿]*元(?:(?:及)?以上)?或$/.test(sentence.slice(Math.max(0, quantity.start - 12), quantity.start)) && /^(?:(?:及)?以上)?的?[^，。；、\d]{0,4}(?:项目|企业)/.test(after)) return true;
  // 总规划面积10平方公里、计划总投资200多亿元的襄阳科技城在襄阳高新区开园: the sizes of what opens that day
  if (/^[^，。；]{0,40}?的[^，。；、\d将要拟争于]{2,20}?(?:在[^，。；]{2,12}?)?(?:正式|顺利|隆重)?(?:开园|揭牌|奠基|开业|启用|落成)/.test(after)) return true;
  // 投资5000万元以上的产业项目260个, 建成10万千瓦以上电站3座: a class the count after it is of, whatever its unit
  // (投资5000万元以上、企业投资亿元以上项目260个: two classes)
  // (增长12%以上（调增2个百分点）: a revision in a bracket is no class)
  // (…企业12家以上、市级以上科技创新平台5个以上: a count of its own is no class, the next item counts apart)
  // (建成30个以上通用机场和600个以上起降场地: a count joined to the next by 和 is an item of a list)
  if (/^(?:及)?以[上下](?:、[^，。；\d]{1,10}?以[上下])?(?![（(]调)[^，。；、\d]{1,10}(?<![和及与])[\d一二两三四五六七八九十]+(?:余|多)?[个家座所项条台套]/.test(after) && !(quantity.base === 'count' && after.startsWith('以上、'))) return true;
  // 在10万立方米以下水库建设…, 对1000万元以上项目…: the things a measure is about, by their size
  // (加快在百亿元项目招引上取得新突破: the class of projects a measure works on, by their size)
  // (通过对100家以上传统优势企业的重点培育: the things themselves counted by their measure word are how many, no size)
  // (not 数据中心电能利用效率控制在1.2以下等…目标: a bound the figure is kept within)
  if (/(?<!控制|稳定|保持|维持)[在对]$/.test(sentence.slice(0, quantity.start)) && !(quantity.base === 'count' && /^[家个所项座条台套户]$/.test(quantity.unit)) && (/^(?:及)?以[上下][^，。；、\d的]/.test(after) || (quantity.base === 'CNY' && /^级?(?:以上)?的?[^，。；、\d]{0,4}(?:项目|企业)/.test(after)))) return true;
  // 每上一个100亿元台阶，再奖励100万元: the step says when the reward is paid
  // (迈上6000亿元台阶 is the step to reach)
  if (quantity.base === 'CNY' && /^的?台阶/.test(after) && !STEP_UP.test(sentence.slice(0, quantity.start))) return true;
  // 年产10万辆新能源汽车的项目: the capacity says which project
  // (not 尽快达到年产10000台套新能源客车的产能: the capacity itself, reached)
  if (/(?:年产(?:能)?|产能)$/.test(sentence.slice(0, quantity.start)) && /^[^，。；]{0,12}的/.test(after) && !/^[^，。；]{0,12}的(?:产能|生产能力|规模)(?![\u4e00-\u9fa5])/.test(after)) return true;
  // (500元/亩的标准进行一次性补助: a rate's standard, and 一次 is no count)
  // (20%的补助(二者取较小额度): 二者 is no count)
  // (30%以上的行政村达到“四美乡村”建设标准: a quoted name opening on a digit counts nothing)
  // (100个优秀的行业大模型产品和1000个行业成功案例: a count after 和 is the next item of a list, not the thing's size)
  return /^[^，。；、]{0,3}的[^，。；、\d]{1,12}(?<![“和及与])[\d一二三四五六七八九十百千](?!次性|者)/.test(after)
    && !/^(?:\/[\u4e00-\u9fa5]{1,3})?(?:(?:规模|总额)的|的(?:比例|标准|额度))/.test(after)
    // (给予最高3万元的租房补贴和30万元的购房补贴: a payment, then the next one; 给予最高5万元的奖励（同一主体最高奖励10万元）: or a note on it)
    && !/^的[^，。；、\d]{0,8}(?:补贴|补助|奖励|资助|支持|奖补)(?:和|、|及|以及|[（(])/.test(after);
}

const COMPARATOR_AFTER: [RegExp, Comparator][] = [
  [/^(以上|及以上|多|级)/, '>='],
  // (本条款实施资金总额2000万元控制, 单家50万元封顶: a sum held to, or capped at)
  [/^(以下|及以下|以内|(?:控制|封顶|为限)(?![在到于性]))/, '<='],
  [/^(左右|上下)/, '~'],
];
/** 不得, 严禁: the words that forbid passing a bound (不得超过200元), which make a ceiling of it. */
export const FORBIDDEN_TO = '(?:不得|不能|不应|不宜|严禁|禁止)';
/** Cues a few words before the number, searched globally so the last one wins. */
const COMPARATOR_BEFORE = ([
  // (单家每年不超300万元: 不超 is 不超过 written short; 能耗降至0.17吨标准煤 is the level to reach, written plain)
  // (礼金不得超过200元, 不能高于: a bound forbidden to pass is a ceiling; 一次性奖励可达100万元: a payment up to a sum)
  [new RegExp(`(不超过|不超|不高于|不多于|不大于|${FORBIDDEN_TO}(?:超过|高于|多于|大于)|至多|最高|最多|最长|低于|控制在|上限|限额(?!以[上下])|(?<=总额|额度|金额)限(?=$)|封顶|少于|小于|压减到|可(?:补贴|补助|奖励|资助|奖补)(?:至|到)|(?<=(?:补贴|补助|奖励|资助|奖补|扶持|激励)(?:资金|金额)?)可达|[≤≦]|<=|(?<=^\\s*)[<＜](?=$))`), '<='],
  [/(不少于|不低于|不小于|超过|突破|至少|最低|最少|逾|多于|高于|大于|力争超过|迈上|跨上|跃上|登上|站上|(?<=[值入额模量])上(?=$)|(?:跨越|迈过|跨过)(?=$)|(?<![突打攻])破(?=$)|(?<![不赶])超(?=$)|(?<![通经超越])过(?=$)|[≥≧]|>=|(?<=^\s*)[>＞](?=$))/, '>='],
  // (近期形成1000公里主航路, 近年来: the near term and recent years are times, not a figure nearly reached)
  [/(大约|(?<![履合签节制预公条契集])约|接近|(?<![最临附将])近(?![期年日来])|左右)/, '~'],
] as [RegExp, Comparator][]).map(([pattern, comparator]): [RegExp, Comparator] => [new RegExp(pattern.source, 'g'), comparator]);

/** 不少于100家 → >=, 最高3000万元 → <=, 60%以上 → >=, 约 → ~, 10%—15% → range, else =. */
export function comparatorOf(sentence: string, quantity: Quantity, previous?: { quantity: Quantity; comparator: Comparator }): Comparator {
  if (quantity.valueMax !== null) return 'range';
  // (增长34.2%，高于28%的年度目标: what a result is above is the target itself)
  if (yearTargetNamed(sentence, quantity)) return '=';
  const own = ownComparator(sentence, quantity);
  // 分别不少于500家、400家和300家: items of one list share the cue before the first
  // (not 3个超千亿元、5个超五百亿元产业集群: a size before the count is no item of its list)
  // (打造形成4个万亿级、4个五千亿级产业集群: nor a scale class, which sorts the count before it)
  if (own === '=' && previous && previous.comparator !== 'range' && sentence[previous.quantity.end - 1] !== '级' && !SIZE_CLASS_BEFORE.test(sentence.slice(Math.max(0, previous.quantity.start - 16), previous.quantity.start)) && LIST_ITEM_JOIN.test(sentence.slice(previous.quantity.end, quantity.start))) return previous.comparator;
  // (征集发布不少于50个乡村旅游点、30条乡村旅游精品线路: things counted, each named, share the floor said before the first)
  if (own === '=' && previous && previous.comparator === '>=' && FLOOR_BEFORE.test(sentence.slice(Math.max(0, previous.quantity.start - 3), previous.quantity.start)) && COUNT_LISTED.test(sentence.slice(previous.quantity.end, quantity.start))) return '>=';
  // (最高可获得2000万研发创业资助、2000万临床投入补助和3000万园区建设资助: payments listed, each named, share the cap said before the first)
  if (own === '=' && previous && previous.comparator === '<=' && previous.quantity.base === 'CNY' && quantity.base === 'CNY' && PAYMENT_LISTED.test(sentence.slice(previous.quantity.end, quantity.start))) return '<=';
  // (给予最高20%的设备投入补助、30%的研发费用补助、100%的房租补贴和800元/平方米的装修补贴: or shares each named after its own figure,
  // and what follows the last of them; not 最高4万元的租房补贴和40万元的购房补贴, sums whose cap may be the first's alone)
  if (own === '=' && previous && previous.comparator === '<=' && previous.quantity.base === 'percent' && PAYMENT_LISTED_AFTER_FIGURE.test(sentence.slice(previous.quantity.end, quantity.start))) return '<=';
  // 分别增长7.5%和8%左右: and the cue after the last
  const rest = sentence.slice(quantity.end, quantity.end + 40);
  const closing = own === '=' && /^[、和及与或]/.test(rest) ? LIST_CLOSING.exec(rest)?.[1] : undefined;
  if (closing) return closing === '左右' ? '~' : closing === '以上' ? '>=' : '<=';
  return own;
}

/**
 * 、, 和: the mark joining two figures of a list; 省级、, 以上和: or the level the first counts, or its own floor, then the mark (不少于1个省级、
 * 2个市级…, 分别达到60%以上和45%以上 share the floor; not 近10亿元财政资金和30亿元, where words of their own part them).
 */
const LIST_ITEM_JOIN = /^(?:[^，。；：\d、和及与或]{0,4}级|以上)?[、和及与或]$/;
/** 不少于, 至少: a floor said right before a figure. */
const FLOOR_BEFORE = /(?:不少于|至少|不低于)$/;
/** 乡村旅游点、: the things a figure of a list counts, then the mark that joins the next (no verb of its own after it). */
const COUNT_LISTED = /^[^，。；：\d、和及与或]{1,10}[、和及与]$/;
/** 研发创业资助、: the name of a payment listed, then the mark that joins the next. */
const PAYMENT_LISTED = /^(?!的)[^，。；\d]{0,12}(?:资助|补助|补贴|奖励|奖补|支持)[、和及与]$/;
/** 的设备投入补助、: the payment an earlier figure of a list is, named after it, then the mark that joins the next. */
const PAYMENT_LISTED_AFTER_FIGURE = /^(?:\s*[/／][\u4e00-\u9fa5]{1,4})?的[^，。；\d]{2,12}(?:资助|补助|补贴|奖励|奖补|贴息)[、和及与]$/;
/** The rest of a list of figures after one of them, closed by a cue: 和8%左右, 、30万元、10万元以内. */
const LIST_CLOSING = /^(?:[、和及与或][\d.]+[^\d、和及与或，。；]{0,3}?)+?(左右|以上|以下|以内)(?=[，。；]|$)/;

function ownComparator(sentence: string, quantity: Quantity): Comparator {
  if (quantity.more) return '>=';
  // 150亿元（人民币）以上, 200万元封顶: a bracket after the amount is skipped; 封顶 caps it
  const next = sentence.slice(quantity.end, quantity.end + 16);
  // (全员劳动生产率达到28万元/人以上: the floor after a rate's per-unit)
  const after = (next.startsWith('（') || next.startsWith('(') ? next.replace(/^[（(][^（()）]{1,8}[）)]/, '') : next).replace(PER_UNIT_BEFORE_CUE, '').slice(0, 4);
  if (after.startsWith('封顶')) return '<=';
  for (const [pattern, comparator] of COMPARATOR_AFTER) if (pattern.test(after)) return comparator;
  // the cue may sit a few words before: 按照不超过建设项目投资的30%
  // 分别最高奖励企业经营管理团队（团队名单由企业提供，…）200万元: an aside in brackets is skipped
  const window = sentence.slice(Math.max(0, quantity.start - 80), quantity.start);
  const prefix = /[（(]/.test(window) ? window.replace(/[（(][^（()）]*[）)]/g, '') : window;
  const clauseStart = Math.max(prefix.lastIndexOf('，'), prefix.lastIndexOf('；'), -1) + 1;
  // (按照不超过设备、软件实际投资的: a window opening inside a cue takes in its 不)
  const from = Math.max(clauseStart, prefix.length - 12);
  const before = prefix.slice(from > clauseStart && prefix[from - 1] === '不' ? from - 1 : from);
  let best: { at: number; comparator: Comparator } | null = null;
  for (const [pattern, comparator] of COMPARATOR_BEFORE) {
    for (const m of matchesOf(pattern, before)) {
      const at = m.index + m[0].length;
      // 突破类项目, 超过部分的0.5%: the word names a kind or a part, not a bound
      if (/^(?:类|部分|性)/.test(before.slice(at))) continue;
      // the longer cue wins where two overlap: 不低于 over 低于
      if (!best || at > best.at || (at === best.at && comparator !== best.comparator && m[0].length > 2)) best = { at, comparator };
    }
  }
  // 最高可获得约1亿元: a cap with an approximate sum is still a cap
  if (best?.comparator === '~' && /最高|不超过/.test(before)) return '<=';
  // (集中突破50项关键技术: technologies broken through are counted, not exceeded)
  if (best?.comparator === '>=' && quantity.unit === '项' && /突破$/.test(before) && BROKEN_THROUGH.test(sentence.slice(quantity.end, quantity.end + 12))) return '=';
  // (增速高于全省1个百分点: the margin over another's growth is the figure itself, not a floor)
  if (best?.comparator === '>=' && quantity.base === 'percentage_point' && MARGIN_OVER.test(before)) return '=';
  // (营业收入突破千亿元的产业集群达6个: a cue before another figure, in words too, bounds that one)
  if (best && !/\d|[十百千万亿]元/.test(before.slice(best.at))) return best.comparator;
  // (按不超过研发仪器设备及软件投入的40%, 最高按照项目设备和软件投入的20%: a rate capped before the long basis it is of)
  if (quantity.base === 'percent' && CAPPED_BASIS.test(prefix.slice(clauseStart))) return '<=';
  return '=';
}

/** /人, /亩 right after a figure, before the cue that bounds it: 28万元/人以上. */
const PER_UNIT_BEFORE_CUE = /^[/／][\u4e00-\u9fa5]{1,3}(?=(?:及)?以上|以下|以内|左右)/;
/** 关键技术, 大模型应用项目: what is broken through, counted after 突破N项. */
const BROKEN_THROUGH = /^[^，。；\d]{0,8}?(?:技术|项目|成果|难题|瓶颈)/;
/** 高于全省, 高于全市平均, 高于城镇居民: higher than another's figure, by the margin after it. */
const MARGIN_OVER = /高于[^，。；\d]{0,12}$/;

/** 按不超过研发仪器设备及软件投入的, 最高按照项目投入的, 累计支持金额不超过该项目…支出的: a cap on a rate, said before what the rate is of. */
const CAPPED_BASIS = /(?:(?:按照?|以)?(?:不超过|不高于)|(?:最高|最多)(?:按照?|以))[^，。；\d]{2,30}?的?\s*$/;

/** 做大做强, 做强, 壮大, 培植: growing what a place has, not building anew. */
const GROWS_EXISTING = /(?:做大做强|做优做强|做强做优|做大|做强|做优|壮大|培植|提升)[^，。；]*$/;

/** 稻米、油料、果蔬、生猪、家禽、水产和林下经济: whether the words before a count end on a list of as many items. */
function restatesListBefore(before: string, count: number): boolean {
  const list = /[\u4e00-\u9fa5“”]{1,10}(?:、[\u4e00-\u9fa5“”]{1,10}){1,11}(?:[和及与][\u4e00-\u9fa5“”]{1,10})?$/.exec(before)?.[0];
  // (新能源汽车、化工新材料、现代食品等3个: an open list gives examples of the count, which says more)
  if (!list || list.endsWith('等')) return false;
  const items = list.split(/、|[和及与](?=[^、]*$)/);
  return items.length === count;
}

/** 新招引, 引进, 签约: winning projects for a place, whose total a sum after it may be. */
const WINS_PROJECTS = /(?:招引|引进|签约|招商|落地|开工|新开工)$/;

/** 亿元, 5000万元, 20亿元, 15亿元: a sum of one significant digit (or 15, 25), at which a class of projects is drawn; 705亿元 is none. */
function isRoundClass(value: number): boolean {
  const digits = String(value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length === 1 || digits === '15' || digits === '25';
}
