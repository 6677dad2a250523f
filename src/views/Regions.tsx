// Regions: a tile-grid map of China's provinces coloured by number of commitments, and a
// profile page per region listing its documents and commitments.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { tileMapOption } from '../charts/tile-map-option';
import { PROVINCE_TILES } from '../data/provinces';
import { targetHref, type ViewProps } from '../app/context';
import { amount, deadlineText } from './format';

function Profile({ name, props }: { name: string; props: ViewProps }) {
  const { t, filtered, language, regionName } = props;
  // the profile respects the active filters, like every other view
  const mine = filtered.filter((r) => r.province === name || r.target.region.name === name);
  const documents = [...new Map(mine.filter((r) => r.document).map((r) => [r.document!.id, r.document!])).values()];
  return (
    <section aria-labelledby="profile-title" className="profile">
      <p><a href={`#/regions?${props.route.params}`}>← {t('regions')}</a></p>
      <h2 id="profile-title">{regionName(name)} · {t('profile')}</h2>
      <p data-testid="profile-count">{mine.length} {t('commitments')} ({t('withCities')}; {t('inFilter')}: {props.exportMeta.filters}) · {documents.length} {t('documents')}</p>
      <h3>{t('documents')}</h3>
      <ul>{documents.map((d) => <li key={d.id}>{d.title} <span className="muted">({regionName(d.region)} · {d.published ?? ''})</span></li>)}</ul>
      <h3>{t('commitments')}</h3>
      <table className="plain">
        <thead><tr><th scope="col">{t('region')}</th><th scope="col">{t('indicator')}</th><th scope="col">{t('value')}</th><th scope="col">{t('deadline')}</th><th scope="col">{t('kind')}</th></tr></thead>
        <tbody>
          {mine.map(({ target }) => (
            <tr key={target.id}>
              <td>{regionName(target.region.name)}</td>
              <td><a href={targetHref(props.route, target.id)}>{target.indicator}</a></td>
              <td>{amount(target, language)}</td><td>{deadlineText(target, language)}</td><td>{t(target.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Regions(props: ViewProps) {
  const { filtered, route, t, go, regionName, language } = props;
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const row of filtered) map.set(row.province, (map.get(row.province) ?? 0) + 1);
    return map;
  }, [filtered]);
  const spec = useMemo(() => ({ ...tileMapOption(PROVINCE_TILES, counts, `${t('regions')} (${t('withCities')})`, t, language === 'en' ? regionName : undefined), records: filtered }), [counts, t, filtered, regionName, language]);
  if (route.param) return <Profile name={route.param} props={props} />;
  const national = counts.get('全国') ?? 0;
  return (
    <section aria-labelledby="regions-title">
      <h2 id="regions-title">{t('regions')}</h2>
      <p className="muted">{t('tileHint')} · {t('withCities')} · <a href={`#/regions/${encodeURIComponent('全国')}?${route.params}`}>{regionName('全国')} {national}</a></p>
      <Chart spec={spec} meta={props.exportMeta} t={t} testId="tile-map" onSelect={(_name, index) => index >= 0 && go('regions', PROVINCE_TILES[index].name)} />
      <nav aria-label={t('regions')} className="tile-links">
        {PROVINCE_TILES.filter((p) => counts.get(p.name)).map((p) => <a key={p.code} href={`#/regions/${encodeURIComponent(p.name)}?${route.params}`}>{language === 'zh' ? p.short : regionName(p.name)} {counts.get(p.name)}</a>)}
      </nav>
    </section>
  );
}
