import { createRoot } from 'react-dom/client';
import { type PublicPath, browser } from 'wxt/browser';
import { ThemeStyle } from '../../components/ThemeStyle';
import { LangProvider } from '../../components/i18n';
import { SavedProvider } from '../../components/sidepanel/SavedContext';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/sidepanel/saved.css';
import '../../components/sidepanel/sidepanel.css';
import { fetchCorpus } from '../../lib/db/bundled';
import { MinutesDb } from '../../lib/db/schema';
import { browserLang } from '../../lib/i18n';
import { createAnalyzer } from '../../lib/search/analyzer-client';
import { type SearchIndex, buildSearchIndex, normalizeInSlices } from '../../lib/search/search-index';

/**
 * The side panel searches the whole corpus in memory: it reads the bundled corpus.json (a file of the extension package,
 * not a network request) and indexes it once. The database holds the same corpus; search needs every remark at once,
 * which a single JSON read gives faster than a table scan.
 */
async function loadIndex(): Promise<SearchIndex> {
  const corpus = await fetchCorpus(browser.runtime.getURL('/corpus.json' as PublicPath));
  const index = buildSearchIndex(corpus, await normalizeInSlices(corpus.remarks));
  // The fuzzy vocabulary is built while the reader is idle, not on the keystroke that first needs it.
  requestIdleCallback(() => index.fuzzy());
  return index;
}

const analyzer = createAnalyzer(() => new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' }));

/** The extension's database, for what the reader saves (bookmarks, notes); the corpus itself is read from corpus.json. */
const savedDb = new MinutesDb();

const lang = browserLang();
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(
  <LangProvider lang={lang}>
    <div className="ml-root">
      <ThemeStyle />
      <SavedProvider db={savedDb}>
        <SidePanelApp loadIndex={loadIndex} analyzer={analyzer} />
      </SavedProvider>
    </div>
  </LangProvider>,
);
