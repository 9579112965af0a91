import type { Clause } from '../../lib/search/types';
import { useLang, useT } from '../i18n';

/**
 * How the query was understood: one chip per clause, with the concept of the thesaurus it stands for and the other
 * spellings it also looked for, so a reader sees why a remark without the typed word matched (a synonym, a paraphrase, a
 * close spelling, the speaker). A word no remark holds is shown struck through: it was left out of the search.
 */
export function QueryChips({ clauses, counts }: { clauses: readonly Clause[]; counts?: readonly number[] }) {
  const t = useT();
  const lang = useLang();
  if (clauses.length === 0) return null;
  return (
    <div className="ml-query">
      <span className="ml-muted">{t('spQueryUnderstood')}</span>
      <ul className="ml-query-chips">
        {clauses.map((c, i) => {
          const others = c.alternatives.filter((a) => a.via !== 'typed' && a.via !== 'phrase' && a.text !== c.label);
          const fuzzy = others.filter((a) => a.via === 'fuzzy');
          const title = others.map((a) => a.text).join(' / ');
          const absent = counts?.[i] === 0;
          const concept = c.concepts?.map((x) => (lang === 'ja' ? `${x.ja} / ${x.en}` : `${x.en} / ${x.ja}`)).join(', ');
          return (
            <li
              key={`${c.label}-${i}`}
              className={absent ? 'ml-query-chip ml-query-chip-absent' : 'ml-query-chip'}
              title={title || undefined}
              data-count={counts?.[i]}
            >
              {absent ? <s>{c.label}</s> : c.alternatives.some((a) => a.via === 'phrase') ? `"${c.label}"` : c.label}
              {absent && <span className="ml-query-extra"> ({t('spWordNotFound')})</span>}
              {concept && <span className="ml-query-extra ml-query-concept"> = {t('spConceptOf', { label: concept })}</span>}
              {fuzzy.length > 0 && <span className="ml-query-extra"> ≈ {fuzzy.map((a) => a.text).join(', ')}</span>}
              {fuzzy.length === 0 && others.length > 0 && (
                <span className="ml-query-extra"> +{t('spSpellings', { n: others.length })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
