// The town list is handed in by the host and read only when a text first names a town.
import { describe, expect, it } from 'vitest';
import { townsNamed, useTowns, type Town } from '../../extract/towns';

describe('towns', () => {
  it('reads the list once, at the first lookup, and finds each town under its county', () => {
    let reads = 0;
    const list: Town[] = [{ name: '安亭镇', areaCode: '310114', cityCode: '3101' }, { name: '马桥镇', areaCode: '310112', cityCode: '3101' }, { name: '马桥镇', areaCode: '321282', cityCode: '3212' }];
    useTowns(() => { reads++; return list; });
    expect(reads).toBe(0);
    expect(townsNamed('马桥镇').map((t) => t.areaCode)).toEqual(['310112', '321282']);
    expect(townsNamed('安亭镇')).toHaveLength(1);
    expect(townsNamed('不存在镇')).toEqual([]);
    expect(reads).toBe(1);
  });

  it('finds nothing when the host gives no list, as in the browser', () => {
    useTowns(() => []);
    expect(townsNamed('安亭镇')).toEqual([]);
  });
});
