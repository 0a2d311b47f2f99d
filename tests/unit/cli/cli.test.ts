// The command line as a site owner uses it: read, detect and check, and clear refusals for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const scratch = mkdtempSync(join(tmpdir(), 'lyssna-cli-'));
// Each test starts Node with tsx once or twice: seconds on a loaded two-core machine, never a hang.
vi.setConfig({ testTimeout: 60_000 });

function lyssna(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/lyssna.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('lyssna read', () => {
  test('--json prints title, language and blocks with sentences and spoken text', () => {
    const r = lyssna(['read', join(PAGES, 'perstorp-delegationen/page.html'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const gold = JSON.parse(
      spawnSync('cat', [join(PAGES, 'perstorp-delegationen/expected.json')], { encoding: 'utf8' }).stdout,
    );
    expect(out.title).toBe(gold.title);
    expect(out.lang).toBe('sv');
    expect(out.blocks.map((b: { text: string }) => b.text)).toEqual(gold.text);
    const second = out.blocks[1];
    expect(second.sentences.join(' ')).toBe(second.text);
    expect(second.spoken[0]).toContain('20 till 21 september');
  });

  test('plain output lists each block with its language, and --spoken adds the speech text', () => {
    const r = lyssna(['read', join(PAGES, 'andra-sprak-flersprakig/page.html'), '--spoken']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Titel: Information på andra språk/);
    expect(r.out).toMatch(/\(ar, /);
    expect(r.out).toMatch(/\(fi, /);
    expect(r.out).toContain('♪');
  });

  test('a page with no readable text says so', () => {
    const r = lyssna([
      'read',
      file('empty-body.html', '<!doctype html><html lang="sv"><body><nav>Meny</nav></body>'),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Inget att läsa på sidan');
  });
});

describe('lyssna detect', () => {
  test('one language per input line, with the prior for short texts', () => {
    const r = lyssna(
      ['detect'],
      'Kommunen ansvarar för förskola, skola och äldreomsorg.\nThe municipality is responsible for schools.\n\nKunta vastaa varhaiskasvatuksesta ja kouluista.\n',
    );
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual(['sv', 'en', 'und', 'fi']);
    expect(lyssna(['detect', '--lang', 'sv'], 'hej\n').out.trim()).toBe('sv');
  });
});

const GERMAN_UNDER_EN_US = `<!doctype html><html lang="en-US"><head><title>Radwege</title></head><body><main>
  <h1>Die Stadt baut neue Radwege</h1>
  <p>Die Stadtverwaltung hat am Dienstag beschlossen, bis zum Ende des kommenden Jahres zwölf Kilometer neue
  Radwege zu bauen. Die Arbeiten beginnen im Frühjahr in der Innenstadt.</p>
  <blockquote lang="en"><p>We are very happy that the city finally listens to cyclists.</p></blockquote>
  </main></body></html>`;

describe('--languages', () => {
  test('read --languages all reads a German page under a CMS default lang="en-US" as German', () => {
    const r = lyssna(['read', file('de.html', GERMAN_UNDER_EN_US), '--json', '--languages', 'all']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.lang).toBe('de');
    expect(out.blocks.map((b: { lang: string }) => b.lang)).toEqual(['de', 'de', 'en']);
  });

  test('detect --languages all answers outside the municipal languages; the default stays municipal', () => {
    const input = 'Die Stadt baut neue Radwege für alle Bürger.\nLa ville construit de nouvelles pistes.\n';
    expect(lyssna(['detect', '--languages', 'all'], input).out.trim().split('\n')).toEqual(['de', 'fr']);
    const municipal = lyssna(['detect', '--languages=municipal'], input).out.trim().split('\n');
    expect(municipal).not.toContain('de');
  });

  test.each([
    [['read', 'x.html', '--bogus'], /Unknown option '--bogus'/],
    [['detect', '--languages', 'world'], /--languages är municipal eller all/],
    [['detect', '--languages'], /argument missing/],
    [['check', 'a.html', 'b.html'], /unexpected argument: b.html/],
  ])('%j is a usage error (exit 2, usage text)', (args, message) => {
    const r = lyssna(args, '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('--languages municipal|all');
  });
});

describe('lyssna check', () => {
  test.each([
    ['perstorp-delegationen', 'placeholder-alt', 'Fyll i beskrivning av bilden'],
    ['parkeringstillstand-episerver', 'placeholder-alt', 'parkeringsskylt_rorelsehindrad_1200x675.jpg'],
    ['andra-sprak-flersprakig', 'foreign-block-without-lang', '"fi"'],
  ])('%s: reports %s', (page, kind, detail) => {
    const r = lyssna(['check', join(PAGES, page, 'page.html')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`[${kind}]`);
    expect(r.out).toContain(detail);
  });

  test('a clean page passes', () => {
    const r = lyssna(['check', join(PAGES, 'english-moving-to/page.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Inga problem hittades.');
  });

  test('an <html lang> that disagrees with the content, and hidden article text, are reported', () => {
    const html = `<!doctype html><html lang="en"><body><main><h1>Avfallshämtning i kommunen</h1>
      <p>Sophämtningen sker varannan vecka. Kärlen ska stå vid tomtgränsen senast klockan sex på morgonen.</p>
      <div aria-hidden="true"><p>Den här texten är dold för skärmläsare och för Lyssna, fast den syns på sidan.</p></div>
      </main></body></html>`;
    const r = lyssna(['check', file('mismatch.html', html)]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('[html-lang-mismatch]');
    expect(r.out).toContain('[hidden-text]');
  });
});

describe('bad input gets one clear line and a non-zero exit, never a stack trace', () => {
  test.each([
    ['a missing file', () => join(scratch, 'nope.html'), /Hittar inte filen/],
    ['an empty file', () => file('empty.html', ''), /är tom/],
    ['whitespace only', () => file('blank.html', '   \n\n'), /bara blanksteg/],
    ['a binary file', () => file('bin.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /binärfil/],
    ['plain text', () => file('notes.txt', 'Det här är ingen webbsida alls.'), /inte ut som HTML/],
    ['a folder', () => scratch, /är en mapp/],
  ])('%s', (_name, path, message) => {
    const r = lyssna(['read', path()]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test('an unknown command prints the usage', () => {
    const r = lyssna(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('npm run lyssna -- read FILE.html');
  });
});
