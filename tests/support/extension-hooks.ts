// Test copies of the extension only: the background's handlers (the toolbar, command and menu listeners call
// them) exposed as globalThis.lyssna, since a test cannot click a toolbar or a menu. The shipped package has
// no such hook: the handlers are exports of the background's entry chunk, imported here by a line added to
// the copy's background loader (the same module instance: a module is evaluated once per background).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The loader @crxjs writes for the background (Chrome's service worker and Firefox's background script). */
const LOADER = 'service-worker-loader.js';
const HANDLERS = ['runTabCommand', 'onAction', 'onCommand', 'onMenu'] as const;

export function addBackgroundHooks(dir: string): void {
  const file = join(dir, LOADER);
  const loader = readFileSync(file, 'utf8');
  const chunk = /import '\.\/(assets\/background\.ts-[\w-]+\.js)';/.exec(loader)?.[1];
  if (!chunk) throw new Error(`${file} does not import the background chunk`);
  const hooks = HANDLERS.map((h) => `${h}: background.${h}`).join(', ');
  writeFileSync(
    file,
    `${loader}import * as background from './${chunk}';\nglobalThis.lyssna = { ${hooks} };\n`,
  );
}
