import { writeFileSync, readFileSync } from 'node:fs';
import { launch } from './tests/e2e/harness';
const h = await launch({ locale: 'ja-JP' });
await h.waitForSeed();
const p = await h.context.newPage();
const text = readFileSync('tests/e2e/fixtures/import/hq-042-2026-05-20.txt', 'utf8');
await p.setContent(`<!doctype html><meta charset="utf-8"><style>pre{font:11pt/1.6 "Noto Sans CJK JP",sans-serif;white-space:pre-wrap}</style><pre>${text}</pre>`);
writeFileSync('/tmp/t42.pdf', await p.pdf({ format: 'A4' }));
const panel = await h.openSidePanel('#/import');
panel.on('console', (m) => console.log('console', m.type(), m.text()));
panel.on('pageerror', (e) => console.log('pageerror', e));
await panel.locator('.ml-import input[type=file][multiple]').setInputFiles(['/tmp/t42.pdf']);
for (let i = 0; i < 90; i++) {
  await panel.waitForTimeout(2000);
  const s = await panel.locator('.ml-import-items').innerText().catch((e) => String(e));
  if (!s.includes('読み取り中')) { console.log(i, s.slice(0, 1500)); break; }
}
const b = await panel.locator('.ml-import-confirm');
if (await b.count()) {
  await b.click();
  await panel.locator('.ml-import-saved').waitFor({ timeout: 60000 });
  console.log(await panel.locator('.ml-import-list').innerText());
  await panel.locator('.ml-import-delete').first().click();
  await panel.waitForTimeout(5000);
  console.log('after delete:', await panel.locator('.ml-import-list').innerText());
}
await h.close();
