// The Chinese vocabulary that indicator naming uses, kept as data with one example per entry:
// which opening verbs only say "bring about" (打造10个产业数据枢纽 → 产业数据枢纽), which words
// open a condition without naming a thing (经评审认定), and which heads are too general to name one;
// and the kinds of support that both reading a figure as support and naming it look for (loans a
// government issues, homes lent to a talent), so the two read the same words.

export interface WordEntry { word: string; example: string }

const alternation = (entries: readonly WordEntry[]): string =>
  [...entries].map((e) => e.word).sort((a, b) => b.length - a.length).join('|');

/**
 * Verbs of bringing something about: they say a target is pursued, not what is measured, so a
 * name drops them. Verbs that change what is counted (挂牌 listed, 服务 served, 发布 published,
 * 攻克 solved) are not here and stay.
 */
export const BRINGING_ABOUT: readonly WordEntry[] = [
  { word: '打造', example: '打造10个产业数据枢纽 → 产业数据枢纽' },
  { word: '培育', example: '培育数据类专精特新企业300家 → 数据类专精特新企业' },
  { word: '新培育', example: '每年新培育瞪羚企业400家 → 瞪羚企业' },
  { word: '建设', example: '建设30个试点示范项目 → 试点示范项目' },
  { word: '建成', example: '建成5个重点公共服务平台 → 重点公共服务平台' },
  { word: '新建', example: '新建10个智能工厂 → 智能工厂' },
  { word: '推动', example: '推动500家企业完成贯标 → 完成贯标企业' },
  { word: '引育', example: '引育100位企业类人才 → 企业类人才' },
  { word: '引进', example: '引进50家数据商 → 数据商' },
  { word: '培育引进', example: '培育引进200家第三方专业机构 → 第三方专业机构' },
  { word: '引进培育', example: '引进培育700家专业行业数据商 → 专业行业数据商' },
  { word: '汇聚', example: '汇聚100家数据要素型龙头企业 → 数据要素型龙头企业' },
  { word: '集聚', example: '集聚数据交易生态企业500家 → 数据交易生态企业' },
  { word: '形成', example: '形成1000个高质量数据集 → 高质量数据集' },
  { word: '选树', example: '选树20个国家级大数据产业示范标杆 → 国家级大数据产业示范标杆' },
  { word: '遴选', example: '启动遴选30个试点城市 → 试点城市' },
  { word: '启动', example: '启动遴选第二批30个试点城市 → 第二批试点城市' },
  { word: '推进', example: '推进20个政务信息系统迁移上云 → 政务信息系统迁移上云' },
  { word: '提速', example: '提速8个城中村、113个老旧小区改造工程 → 城中村' },
  { word: '围绕', example: '围绕11条标志性产业链 → 标志性产业链' },
  { word: '组织实施', example: '每年组织实施100项重大科技创新工程项目 → 重大科技创新工程项目' },
  { word: '组织开展', example: '每年组织开展6场产学研对接 → 产学研对接' },
  { word: '实施', example: '每年实施3000项技术创新项目 → 技术创新项目' },
  { word: '开展', example: '开展10场供需对接活动 → 供需对接活动' },
  { word: '认定', example: '认定50家省级智能工厂 → 省级智能工厂' },
  { word: '创建', example: '创建5个国家级先进制造业集群 → 国家级先进制造业集群' },
  { word: '争创', example: '争创3个国家级平台 → 国家级平台' },
  { word: '精准', example: '精准引育100位企业类人才 → 企业类人才' },
  { word: '大力', example: '大力培育50家龙头企业 → 龙头企业' },
  { word: '加快', example: '加快建设10个产业园区 → 产业园区' },
  { word: '努力推动', example: '努力推动培育专精特新中小企业1万家 → 专精特新中小企业' },
  { word: '先选择', example: '先选择30个城市开展试点工作 → 开展试点工作城市' },
  { word: '选择', example: '选择10个区县开展试点 → 开展试点区县' },
  { word: '支持', example: '支持千家企业产学研协同创新 → 企业产学研协同创新' },
  { word: '锚定', example: '锚定全省风电、光伏装机1亿千瓦以上 → 全省风电、光伏装机' },
  { word: '聚集', example: '聚集产业链相关企业100家 → 产业链相关企业' },
  { word: '加强', example: '加强10个公共服务平台建设 → 公共服务平台建设' },
];

