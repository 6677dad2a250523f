// Reading the URL hash never throws: a cut-off or mistyped escape drops only the part it spoils,
// unknown views and parameters are ignored, and what can be read is kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/app/route';
import { parseFilters } from '../../src/data/filters';

describe('parseHash', () => {
  it('reads a link whose region escape is cut off as the view without a region', () => {
    expect(parseHash('#/regions/%E6%B5%99%E6%B1%9F%E7%9C')).toMatchObject({ view: 'regions', param: null });
    expect(parseHash('#/regions/%E6%B5%99%E6%B1%9F%E7%9C%81')).toMatchObject({ view: 'regions', param: '浙江省' });
  });
  it('drops a parameter with a broken escape and keeps the others', () => {
    const route = parseHash('#/table?q=%E4%B8%93%E5%88%A9%ZZ&kind=target&%=x&from=20x5&lang=en');
    expect(route.params.get('q')).toBeNull();
    expect(route.params.get('kind')).toBe('target');
    expect(route.params.get('lang')).toBe('en');
    expect(parseFilters(route.params)).toMatchObject({ q: '', kind: 'target', from: null });
  });
  it('reads + as a space, as forms write it', () => {
    expect(parseHash('#/table?q=%E4%B8%93%E5%88%A9+%E6%B5%99%E6%B1%9F').params.get('q')).toBe('专利 浙江');
  });
  it('never throws on any hash, and round-trips what it writes', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('%', 'E', '6', 'Z', '/', '?', '&', '=', '#', '+', 'a', '浙') , maxLength: 40 }), (hash) => {
      const route = parseHash(`#/${hash}`);
      expect(parseHash(formatHash(route.view, route.param, route.params))).toEqual(route);
    }), { numRuns: 500 });
  });
});
