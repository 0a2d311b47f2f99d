// `lyssna check`: what a site owner should fix so Lyssna (and screen readers) read the page well.
import { primarySubtag } from '../core/lang-tag.ts';
import { detectLanguage } from '../lang/detect.ts';
import { buildPagePlan } from '../pipeline.ts';

export interface Problem {
  kind:
    | 'no-content'
    | 'placeholder-alt'
    | 'foreign-block-without-lang'
    | 'html-lang-mismatch'
    | 'hidden-text';
  message: string;
}

/** Alt texts that CMSs publish when the editor skipped the description. */
export const PLACEHOLDER_ALTS = [
  'fyll i beskrivning av bilden',
  'beskrivning av bilden',
  'bild',
  'image',
  'img',
  'foto',
  'photo',
  'picture',
  'alt',
];
/** An alt that is a file name ("parkeringsskylt_1200x675.jpg") tells the listener nothing. */
const FILE_NAME_ALT = /\.(jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$/i;
/** Detection on shorter texts is too unsure to blame the page for a missing lang. */
export const MIN_CHARS_FOR_LANG_CHECK = 60;
/** Hidden text shorter than this is an icon label or a counter, not content. */
export const MIN_HIDDEN_TEXT_CHARS = 40;

function isDisclosurePanel(el: Element, doc: Document): boolean {
  if (el.closest('details')) return true;
  const id = el.id;
  if (!id) return false;
  return Array.from(doc.querySelectorAll('[aria-controls]')).some((b) =>
    (b.getAttribute('aria-controls') ?? '').split(/\s+/).includes(id),
  );
}

function hiddenText(root: Element, doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('[aria-hidden="true"], [hidden], [style*="display"]'))) {
    const style = el.getAttribute('style') ?? '';
    const hidden =
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('hidden') ||
      /display\s*:\s*none/i.test(style);
    if (!hidden || isDisclosurePanel(el, doc)) continue;
    if (found.some((f) => f.contains(el))) continue;
    if ((el.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_HIDDEN_TEXT_CHARS) found.push(el);
  }
  return found;
}

export function checkPage(doc: Document): { problems: Problem[]; text: string } {
  const { plan, article } = buildPagePlan(doc, { computedStyle: false });
  const problems: Problem[] = [];
  if (plan.blocks.length === 0) {
    problems.push({
      kind: 'no-content',
      message:
        'Ingen läsbar text hittades. Markera innehållet med data-lyssna-content eller en <main> med sidans <h1>.',
    });
  }
  for (const img of Array.from(doc.querySelectorAll('img[alt]'))) {
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (PLACEHOLDER_ALTS.includes(alt.toLowerCase()) || FILE_NAME_ALT.test(alt)) {
      problems.push({
        kind: 'placeholder-alt',
        message: `Bild med platshållar-alt "${alt}": skriv en riktig beskrivning, eller alt="" om bilden är dekorativ.`,
      });
    }
  }
  const declared = primarySubtag(doc.documentElement.getAttribute('lang'));
  article.blocks.forEach((block, i) => {
    if (block.ownLang || block.text.length < MIN_CHARS_FOR_LANG_CHECK) return;
    const found = detectLanguage(block.text).bcp47;
    const inForce = primarySubtag(block.declaredLang);
    if (found !== 'und' && found !== inForce && plan.blocks[i]?.lang === found) {
      problems.push({
        kind: 'foreign-block-without-lang',
        message: `Block ${i + 1} verkar vara på "${found}" men saknar lang-attribut: "${block.text.slice(0, 60)}…"`,
      });
    }
  });
  if (plan.blocks.length > 0 && primarySubtag(plan.lang) !== declared) {
    problems.push({
      kind: 'html-lang-mismatch',
      message: declared
        ? `<html lang="${doc.documentElement.getAttribute('lang')}"> men innehållet är på "${plan.lang}".`
        : `<html> saknar lang; innehållet är på "${plan.lang}".`,
    });
  }
  if (article.root) {
    for (const el of hiddenText(article.root, doc)) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      problems.push({
        kind: 'hidden-text',
        message: `Dold text i innehållet läses inte upp: "${text.slice(0, 60)}…"`,
      });
    }
  }
  const lines = [
    `Titel: ${plan.title || '(ingen)'}`,
    `Språk: ${plan.lang} (deklarerat: ${doc.documentElement.getAttribute('lang') ?? 'inget'})`,
    `Block som läses: ${plan.blocks.length}`,
    '',
    problems.length ? `Problem (${problems.length}):` : 'Inga problem hittades.',
    ...problems.map((p) => `- [${p.kind}] ${p.message}`),
  ];
  return { problems, text: lines.join('\n') };
}
