import type { Clause } from '../../lib/search/types';
import { useT } from '../i18n';

/**
 * How the query was understood: one chip per clause (all must hold), with the other spellings it also looked for, so a
 * reader sees why a remark without the typed word matched (a synonym, a close spelling, the speaker).
 */
export function QueryChips({ clauses }: { clauses: readonly Clause[] }) {
  const t = useT();
  if (clauses.length === 0) return null;
  return (
    <div className="ml-query">
      <span className="ml-muted">{t('spQueryUnderstood')}</span>
      <ul className="ml-query-chips">
        {clauses.map((c, i) => {
          const others = c.alternatives.filter((a) => a.via !== 'typed' && a.via !== 'phrase' && a.text !== c.label);
          const fuzzy = others.filter((a) => a.via === 'fuzzy');
          const title = others.map((a) => a.text).join(' / ');
          return (
            <li key={`${c.label}-${i}`} className="ml-query-chip" title={title || undefined}>
              {c.alternatives.some((a) => a.via === 'phrase') ? `"${c.label}"` : c.label}
              {fuzzy.length > 0 && <span className="ml-query-extra"> ≈ {fuzzy.map((a) => a.text).join(', ')}</span>}
              {fuzzy.length === 0 && others.length > 0 && <span className="ml-query-extra"> +{t('spSpellings', { n: others.length })}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
