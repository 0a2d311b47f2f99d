// Does the CLI see what the browser sees? For every shared dev page: the blocks `npm run lyssna -- read`
// finds (jsdom, src/cli/input.ts) against extractArticle on the same HTML in real Chromium, computed styles
// off in both so only the parsed tree can differ; happy-dom (the CLI's former parser) for comparison.
// Usage: npx tsx tests/bench/cli-parity.bench.ts [--limit N] [--set wcxb-dev|dragnet-dev|readability]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { build } from 'vite';
import { parseDocument } from '../../src/cli/input.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { DATA, dataPresent, loadPage, SETS, setIds } from './extraction-data.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(argOf('--limit') ?? Number.POSITIVE_INFINITY);
const onlySet = argOf('--set');
/** The page is served from this made-up origin; every other request is refused (no network, no scripts). */
const ORIGIN = 'https://parity.invalid';

async function bundle(): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'lyssna-parity-'));
  const entry = join(tmp, 'entry.ts');
  writeFileSync(
    entry,
    `export { extractArticle } from ${JSON.stringify(join(ROOT, 'src/extract/index.ts'))};\n`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir: join(tmp, 'lib'),
      emptyOutDir: true,
      minify: false,
      target: 'es2020',
      lib: { entry, name: 'LyssnaExtract', formats: ['iife'], fileName: () => 'extract.js' },
    },
  });
  const code = readFileSync(join(tmp, 'lib', 'extract.js'), 'utf8');
  rmSync(tmp, { recursive: true, force: true });
  return code;
}

/** The blocks happy-dom's parser (the CLI's former one) gives; its window is closed after, to free it. */
function happyDomTexts(html: string): string[] {
  const window = new Window({
    url: `${ORIGIN}/`,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  const out = texts(window.document as unknown as Document);
  void window.happyDOM.close();
  return out;
}

/** The blocks the CLI's parser gives; jsdom's window is closed after (thousands of pages in one process). */
function cliTexts(html: string): string[] {
  const doc = parseDocument(html, `${ORIGIN}/page`);
  const out = texts(doc);
  doc.defaultView?.close();
  return out;
}

const texts = (doc: Document) => extractArticle(doc, { computedStyle: false }).blocks.map((b) => b.text);
const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

async function main(): Promise<void> {
  console.log('CLI parity: blocks from the CLI parser vs extractArticle in Chromium (computed styles off)');
  if (!dataPresent()) {
    console.log(
      `The extraction data is absent (looked in ${DATA}; set LYSSNA_EXTRACTION_DATA): nothing to compare.`,
    );
    return;
  }
  const code = await bundle();
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  let html = '';
  // Inline scripts are blocked by the page's CSP; page.evaluate still runs (it is not page script).
  await page.route('**/*', (route) =>
    route.request().url() === `${ORIGIN}/page`
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "script-src 'none'" },
          body: html,
        })
      : route.abort(),
  );
  console.log(
    `${'set'.padEnd(14)}${'pages'.padStart(7)}${'jsdom equal'.padStart(13)}${'jsdom empty*'.padStart(14)}${'happy equal'.padStart(13)}${'happy empty*'.padStart(14)}`,
  );
  const mismatches: string[] = [];
  try {
    for (const set of SETS) {
      if (onlySet && onlySet !== set) continue;
      const ids = (setIds(set) ?? []).slice(0, limit);
      let n = 0;
      let jsdomEqual = 0;
      let jsdomEmpty = 0;
      let happyEqual = 0;
      let happyEmpty = 0;
      for (const id of ids) {
        html = loadPage(set, id).html;
        try {
          await page.goto(`${ORIGIN}/page`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
          await page.evaluate(code);
        } catch {
          continue; // a page Chromium could not load in time is not counted
        }
        const chromium = await page.evaluate(() => {
          const lib = (window as unknown as { LyssnaExtract: { extractArticle: typeof extractArticle } })
            .LyssnaExtract;
          return lib.extractArticle(document, { computedStyle: false }).blocks.map((b) => b.text);
        });
        const cli = cliTexts(html);
        const happy = happyDomTexts(html);
        n++;
        if (same(cli, chromium)) jsdomEqual++;
        else if (mismatches.length < 10)
          mismatches.push(`${set}/${id}: ${cli.length} vs ${chromium.length} blocks`);
        if (cli.length === 0 && chromium.length > 0) jsdomEmpty++;
        if (same(happy, chromium)) happyEqual++;
        if (happy.length === 0 && chromium.length > 0) happyEmpty++;
      }
      console.log(
        `${set.padEnd(14)}${String(n).padStart(7)}${String(jsdomEqual).padStart(13)}${String(jsdomEmpty).padStart(14)}${String(happyEqual).padStart(13)}${String(happyEmpty).padStart(14)}`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log('(* empty: no blocks with that parser where Chromium finds some)');
  for (const m of mismatches) console.log(`  differs: ${m}`);
}

await main();