/** Time and place words that may stand before such a verb: 每年新培育, 全省打造, 在全国建设培育. */
export const SCOPE_BEFORE_VERB: readonly WordEntry[] = [
  { word: '每年', example: '每年新培育瞪羚企业400家' },
  { word: '成功', example: '成功培育1个千亿级集群' },
  { word: '年内', example: '年内打造100个融合发展示范企业' },
  { word: '全年', example: '全年新增上市企业5家' },
  { word: '全省', example: '全省打造50家大数据标杆企业' },
  { word: '全市', example: '全市建成30个智能工厂' },
  { word: '全区', example: '全区培育科技型中小企业1000家' },
  { word: '全县', example: '全县新增规上工业企业20家' },
  { word: '该省', example: '该省力争培育专精特新中小企业3000家' },
  { word: '该市', example: '该市将新建5G基站2000个' },
  { word: '在全国', example: '在全国建设培育1万家产教融合型企业' },
  { word: '力争', example: '力争建成5个重点公共服务平台' },
  { word: '累计', example: '累计培育200家试点企业' },
  { word: '重点', example: '重点建设智能工厂60个' },
];

/** Actors that a counted verb phrase applies to, put after it: 企业完成贯标 → 完成贯标企业. */
export const COUNTED_ACTORS: readonly WordEntry[] = [
  { word: '企业', example: '推动500家企业完成贯标 → 完成贯标企业' },
  { word: '规上工业企业', example: '推动1000家规上工业企业实施数据赋能专项行动 → 实施数据赋能专项行动规上工业企业' },
  { word: '城市', example: '选择30个城市开展试点工作 → 开展试点工作城市' },
  { word: '区县', example: '选择10个区县开展试点 → 开展试点区县' },
  { word: '园区', example: '推动20个园区完成循环化改造 → 完成循环化改造园区' },
];

/** The verbs after such an actor that make it a counted group: 实施, 完成, 开展. */
export const ACTOR_VERBS: readonly WordEntry[] = [
  { word: '实施', example: '企业实施可靠性提升' },
  { word: '完成', example: '企业完成贯标' },
  { word: '开展', example: '城市开展试点工作' },
  { word: '通过', example: '企业通过评估' },
  { word: '达到', example: '企业达到二级以上' },
];

/** Words that open a condition but name nothing paid for: 经评审认定, 获批, 本措施施行后. */
export const PROCEDURE_WORDS: readonly WordEntry[] = [
  { word: '本措施施行后', example: '对本措施施行后新获得荣誉的企业' },
  { word: '本政策实施后', example: '对本政策实施后新落户的企业' },
  { word: '经评审认定为', example: '对经评审认定为示范项目的' },
  { word: '经评审认定', example: '经评审认定，给予最高200万元奖励' },
  { word: '经审核认定', example: '经审核认定，给予补助' },
  { word: '经认定为', example: '对经认定为江苏省数据产业创新联合体的' },
  { word: '经认定', example: '对经认定的省级工业设计中心' },
  { word: '被认定为', example: '对被认定为国家级单项冠军的企业' },
  { word: '认定为', example: '对认定为省级研发机构的' },
  { word: '当年认定为', example: '对当年认定为省级首版次软件的产品' },
  { word: '当年新认定', example: '对当年新认定的灯塔工厂' },
  { word: '当年评定为', example: '对当年评定为国家级试点企业' },
  { word: '当年评为', example: '对当年评为省级未来工厂的' },
  { word: '被评为', example: '对被评为省级未来工厂的' },
  { word: '评为', example: '对当年评为省级智能工厂的' },
  { word: '获批', example: '对获批国家级试点项目的' },
  { word: '新认定', example: '对新认定的省级技术创新示范企业' },
  { word: '新获得', example: '对新获得国家级荣誉的企业' },
  { word: '获得', example: '对获得国家级奖项的企业' },
  { word: '申报', example: '对申报创新药品的企业' },
  { word: '参加', example: '对参加国家级大赛的企业' },
  { word: '上述领域', example: '对上述领域数字经济企业' },
  { word: '上述', example: '对上述企业' },
  { word: '前述', example: '对前述企业' },
];

