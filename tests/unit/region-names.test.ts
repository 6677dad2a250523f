import { describe, expect, it } from 'vitest';
import { englishRegionName } from '../../src/app/region-names';
import { DatasetSchema } from '../../src/domain/schema';

describe('English region names', () => {
  it.each([
    ['浙江省', 'Zhejiang'], ['杭州市', 'Hangzhou'], ['重庆市', 'Chongqing'], ['广西壮族自治区', 'Guangxi'], ['陕西省', 'Shaanxi'],
    ['山西省', 'Shanxi'], ['西安市', "Xi'an"], ['六安市', "Lu'an"], ['西湖区', 'Xihu District'], ['延边朝鲜族自治州', 'Yanbian'],
    ['全国', 'China (national)'], ['内蒙古自治区', 'Inner Mongolia'],
  ])('%s → %s', (zh, en) => expect(englishRegionName(zh)).toBe(en));
  it('names every region of the bundled dataset without a Chinese character', async () => {
    const { readFileSync } = await import('node:fs');
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync('data/targets.json', 'utf8')));
    for (const { region } of dataset.targets) expect(englishRegionName(region.name)).not.toMatch(/[\u4e00-\u9fa5]/);
  });
});
