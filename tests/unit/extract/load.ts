// Test helpers: parse HTML into a fresh happy-dom document (scripts off, like a saved page) and compare text.
import { Window } from 'happy-dom';

import { r6 } from '../../support/r6.ts';

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
