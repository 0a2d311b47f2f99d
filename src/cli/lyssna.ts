// `npm run lyssna -- <command>`: what Lyssna would read on a saved page, language detection, and a site check.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLanguage, type LanguageDetector } from '../lang/detect.ts';
import type { LanguageScope } from '../lang/languages.ts';
import { buildPagePlan } from '../pipeline.ts';
import { checkPage } from './check.ts';
import { CliError, parseDocument, readHtmlFile } from './input.ts';

const USAGE = `Användning / usage:
  npm run lyssna -- read FILE.html [--json] [--sentences] [--spoken] [--languages municipal|all]
  npm run lyssna -- detect [--lang sv] [--languages municipal|all] < texts.txt   (one text per line)
  npm run lyssna -- check FILE.html
--languages: municipal (default: the widget's languages) or all (the extension's, ~90 languages).`;

/** A command line that does not parse: printed with the usage, exit code 2 like an unknown command. */
class UsageError extends Error {}

/** The detector of each `--languages` scope; the world data is loaded only when asked for. */
const SCOPES: Readonly<Record<LanguageScope, () => Promise<LanguageDetector>>> = {
  municipal: async () => detectLanguage,
  all: async () => (await import('../lang/detect-world.ts')).detectWorldLanguage,
};

type Flags = Record<string, { type: 'boolean' | 'string' }>;

/** The command's flags and positionals; an unknown flag, a flag without its value or a stray argument is an error. */
function parse(args: string[], options: Flags, positionals: number) {
  let parsed: ReturnType<typeof parseArgs<{ options: Flags; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError(`Okänt argument / unexpected argument: ${parsed.positionals[positionals]}`);
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

function scopeOf(value: string | boolean | undefined): Promise<LanguageDetector> {
  if (value === undefined) return SCOPES.municipal();
  if (value === 'municipal' || value === 'all') return SCOPES[value]();
  throw new UsageError(
    `--languages är municipal eller all / is municipal or all, inte / not: ${String(value)}`,
  );
}

async function read(args: string[]): Promise<void> {
  const { values, positionals } = parse(
    args,
    {
      json: { type: 'boolean' },
      sentences: { type: 'boolean' },
      spoken: { type: 'boolean' },
      languages: { type: 'string' },
    },
    1,
  );
  const detector = await scopeOf(values.languages);
  const [file] = positionals;
  if (!file) throw new CliError('Ange en HTML-fil. / Give an HTML file.');
  const doc = parseDocument(readHtmlFile(file));
  const { plan } = buildPagePlan(doc, { computedStyle: false, detector });
  const withSentences = values.sentences === true;
  const withSpoken = values.spoken === true;
  if (values.json === true) {
    const out = {
      title: plan.title,
      lang: plan.lang,
      blocks: plan.blocks.map((b) => ({
        text: b.text,
        lang: b.lang,
        sentences: b.segments.map((s) => b.text.slice(s.start, s.end)),
        spoken: b.segments.map((s) => s.spoken),
      })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines = [
    `Titel: ${plan.title || '(ingen)'}`,
    `Språk: ${plan.lang}`,
    `Block: ${plan.blocks.length}`,
    '',
  ];
  plan.blocks.forEach((b, i) => {
    lines.push(`[${i + 1}] (${b.lang}, ${b.kind}) ${b.text}`);
    for (const s of b.segments) {
      if (withSentences) lines.push(`    · ${b.text.slice(s.start, s.end)}`);
      if (withSpoken) lines.push(`    ♪ ${s.spoken}`);
    }
  });
  if (plan.blocks.length === 0) lines.push('Inget att läsa på sidan. / Nothing to read on this page.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function detect(args: string[]): Promise<void> {
  const { values } = parse(args, { lang: { type: 'string' }, languages: { type: 'string' } }, 0);
  const detector = await scopeOf(values.languages);
  const prior = typeof values.lang === 'string' ? values.lang : undefined;
  if (prior === '') throw new CliError('--lang behöver ett språk, t.ex. --lang sv.');
  let input = '';
  try {
    input = readFileSync(0, 'utf8');
  } catch {
    throw new CliError('Kunde inte läsa standard in. / Could not read standard input.');
  }
  const out = input
    .split(/\r?\n/)
    .filter((line, i, all) => line.length > 0 || i < all.length - 1)
    .map((line) => (line.trim() ? detector(line, prior ? { prior } : {}).bcp47 : 'und'));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
}

function check(args: string[]): number {
  const [file] = parse(args, {}, 1).positionals;
  if (!file) throw new CliError('Ange en HTML-fil. / Give an HTML file.');
  const doc = parseDocument(readHtmlFile(file));
  const report = checkPage(doc);
  process.stdout.write(`${report.text}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'read':
      await read(args);
      return 0;
    case 'detect':
      await detect(args);
      return 0;
    case 'check':
      return check(args);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`lyssna: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`lyssna: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`lyssna: oväntat fel / unexpected error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
