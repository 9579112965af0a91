import { useId, useState } from 'react';
import type { SearchIndex } from '../../lib/search/search-index';
import type { FacetCount, Facets, SearchFilters, SpokenOrWritten } from '../../lib/search/types';
import { formatDate } from '../../lib/i18n';
import { speakerLabelText, bodyLabel, meetingLabel as meetingName, personName, sectionLabel } from '../../lib/translations';
import { useLang, useT } from '../i18n';

export interface FiltersProps {
  index: SearchIndex;
  facets: Facets;
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
}

/** Facet values plus any chosen value the current results no longer hold, so a choice never vanishes from its list. */
function withChosen(facet: readonly FacetCount[], chosen: readonly string[] | undefined, label: (key: string) => string): FacetCount[] {
  const missing = (chosen ?? []).filter((k) => !facet.some((f) => f.key === k)).map((key) => ({ key, label: label(key), count: 0 }));
  return [...facet, ...missing];
}

const set = <K extends keyof SearchFilters>(filters: SearchFilters, key: K, value: SearchFilters[K] | undefined): SearchFilters => {
  const next = { ...filters };
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = value;
  return next;
};

/** Every filter of the search, labelled; each list shows how many results a choice would give. */
export function Filters({ index, facets, filters, onChange }: FiltersProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const meetingLabel = (key: string) => {
    const m = index.meetings.get(key);
    return m ? `${meetingName(m, lang)} (${formatDate(m.date, lang)})` : key;
  };
  const speakerLabel = (key: string) => {
    if (key.startsWith('?')) return speakerLabelText(key.slice(1), lang);
    const person = index.people.get(key);
    return person ? personName(person, lang) : key;
  };
  const speakers = withChosen(facets.speakers, filters.speakers, speakerLabel);
  const meetings = withChosen(facets.meetings, filters.meetings, meetingLabel);
  const termLabel = (k: string) => {
    const term = index.terms.get(k);
    return term ? (lang === 'en' ? (term.en ?? term.label) : term.label) : k;
  };
  const terms = withChosen(facets.terms, filters.terms, termLabel);
  const bodies = withChosen(facets.bodies, filters.bodies, (k) => k);
  const sections = withChosen(facets.sections, filters.sections, (k) => k);
  const modeCount = (mode: SpokenOrWritten) => facets.modes.find((m) => m.key === mode)?.count ?? 0;
  const active = Object.keys(filters).length;
  // Open from the start when a permalink brings filters, so the reader sees what narrows the results.
  const [open, setOpen] = useState(active > 0);

  const select = (
    key: 'meetings' | 'bodies' | 'terms' | 'sections',
    label: string,
    options: FacetCount[],
    optionLabel: (f: FacetCount) => string,
  ) => (
    <div className="ml-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key]?.[0] ?? ''}
        onChange={(e) => onChange(set(filters, key, e.target.value ? [e.target.value] : undefined))}
      >
        <option value="">{t('spAny')}</option>
        {options.map((f) => (
          <option key={f.key} value={f.key}>
            {`${optionLabel(f)} (${f.count})`}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <details className="ml-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('spFilters')}
        {active > 0 && <span className="ml-badge">{active}</span>}
      </summary>
      {/* Drawn only when open: on a large corpus the lists hold hundreds of meetings and speakers, redrawn with every
          result. */}
      {open && (
        <div className="ml-filter-grid">
          {select('bodies', t('spFilterBody'), bodies, (f) => bodyLabel(f.key, lang))}
          {select('meetings', t('spFilterMeeting'), meetings, (f) => meetingLabel(f.key))}
          <div className="ml-field-pair">
            <div className="ml-field">
              <label htmlFor={`${id}-from`}>{t('spFilterFrom')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={filters.from ?? ''}
                onChange={(e) => onChange(set(filters, 'from', e.target.value || undefined))}
              />
            </div>
            <div className="ml-field">
              <label htmlFor={`${id}-to`}>{t('spFilterTo')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={filters.to ?? ''}
                onChange={(e) => onChange(set(filters, 'to', e.target.value || undefined))}
              />
            </div>
          </div>
          {select('terms', t('spFilterTerm'), terms, (f) => termLabel(f.key))}
          {select('sections', t('spFilterSection'), sections, (f) => sectionLabel(f.key, lang))}
          <div className="ml-field">
            <label htmlFor={`${id}-mode`}>{t('spFilterMode')}</label>
            <select
              id={`${id}-mode`}
              value={filters.mode ?? ''}
              onChange={(e) => onChange(set(filters, 'mode', (e.target.value || undefined) as SpokenOrWritten | undefined))}
            >
              <option value="">{t('spAny')}</option>
              <option value="spoken">{`${t('spSpoken')} (${modeCount('spoken')})`}</option>
              <option value="written">{`${t('written')} (${modeCount('written')})`}</option>
            </select>
          </div>
          <fieldset className="ml-speakers">
            <legend>{t('spFilterSpeaker')}</legend>
            <ul>
              {speakers.map((s) => {
                const checked = filters.speakers?.includes(s.key) ?? false;
                return (
                  <li key={s.key}>
                    <label>
                      <input
                        type="checkbox"
                        checked={checked}
                        value={s.key}
                        onChange={() =>
                          onChange(
                            set(
                              filters,
                              'speakers',
                              checked ? filters.speakers?.filter((k) => k !== s.key) : [...(filters.speakers ?? []), s.key],
                            ),
                          )
                        }
                      />
                      <span className="ml-speaker-name">{speakerLabel(s.key)}</span>
                      <span className="ml-count">{s.count}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {active > 0 && (
            <button type="button" className="ml-link-button" onClick={() => onChange({})}>
              {t('spClearFilters')}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
