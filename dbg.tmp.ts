import { launch } from './tests/e2e/harness';
const h = await launch({ locale: 'ja-JP' });
await h.waitForSeed();
const panel = await h.openSidePanel('#/import');
panel.on('console', (m) => console.log('console', m.type(), m.text()));
panel.on('pageerror', (e) => console.log('pageerror', e));
await panel.locator('.ml-import input[type=file][multiple]').setInputFiles(['tests/e2e/fixtures/import/hq-040-2025-12-01.txt']);
for (let i = 0; i < 20; i++) {
  await panel.waitForTimeout(1000);
  const s = await panel.locator('.ml-import-items').innerText().catch((e) => String(e));
  console.log(i, s.slice(0, 300).replace(/\n/g, ' | '));
  if (!s.includes('読み取り中')) break;
}
await h.close();
