import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMER_DIVISIONS_FILE, formerDivisions } from '../../extract/former-divisions';
import { extractText } from '../../extract/run-pipeline';

const region = (title: string, body: string): string => extractText('text.txt', `${title}\n\n${body}\n`).documents[0].region;

describe('former divisions', () => {
  it('is the list the official revisions give, regenerated (npm run regions:former), not edited by hand', () => {
    expect(JSON.parse(readFileSync(FORMER_DIVISIONS_FILE, 'utf8'))).toEqual(formerDivisions());
  });

  it('holds counties since renamed or merged, under their city, and no name a current division has', () => {
    const byName = new Map(formerDivisions().map((d) => [d.name, d]));
    expect(byName.get('辽中县')).toEqual({ code: '210122', name: '辽中县', cityCode: '2101' });
    expect(byName.get('闸北区')?.cityCode).toBe('3101');
    expect(byName.has('辽中区')).toBe(false);
    // a name several cities held (城区, 郊区) names none of them
    expect(byName.has('城区')).toBe(false);
    expect(byName.has('郊区')).toBe(false);
    // nor one named by where it lies in its city, which texts write as words (大都市郊区新城)
    for (const name of ['市郊区', '北市区', '南郊区', '北站区', '下城区']) expect(byName.has(name)).toBe(false);
  });

  it('places a text where it names a county as it was called then', () => {
    expect(region('宁乡县2012年工业经济工作要点', '全县规模工业增加值增长18%。宁乡县将新增规模工业企业30家。')).toBe('长沙市宁乡县');
    expect(region('九江县加快发展现代农业的意见', '九江县力争全县粮食产量稳定在20万吨。')).toBe('九江市九江县');
    // (a name of two characters too)
    expect(region('横县大力推动茉莉花产业发展', '“今年全县新种茉莉5000多亩。”据横县茉莉花产业服务中心主任介绍，横县茉莉花产业总产值力争达到130亿元。')).toBe('南宁市横县');
  });

  it('keeps the current name for a text that writes it, and a county read inside a word stays unread', () => {
    expect(region('宁乡市2024年工业经济工作要点', '全市规模工业增加值增长8%。宁乡市将新增规模工业企业30家。')).toBe('长沙市宁乡市');
    expect(region('陕县域经济发展测评办法实施', '《陕西省县域经济社会发展监测考评办法》明确，全省107个县（市、区）分开考评。')).not.toMatch(/陕县/);
  });
});
