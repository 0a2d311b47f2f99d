// Test helpers: parse HTML into a fresh happy-dom document (scripts off, like a saved page) and compare text.
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  close(): Promise<void>;
}

/** A separate happy-dom window per page, so one page's DOM never leaks into another test. */
export function loadHtml(html: string): LoadedPage {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}

/** R6 equality, for comparing a Range's raw text with a block's display text. */
export function r6(s: string): string {
  return s
    .replace(/[\u00ad\u200b\ufeff\u2060]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Whitespace-free form: Range.toString() has no spaces where <br>, cells and blocks meet. */
export function squeeze(s: string): string {
  return r6(s).replace(/ /g, '');
}

/** Word spans of a display text (runs of non-spaces), as [start, end) offsets. */
export function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
