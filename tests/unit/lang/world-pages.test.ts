// Pages in other languages read block by block in the right language by the extension's world scope:
// declared, undeclared, misdeclared (a CMS default lang="en-US") and mixed with element `lang`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildPagePlan } from '../../../src/pipeline.ts';
import { buildPagePlan as buildWorldPlan } from '../../../src/pipeline-world.ts';
import { type LoadedPage, loadHtml } from '../extract/load.ts';

/** Articles of our own: a heading, two paragraphs, a short subheading and a short closing line each. */
const ARTICLES: Record<string, { h1: string; p: [string, string]; h2: string; line: string }> = {
  de: {
    h1: 'Die Stadt baut neue Radwege',
    p: [
      'Die Stadtverwaltung hat am Dienstag beschlossen, bis zum Ende des kommenden Jahres zwölf Kilometer neue Radwege zu bauen.',
      'Viele Anwohner begrüßen die Pläne, doch einige Geschäftsleute befürchten, dass Parkplätze wegfallen und weniger Kunden kommen.',
    ],
    h2: 'Kritik der Anwohner',
    line: 'Jahresbericht 2025 (PDF, 2 MB)',
  },
  fr: {
    h1: 'La ville construit de nouvelles pistes cyclables',
    p: [
      'Le conseil municipal a décidé mardi de construire douze kilomètres de nouvelles pistes cyclables avant la fin de l’année prochaine.',
      'Beaucoup d’habitants saluent ce projet, mais certains commerçants craignent de perdre des places de stationnement et des clients.',
    ],
    h2: 'Les critiques',
    line: 'Rapport annuel 2025 (PDF, 2 Mo)',
  },
  es: {
    h1: 'La ciudad construye nuevos carriles bici',
    p: [
      'El ayuntamiento decidió el martes construir doce kilómetros de nuevos carriles bici antes del final del próximo año.',
      'Muchos vecinos celebran el proyecto, pero algunos comerciantes temen que desaparezcan plazas de aparcamiento y lleguen menos clientes.',
    ],
    h2: 'Las críticas',
    line: 'Informe anual 2025 (PDF, 2 MB)',
  },
  it: {
    h1: 'La città costruisce nuove piste ciclabili',
    p: [
      'Il consiglio comunale ha deciso martedì di costruire dodici chilometri di nuove piste ciclabili entro la fine del prossimo anno.',
      'Molti residenti accolgono con favore il progetto, ma alcuni commercianti temono di perdere parcheggi e clienti.',
    ],
    h2: 'Le critiche',
    line: 'Relazione annuale 2025 (PDF, 2 MB)',
  },
  pl: {
    h1: 'Miasto buduje nowe ścieżki rowerowe',
    p: [
      'Rada miasta postanowiła we wtorek, że do końca przyszłego roku powstanie dwanaście kilometrów nowych ścieżek rowerowych.',
      'Wielu mieszkańców cieszy się z tych planów, ale niektórzy sklepikarze obawiają się, że zniknie część miejsc parkingowych.',
    ],
    h2: 'Krytyka mieszkańców',
    line: 'Raport roczny 2025 (PDF, 2 MB)',
  },
  nl: {
    h1: 'De stad legt nieuwe fietspaden aan',
    p: [
      'De gemeenteraad heeft dinsdag besloten om voor het einde van volgend jaar twaalf kilometer nieuwe fietspaden aan te leggen.',
      'Veel bewoners zijn blij met de plannen, maar sommige winkeliers vrezen dat er parkeerplaatsen verdwijnen en minder klanten komen.',
    ],
    h2: 'Kritiek van bewoners',
    line: 'Jaarverslag 2025 (pdf, 2 MB)',
  },
  pt: {
    h1: 'A cidade constrói novas ciclovias',
    p: [
      'A câmara municipal decidiu na terça-feira construir doze quilómetros de novas ciclovias até ao final do próximo ano.',
      'Muitos moradores aplaudem o projeto, mas alguns comerciantes receiam perder lugares de estacionamento e clientes.',
    ],
    h2: 'As críticas',
    line: 'Relatório anual 2025 (PDF, 2 MB)',
  },
  cs: {
    h1: 'Město staví nové cyklostezky',
    p: [
      'Zastupitelstvo města v úterý rozhodlo, že do konce příštího roku postaví dvanáct kilometrů nových cyklostezek.',
      'Mnoho obyvatel plány vítá, ale někteří obchodníci se obávají, že zmizí parkovací místa a přijde méně zákazníků.',
    ],
    h2: 'Kritika obyvatel',
    line: 'Výroční zpráva 2025 (PDF, 2 MB)',
  },
  ru: {
    h1: 'Город строит новые велодорожки',
    p: [
      'Городской совет во вторник решил построить двенадцать километров новых велосипедных дорожек до конца следующего года.',
      'Многие жители приветствуют эти планы, но некоторые владельцы магазинов опасаются, что исчезнут парковочные места.',
    ],
    h2: 'Критика жителей',
    line: 'Годовой отчёт 2025 (PDF, 2 МБ)',
  },
  tr: {
    h1: 'Şehir yeni bisiklet yolları yapıyor',
    p: [
      'Belediye meclisi salı günü, gelecek yılın sonuna kadar on iki kilometre yeni bisiklet yolu yapılmasına karar verdi.',
      'Birçok mahalle sakini planlardan memnun, ancak bazı esnaf park yerlerinin ve müşterilerin azalacağından korkuyor.',
    ],
    h2: 'Sakinlerin eleştirileri',
    line: 'Faaliyet raporu 2025 (PDF, 2 MB)',
  },
};

