import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Minutes Lens (議事概要レンズ)',
    description: "Japan's cybersecurity policy minutes, readable in context: names and terms on any page, with what was said.",
    // Why each permission: README.md, "Permissions".
    permissions: ['contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
  }),
});
