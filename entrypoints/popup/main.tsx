import { entityRoute } from '../../lib/search/route';
import { createRoot } from 'react-dom/client';
import { type PublicPath, browser } from 'wxt/browser';
import { LangProvider } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import type { SwitchControls } from '../../components/popup/HighlightSwitches';
import type { EntityRef } from '../../lib/corpus/views';
import { openCorpus } from '../../lib/db/bundled';
import { browserLang, translate } from '../../lib/i18n';
import { formatRoute } from '../../lib/search/route';
import { ask as send } from '../../platform/ask';
import { openSidePanel } from '../../platform/open-sidepanel';

/**
 * The popup reads the extension's IndexedDB itself (same origin as the service worker), so lookups work even while the
 * worker is asleep; switches go through the worker, which stores them and tells the open tabs.
 */
const { access } = openCorpus(browser.runtime.getURL('/corpus.json' as PublicPath));

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Only web pages get switches: browser pages and the extension's own pages have no content script. */
function webHost(url: string | undefined): string | null {
  if (!url || !/^https?:/.test(url)) return null;
  return new URL(url).hostname || null;
}

async function main() {
  const tab = await activeTab();
  const queries = await access.queries();
  const { dataDate } = await queries.info();
  const switches: SwitchControls = {
    host: webHost(tab?.url),
    get: (host) => send({ type: 'switch-state', host: host ?? '' }),
    set: (host, enabled) => send({ type: 'set-switch', host, enabled }),
  };
  const openPanel = (ref: EntityRef) => {
    void openSidePanel(formatRoute(entityRoute(ref)), { tabId: tab?.id, windowId: tab?.windowId }).then(() => window.close());
  };
  const lang = browserLang();
  document.documentElement.lang = lang;
  document.title = translate(lang, 'appName');
  createRoot(document.getElementById('root')!).render(
    <LangProvider lang={lang}>
      <Popup
        lookup={async (q) => (await access.queries()).lookup(q, 8)}
        details={async (ref) => (await access.queries()).entityDetails(ref)}
        switches={switches}
        dataDate={dataDate}
        openSidePanel={openPanel}
      />
    </LangProvider>,
  );
}

void main();