const QUOTE_EN =
  'We are very happy that the city finally listens to the people who ride their bikes to work.';

function page(htmlLang: string | null, lang: string, quote = false): string {
  const a = ARTICLES[lang]!;
  const attr = htmlLang === null ? '' : ` lang="${htmlLang}"`;
  const q = quote ? `<blockquote lang="en"><p>${QUOTE_EN}</p></blockquote>` : '';
  return `<!doctype html><html${attr}><head><title>${a.h1}</title></head><body><main><article>
    <h1>${a.h1}</h1><p>${a.p[0]}</p><h2>${a.h2}</h2><p>${a.p[1]}</p>${q}<p>${a.line}</p>
    </article></main></body></html>`;
}

const opened: LoadedPage[] = [];
function plan(html: string, build = buildWorldPlan) {
  const loaded = loadHtml(html);
  opened.push(loaded);
  return build(loaded.document).plan;
}
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

const langs = Object.keys(ARTICLES);

describe('the world scope reads every block in the page’s language', () => {
  test.each(langs)('%s, declared', (lang) => {
    const p = plan(page(lang, lang));
    expect(p.blocks.map((b) => b.lang)).toEqual(Array(5).fill(lang));
    expect(p.lang).toBe(lang);
  });

  test.each(langs)('%s, undeclared', (lang) => {
    expect(plan(page(null, lang)).blocks.map((b) => b.lang)).toEqual(Array(5).fill(lang));
  });

  test.each(langs)('%s under a CMS default lang="en-US"', (lang) => {
    const p = plan(page('en-US', lang));
    expect(p.blocks.map((b) => b.lang)).toEqual(Array(5).fill(lang));
    expect(p.lang).toBe(lang);
  });

  test.each(langs)('%s with an English quote carrying its own lang', (lang) => {
    const p = plan(page(lang, lang, true));
    expect(p.blocks.map((b) => b.lang)).toEqual([lang, lang, lang, lang, 'en', lang]);
    expect(p.lang).toBe(lang);
  });

  test('a regional tag is the language (de-AT → de, pt-BR → pt)', () => {
    expect(plan(page('de-AT', 'de')).lang).toBe('de');
    expect(plan(page('pt-BR', 'pt')).lang).toBe('pt');
  });
});

describe('the widget keeps the municipal whitelist', () => {
  test('a German page is not German to the widget (its data has no German)', () => {
    const p = plan(page('de', 'de'), buildPagePlan);
    expect(p.blocks.map((b) => b.lang)).toEqual(Array(5).fill('de'));
    // Declared: trusted as the page's word. Undeclared, the widget can only pick among its languages.
    const undeclared = plan(page(null, 'de'), buildPagePlan);
    expect(undeclared.blocks.some((b) => b.lang === 'de')).toBe(false);
  });
});

describe('short headings and link-like lines follow their section and page', () => {
  const SV =
    'Kommunfullmäktige sammanträder en gång i månaden. Sammanträdena är öppna för allmänheten och sänds på webben.';
  const html = `<!doctype html><html><body><main><h1>Politik och beslut</h1><p>${SV}</p>
    <h2>Kommunfullmäktiges sammanträden</h2><p>${SV}</p>
    <ul><li><a href="a.pdf">Årsredovisning 2025 (pdf, 6,3 MB)</a></li><li><a href="b.pdf">Budget 2026 (pdf, 1,2 MB)</a></li></ul>
    <h2 lang="en">Information in English</h2><p lang="en">${QUOTE_EN}</p></main></body></html>`;
  test.each([
    ['municipal', buildPagePlan],
    ['world', buildWorldPlan],
  ])('%s scope, no lang on the page', (_, build) => {
    expect(plan(html, build).blocks.map((b) => b.lang)).toEqual([
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
      'sv',
      'en',
      'en',
    ]);
  });
});

describe('the municipal fixture pages read the same in the world scope', () => {
  const PAGES = join(import.meta.dirname, '../../fixtures/pages');
  test.each(readdirSync(PAGES).sort())('%s', (name) => {
    const gold = JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as {
      blockLang: string[];
    };
    const p = plan(readFileSync(join(PAGES, name, 'page.html'), 'utf8'));
    expect(p.blocks.map((b) => b.lang)).toEqual(gold.blockLang);
  });
});
