import { mkdirSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Corpus } from '../lib/corpus/types';
import { compilePatterns } from '../lib/recognize/compile';
import { Recognizer } from '../lib/recognize/recognizer';
import { newsPage } from './news-page';
import { random } from './random';

/**
 * Pages for the "what does the extension cost where it finds nothing" benchmark (bench/lean.ts), and a server that
 * answers on several loopback addresses, so frames from 127.0.0.2…13 are cross-site (each its own renderer process).
 */

const COOKING = `flour butter sugar salt pepper onion garlic ginger basil thyme rosemary oven skillet whisk simmer roast bake
  fold knead dough crust tomato potato carrot celery lemon olive oil vinegar broth stock cream cheese egg yolk pasta rice
  noodle bean lentil spinach kale mushroom pumpkin squash apple pear berry honey maple syrup cinnamon nutmeg clove vanilla
  chocolate cocoa almond walnut pecan hazelnut minutes gently stir until golden brown tender crisp season taste serve
  warm chilled overnight batch tray pan pot lid heat medium low high boil drain rinse chop dice slice mince grate peel
  zest juice sauce gravy glaze marinade brine smoky sweet sour bitter savory fresh dried ground whole handful pinch cup
  spoon tablespoon teaspoon recipe kitchen dinner lunch breakfast weekend family friends leftovers fridge freezer jar`
  .split(/\s+/)
  .filter(Boolean);

const NEWS = `council budget city mayor school district rain forecast traffic bridge repair residents library park festival
  market prices farmers harvest local team season coach players stadium tickets concert museum exhibit gallery artist
  weekend storm power outage crews restored neighborhood street housing rent tenants landlord vote election candidate
  debate survey percent growth jobs factory workers union contract talks agreement train station delays commuters
  airport flights travel tourism hotel restaurant opening owner menu chef award students teachers university research
  hospital doctors nurses patients clinic health program funding report officials said announced plans project`
  .split(/\s+/)
  .filter(Boolean);

function prose(words: string[], seed: number, bytes: number): string[] {
  const rand = random(seed);
  const pick = () => words[Math.floor(rand() * words.length)];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < n; s++) {
      const len = 8 + Math.floor(rand() * 12);
      const w = Array.from({ length: len }, pick);
      w[0] = w[0][0].toUpperCase() + w[0].slice(1);
      sentences.push(`${w.join(' ')}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 8;
  }
  return paragraphs;
}

const shell = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>` +
  '<style>body{font:17px/1.6 Georgia,serif;margin:0 auto;max-width:44em;padding:1em}iframe{border:0;display:block;margin:1em 0}</style>' +
  `</head><body>\n${body}\n</body></html>\n`;

export interface LeanPages {
  /** ~30 kB English cooking article, one frame, no mention */
  quiet: string;
  /** ~40 kB English news article with 12 cross-site ad and embed frames (127.0.0.2…13), no mention */
  frames: string;
  /** the same article with 12 frames from its own origin (one renderer process): the cost of each further frame */
  sameFrames: string;
  /** a Japanese article with about 30 mentions */
  article: string;
  articleMentions: number;
  /** what the pages' own text would light up (must be 0 for quiet and frames) */
  check: { quiet: number; frames: number };
}

/** The frames of the news page: 8 ad slots, 2 video embeds, a 1×1 tracker and a hidden one, like a real news site. */
const FRAME_SLOTS: { file: string; width: number; height: number; style?: string }[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ file: `ad-${i}.html`, width: i % 2 ? 300 : 728, height: i % 2 ? 250 : 90 })),
  { file: 'embed-0.html', width: 560, height: 315 },
  { file: 'embed-1.html', width: 560, height: 315 },
  { file: 'pixel.html', width: 1, height: 1 },
  { file: 'hidden.html', width: 300, height: 150, style: 'display:none' },
];

