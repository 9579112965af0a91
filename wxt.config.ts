import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Minutes Lens (議事概要レンズ)',
    description: "Japan's cybersecurity policy minutes, readable in context: names and terms on any page, with what was said.",
    // Why each permission: README.md, "Permissions".
    permissions: ['contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? ['<all_urls>'] : ['sidePanel'])],
    // The same sites as the content script's matches (so no new permission warning): chrome.scripting may then inject
    // the popover's UI on first use and the updated content script into open tabs after an update.
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
  }),
});