/** Heads too general to name what is paid for: 对租用智能算力的主体 → 租用智能算力. */
export const GENERIC_HEADS: readonly WordEntry[] = [
  { word: '主体', example: '对租用智能算力的主体' },
  { word: '企业', example: '对首次上榜的企业' },
  { word: '单位', example: '对牵头建设的单位' },
  { word: '企事业单位', example: '对获奖的企事业单位' },
  { word: '机构', example: '对新设立的机构' },
  { word: '申报主体', example: '对新获评国家制造业单项冠军的申报主体' },
  { word: '申报单位', example: '对通过验收的申报单位' },
  { word: '申报企业', example: '对首次认定的申报企业' },
  { word: '项目', example: '对符合条件的项目' },
  { word: '个人', example: '对获奖的个人' },
  { word: '团队', example: '对引进的团队' },
  { word: '产品', example: '当年认定为省级首版次软件的产品' },
  { word: '品种', example: '对完成新药临床前研究并取得受理号的品种' },
  { word: '企业或科研机构', example: '给予企业或科研机构每年最高500万元补贴' },
];

/** Who receives money without saying more than that it is given: 给予企业最高100万元. */
export const GENERIC_RECIPIENTS: readonly WordEntry[] = [
  ...GENERIC_HEADS,
  { word: '其', example: '给予其最高50万元奖励' },
  { word: '每家', example: '给予每家一次性50万元的创业奖励' },
  { word: '相关企业', example: '给予相关企业最高30万元补助' },
  { word: '申报主体', example: '给予申报主体最高100万元' },
  { word: '该机构', example: '每跨上一个5亿元台阶，给予该机构一次性成长补贴5万元' },
  { word: '该企业', example: '首次入选…的，给予该企业一次性奖励50万元' },
  { word: '该单位', example: '给予该单位最高20万元补助' },
  { word: '该项目', example: '给予该项目最高100万元支持' },
  { word: '该团队', example: '给予该团队最高500万元资助' },
];

/** Loans a government issues as support, after 发放: the sum is money given, named from 发放. */
export const LOANS_ISSUED: readonly WordEntry[] = [
  { word: '担保贷款', example: '发放创业担保贷款1500万元 → 发放创业担保贷款' },
  { word: '贴息贷款', example: '发放贴息贷款500万元' },
  { word: '小额信贷', example: '发放扶贫小额信贷2亿元' },
  { word: '小额贷款', example: '发放小额贷款300万元' },
];

/** Homes lent to a talent, right after their size: the size is support, named by the home. */
export const HOMES_LENT: readonly WordEntry[] = [
  { word: '周转房', example: '可免费居住120平方米左右周转房 → 免费周转房面积' },
  { word: '周转住房', example: '可入住100平方米周转住房' },
  { word: '人才住房', example: '可选择入住200平方米人才住房' },
  { word: '人才公寓', example: '可免费租住90平方米的人才公寓' },
  { word: '公寓', example: '可入住80平方米以内的公寓' },
  { word: '住房', example: '可免费租住120平方米住房' },
  { word: '安居房', example: '可入住150平方米安居房' },
  { word: '租赁住房', example: '可租住90平方米租赁住房' },
];

export const LOAN_ISSUED_WORDS = alternation(LOANS_ISSUED);
export const HOME_LENT_WORDS = alternation(HOMES_LENT);

/** 重点实施类新签约 keeps 实施: a verb before 类 names a category. */
/** 引进和培育3—5家独角兽企业: verbs joined by 和 or 、 go together. */
export const BRINGING_ABOUT_PATTERN = new RegExp(`^(?:${alternation(SCOPE_BEFORE_VERB)})*(?:(?:${alternation(BRINGING_ABOUT)})(?:[和、及与](?=${alternation(BRINGING_ABOUT)}))?)+(?![类成和及与]|区(?!域))`);
export const COUNTED_ACTOR_PATTERN = new RegExp(`^(${alternation(COUNTED_ACTORS)})((?:${alternation(ACTOR_VERBS)}).{2,})$`);
export const PROCEDURE_PATTERN = new RegExp(`^(?:${alternation(PROCEDURE_WORDS)})+`);
export const GENERIC_HEAD_PATTERN = new RegExp(`^(?:${alternation(GENERIC_HEADS)})$`);
export const GENERIC_RECIPIENT_PATTERN = new RegExp(`^(?:${alternation(GENERIC_RECIPIENTS)})$`);
