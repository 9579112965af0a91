import { defineConfig } from 'wxt';

/**
 * The add-on's fixed Gecko id. Without one, Firefox makes up a new id (and a new moz-extension:// UUID) at every
 * temporary install; with it, the id is stable and tests can choose the UUID (tests/firefox/harness.ts).
 */
export const GECKO_ID = 'minutes-lens@minutes-lens.invalid';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    // Name and description in the browser's language: public/_locales/{en,ja}/messages.json.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission: README.md, "Permissions".
    permissions: ['contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
