// Reading a page file for the CLI: clear, typed refusals for missing, empty, binary, non-HTML or huge input,
// and parsing it into the DOM a browser would build.
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** An error the CLI prints as one line (Swedish / English) with a non-zero exit, never a stack trace. */
export class CliError extends Error {}

/** Real municipal pages are well under 5 MB; beyond this we would rather refuse than hang a terminal. */
export const MAX_HTML_BYTES = 50 * 1024 * 1024;
/** A NUL in the first bytes means a binary file (HTML never carries one). */
const BINARY_SNIFF_BYTES = 8192;
/** Without any tag in the first part of the file it is not a page. */
const HTML_SNIFF_CHARS = 65536;

export function readHtmlFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path} är en mapp, inte en fil. / is a folder, not a file.`);
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Hittar inte filen ${path}. / File not found.`);
  }
  if (size === 0) throw new CliError(`${path} är tom. / The file is empty.`);
  if (size > MAX_HTML_BYTES) {
    throw new CliError(`${path} är för stor (${Math.round(size / 1048576)} MB, högst 50 MB). / Too large.`);
  }
  const bytes = readFileSync(path);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new CliError(`${path} ser ut att vara en binärfil, inte HTML. / Looks binary, not HTML.`);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new CliError(`${path} innehåller bara blanksteg. / Only whitespace.`);
  if (!/<[a-zA-Z!]/.test(text.slice(0, HTML_SNIFF_CHARS))) {
    throw new CliError(`${path} ser inte ut som HTML (inga taggar). / Does not look like HTML.`);
  }
  return text;
}

/**
 * Parse a page the way a browser does. A site owner's "what will be read?" check must see the browser's
 * tree, so this is jsdom, whose parser (parse5) follows the HTML standard's tree construction (implied
 * <tbody>, foster-parented table content, misnested formatting, auto-closed <p>): happy-dom's own parser
 * builds different trees on real news pages and then found no article where Chromium finds one. No
 * scripts run and no subresources are fetched: the page is only read. jsdom's own complaints (a stylesheet
 * it cannot parse) go to a silent console: they are the page's business, not the reader's.
 */
export function parseDocument(html: string, url = 'https://example.invalid/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
