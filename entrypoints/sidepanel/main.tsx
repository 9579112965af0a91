import { createRoot } from 'react-dom/client';
import { type PublicPath, browser } from 'wxt/browser';
import { ThemeStyle } from '../../components/ThemeStyle';
import { LangProvider } from '../../components/i18n';
import { SavedProvider } from '../../components/sidepanel/SavedContext';
import { ImportPage } from '../../components/sidepanel/ImportPage';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/sidepanel/saved.css';
import '../../components/sidepanel/sidepanel.css';
import { openCorpus } from '../../lib/db/bundled';
import { browserLang, translate } from '../../lib/i18n';
import type { SearchIndex } from '../../lib/search/search-index';
import { listenForCorpusChanges } from '../../platform/corpus-channel';
import { importWiring, notifyCorpusChanged } from './import-wiring';
import { indexLoader, prepareWhenIdle } from './search-wiring';

/** The side panel searches the whole corpus in memory; it is loaded again whenever the corpus changes (an import). */
const CORPUS_URL = browser.runtime.getURL('/corpus.json' as PublicPath);
const { db, access } = openCorpus(CORPUS_URL);
const readIndex = indexLoader(db, access, CORPUS_URL);

async function loadIndex(): Promise<SearchIndex> {
  const index = await readIndex();
  prepareWhenIdle(index);
  return index;
}

const listeners = new Set<() => void>();
const corpusChanged = () => listeners.forEach((listener) => listener());
const onCorpusChanged = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
// Another panel, or the background after reseeding a cleared database, changed the corpus.
const corpusChannel = listenForCorpusChanges(corpusChanged);

const { store, importer } = importWiring(db, CORPUS_URL);
/** After a save or delete: index again here, and tell the other panels and the background (which tells the tabs). */
const afterImportChange = async () => {
  corpusChanged();
  corpusChannel.announce();
  await notifyCorpusChanged();
};

const lang = browserLang();
document.documentElement.lang = lang;
document.title = translate(lang, 'appName');
createRoot(document.getElementById('root')!).render(
  <LangProvider lang={lang}>
    <div className="ml-root">
      <ThemeStyle />
      <SavedProvider db={db}>
        <SidePanelApp
          loadIndex={loadIndex}
          onCorpusChanged={onCorpusChanged}
          importView={<ImportPage importer={importer} store={store} onChanged={afterImportChange} />}
        />
      </SavedProvider>
    </div>
  </LangProvider>,
);