export function writeLeanPages(dir: string, corpus: Corpus): LeanPages {
  mkdirSync(dir, { recursive: true });
  const recognizer = new Recognizer(compilePatterns(corpus));
  const mentions = (text: string) => recognizer.findInText(text).length;

  const cooking = prose(COOKING, 11, 29_000);
  const quietBody = `<header><h1>Slow-roasted tomato and basil pasta</h1><nav><a href="#">Recipes</a> · <a href="#">Weeknight</a></nav></header>\n<article>${cooking.map((p) => `<p>${p}</p>`).join('\n')}</article>`;
  writeFileSync(join(dir, 'quiet.html'), shell('en', 'Slow-roasted tomato pasta', quietBody));

  const news = prose(NEWS, 12, 38_000);
  const ads = prose([...NEWS, ...COOKING], 13, 4_000);
  FRAME_SLOTS.forEach((slot, i) => {
    const text = slot.file.startsWith('embed')
      ? `<h3>Video</h3><p>${ads[i % ads.length]}</p>`
      : `<p><b>Sponsored</b> ${ads[i % ads.length].slice(0, 120)}</p>`;
    writeFileSync(join(dir, slot.file), shell('en', slot.file, slot.file === 'pixel.html' ? '' : text));
  });
  const frameTags = (src: (slot: (typeof FRAME_SLOTS)[number], i: number) => string) =>
    FRAME_SLOTS.map(
      (slot, i) =>
        `<iframe src="${src(slot, i)}" width="${slot.width}" height="${slot.height}"${slot.style ? ` style="${slot.style}"` : ''}></iframe>`,
    );
  const withFrames = (tags: string[]) => {
    const parts: string[] = [];
    news.forEach((p, k) => {
      parts.push(`<p>${p}</p>`);
      if (k % 3 === 1 && tags.length) parts.push(tags.shift()!);
    });
    parts.push(...tags);
    return `<header><h1>City council passes budget</h1></header>\n<article>${parts.join('\n')}</article>`;
  };
  // Cross-site frames need the port at page-writing time: the page sets their src from its own location.
  const crossTags = frameTags(() => 'about:blank');
  const crossBody = withFrames(crossTags).replace(
    '</article>',
    `</article><script>
      const frames = document.querySelectorAll('iframe');
      frames.forEach((f, i) => { f.src = 'http://127.0.0.' + (2 + i) + ':' + location.port + '/' + ${JSON.stringify(FRAME_SLOTS.map((s) => s.file))}[i]; });
    </script>`,
  );
  writeFileSync(join(dir, 'frames.html'), shell('en', 'City council passes budget', crossBody));
  writeFileSync(join(dir, 'same-frames.html'), shell('en', 'City council passes budget', withFrames(frameTags((slot) => slot.file))));

  // A Japanese article of about 30 mentions: the generated news copy at a size that holds that many.
  let bytes = 6_000;
  let article = newsPage(corpus, { bytes, mentionRate: 0.06 });
  const count = (html: string) => mentions(html.replace(/<[^>]+>/g, '\n'));
  while (count(article.html) < 30 && bytes < 60_000) {
    bytes += 1_000;
    article = newsPage(corpus, { bytes, mentionRate: 0.06 });
  }
  writeFileSync(join(dir, 'article-ja.html'), article.html);

  const textOf = (body: string) => body.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '\n');
  return {
    quiet: 'quiet.html',
    frames: 'frames.html',
    sameFrames: 'same-frames.html',
    article: 'article-ja.html',
    articleMentions: count(article.html),
    check: { quiet: mentions(textOf(quietBody)), frames: mentions(textOf(crossBody)) + mentions(ads.join('\n')) },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves `root` on 127.0.0.1 and on 127.0.0.2…(1 + extra), all at one port. */
export async function startMultiServer(
  root: string,
  extra = 12,
): Promise<{ port: number; url(path: string): string; close(): Promise<void> }> {
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => void serve(req, res);
  const servers: Server[] = [];
  const first = createServer(handler);
  await new Promise<void>((ok, fail) => first.once('error', fail).listen(0, '127.0.0.1', ok));
  servers.push(first);
  const port = (first.address() as AddressInfo).port;
  for (let i = 0; i < extra; i++) {
    const s = createServer(handler);
    await new Promise<void>((ok, fail) => s.once('error', fail).listen(port, `127.0.0.${2 + i}`, ok));
    servers.push(s);
  }
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((ok) => s.close(() => ok(undefined)))));
    },
  };
}
