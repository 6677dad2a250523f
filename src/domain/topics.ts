// Topics group indicators for comparison across regions: a commitment about 数据交易所 and one
// about 数商企业 both belong to the data market. The first topic whose words match wins.

export const TOPICS = [
  { id: 'computing', zh: '算力与数据中心', en: 'Computing power', words: /算力|数据中心|PUE|机架|超算|智算|FLOPS/ },
  { id: 'data-market', zh: '数据要素市场', en: 'Data market', words: /数据交易|数据要素|数据产品|数商|数据集|数据商|数据中介|数据资源|公共数据|数据空间|数据枢纽|数据/ },
  { id: 'ai', zh: '人工智能', en: 'Artificial intelligence', words: /人工智能|大模型|模型|机器人|智能/ },
  { id: 'patents', zh: '专利与标准', en: 'Patents & standards', words: /专利|知识产权|标准|商标/ },
  { id: 'talent', zh: '人才', en: 'Talent', words: /人才|工程师|人次|培训|培养|专家/ },
  { id: 'infrastructure', zh: '网络设施', en: 'Networks', words: /5G|基站|千兆|光纤|网络|宽带|物联/ },
  { id: 'enterprises', zh: '企业培育', en: 'Enterprises', words: /企业|独角兽|专精特新|龙头|冠军|小巨人/ },
  { id: 'digital-economy', zh: '数字经济', en: 'Digital economy', words: /数字经济|产业规模|增加值|营业收入|产值|增长率|规模/ },
  { id: 'funding', zh: '资金与补贴', en: 'Funding & subsidies', words: /基金|补贴|补助|奖励|贴息|资金|券/ },
  { id: 'industry', zh: '制造业与工业', en: 'Manufacturing & industry', words: /制造|工业|工厂|车间/ },
  { id: 'innovation', zh: '研发与创新平台', en: 'R&D & innovation', words: /研发|实验室|创新中心|技术中心/ },
  { id: 'government', zh: '数字政府', en: 'Digital government', words: /政务|一网通办|网办|电子证照/ },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'] | 'other';

export const OTHER_TOPIC = { id: 'other', zh: '其他', en: 'Other' } as const;

export function topicOf(text: string): TopicId {
  return TOPICS.find((topic) => topic.words.test(text))?.id ?? 'other';
}

export function topicLabel(id: string, language: 'zh' | 'en'): string {
  const topic = TOPICS.find((t) => t.id === id) ?? OTHER_TOPIC;
  return topic[language];
}
