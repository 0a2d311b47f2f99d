// `npm run lyssna -- <command>`: what Lyssna would read on a saved page, language detection, and a site check.
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../lang/detect.ts';
import { buildPagePlan } from '../pipeline.ts';
import { checkPage } from './check.ts';
import { CliError, parseDocument, readHtmlFile } from './input.ts';

const USAGE = `Användning / usage:
  npm run lyssna -- read FILE.html [--json] [--sentences] [--spoken]
  npm run lyssna -- detect [--lang sv] < texts.txt      (one text per line)
  npm run lyssna -- check FILE.html`;

function read(args: string[]): void {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError('Ange en HTML-fil. / Give an HTML file.');
  const doc = parseDocument(readHtmlFile(file));
  const { plan } = buildPagePlan(doc, { computedStyle: false });
  const withSentences = args.includes('--sentences');
  const withSpoken = args.includes('--spoken');
  if (args.includes('--json')) {
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

function detect(args: string[]): void {
  const langFlag = args.indexOf('--lang');
  const prior = langFlag >= 0 ? args[langFlag + 1] : undefined;
  if (langFlag >= 0 && !prior) throw new CliError('--lang behöver ett språk, t.ex. --lang sv.');
  let input = '';
  try {
    input = readFileSync(0, 'utf8');
  } catch {
    throw new CliError('Kunde inte läsa standard in. / Could not read standard input.');
  }
  const out = input
    .split(/\r?\n/)
    .filter((line, i, all) => line.length > 0 || i < all.length - 1)
    .map((line) => (line.trim() ? detectLanguage(line, prior ? { prior } : {}).bcp47 : 'und'));
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
}

function check(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError('Ange en HTML-fil. / Give an HTML file.');
  const doc = parseDocument(readHtmlFile(file));
  const report = checkPage(doc);
  process.stdout.write(`${report.text}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'read':
      read(args);
      return 0;
    case 'detect':
      detect(args);
      return 0;
    case 'check':
      return check(args);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`lyssna: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`lyssna: oväntat fel / unexpected error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
