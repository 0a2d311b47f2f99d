// Short texts in Lyssna's languages (and a few others), written for these tests: municipal-style sentences,
// headings and fragments. Used to prove franc-lite answers like franc and to exercise the script rules.

export const SAMPLE_TEXTS: Readonly<Record<string, readonly string[]>> = {
  swe: [
    'Kommunen bokar och betalar tolk när du har ett möte med oss.',
    'Här hittar du information om bygglov, marklov och rivningslov.',
    'Biblioteket har öppet hela sommaren, men med kortare öppettider i juli.',
    'Kan jag se hur mycket just min skola får?',
    'Snöröjningen börjar när det har fallit mer än fem centimeter snö.',
    'Ansök om parkeringstillstånd för rörelsehindrade',
    'Kontakta kundcenter om du har frågor om avgiften.',
    'Vem kan få hemtjänst?',
  ],
  nob: [
    'Kommunen har ansvar for barnehager, skoler og helsetjenester for alle innbyggere.',
    'Hvis du har spørsmål, kan du kontakte servicetorget mellom klokken åtte og fire.',
    'Søknadsfristen for barnehageplass er første mars hvert år.',
    'Vi har selvfølgelig ingenting imot at våre medlemmer får lønnsøkning.',
  ],
  nno: [
    'Kommunen har ansvar for barnehagar, skular og helsetenester til alle innbyggjarane.',
    'Dersom du har spørsmål, kan du kontakte servicetorget mellom klokka åtte og fire.',
    'Eg veit ikkje kva tid bussen kjem i dag.',
    'Søknadsfristen for barnehageplass er første mars kvart år.',
  ],
  dan: [
    'Kommunen har ansvaret for daginstitutioner, skoler og ældrepleje.',
    'Hvis du har spørgsmål, kan du kontakte borgerservice mellem klokken otte og fire.',
    'Ansøgningsfristen for en plads i vuggestuen er den første marts.',
    'Der er gratis parkering om søndagen i hele byen.',
  ],
  eng: [
    'Norrstrand Municipality is responsible for services such as preschool, school and elderly care.',
    'If you have questions, please contact our customer service centre.',
    'When you move to Sweden and plan to stay for at least one year, you must register.',
    'Children from the age of one can attend preschool.',
  ],
  fin: [
    'Norrstrandin kunta vastaa muun muassa varhaiskasvatuksesta, kouluista ja vanhustenhuollosta.',
    'Sinulla on oikeus asioida kunnan kanssa suomeksi.',
    'Jos sinulla on kysyttävää, ota yhteyttä asiakaspalveluun.',
    'Tietoa suomeksi',
  ],
  som: [
    'Degmada Norrstrand waxay mas’uul ka tahay adeegyada sida xannaanada carruurta iyo dugsiyada.',
    'Haddii aad qabto su’aalo, la xiriir xarunta adeegga macaamiisha.',
    'Waxaad xaq u leedahay turjubaan bilaash ah marka aad la kulanto degmada.',
  ],
  pol: [
    'Gmina odpowiada za przedszkola, szkoły i opiekę nad osobami starszymi.',
    'Jeśli masz pytania, skontaktuj się z naszym biurem obsługi klienta.',
    'Masz prawo do bezpłatnego tłumacza podczas spotkania z urzędem.',
  ],
  bos: [
    'Općina je odgovorna za vrtiće, škole i brigu o starijim osobama.',
    'Ako imate pitanja, obratite se našem uslužnom centru.',
  ],
  hrv: [
    'Općina je odgovorna za dječje vrtiće, škole i skrb o starijim osobama.',
    'Ako imate pitanja, obratite se našem korisničkom centru.',
  ],
  srp: [
    'Општина је одговорна за вртиће, школе и бригу о старијим особама.',
    'Ако имате питања, обратите се нашем корисничком центру.',
    'Opština je odgovorna za vrtiće, škole i brigu o starijim licima.',
  ],
  rmn: [
    'O foro si odgovorno bašo škole thaj bašo phure manuša.',
    'Te si tumen pučiba, akharen amaro centro.',
  ],
  arb: [
    'بلدية نورستراند مسؤولة عن خدمات مثل رياض الأطفال والمدارس ورعاية المسنين.',
    'إذا كانت لديك أسئلة، يمكنك الاتصال بمركز خدمة العملاء.',
    'معلومات باللغة العربية',
  ],
  pes: [
    'شهرداری نورستراند مسئول خدماتی مانند مهدکودک، مدرسه و مراقبت از سالمندان است.',
    'اگر سؤالی دارید، با مرکز خدمات مشتریان تماس بگیرید.',
    'اطلاعات به زبان فارسی',
  ],
  prs: ['شاروالی نورستراند مسوول خدمات مانند کودکستان، مکتب و مراقبت از کهنسالان است.'],
  ckb: [
    'شارەوانی نۆرستراند بەرپرسە لە خزمەتگوزارییەکانی وەک باخچەی ساوایان و قوتابخانە.',
    'ئەگەر پرسیارت هەیە، پەیوەندی بە ناوەندی خزمەتگوزاری بکە.',
    'زانیاری بە زمانی کوردی',
  ],
  tir: ['ምምሕዳር ኖርስትራንድ ንመውዓሊ ህጻናትን ኣብያተ ትምህርትን ሓላፍነት ኣለዎ።', 'ሕቶ እንተሃልዩኩም ምስ ማእከል ኣገልግሎት ዓማዊል ተራኸቡ።'],
  ydd: [
    'די שטאָט איז פֿאַראַנטוואָרטלעך פֿאַר שולן און קינדער־גערטנער.',
    'אויב איר האָט פֿראַגעס, קאָנטאַקטירט אונדזער סערוויס צענטער.',
  ],
  deu: [
    'Die Gemeinde ist für Kindergärten, Schulen und die Altenpflege zuständig.',
    'Wenn Sie Fragen haben, wenden Sie sich bitte an unser Servicezentrum.',
  ],
  fra: ['La commune est responsable des écoles maternelles, des écoles et des soins aux personnes âgées.'],
  spa: ['El municipio es responsable de las guarderías, las escuelas y el cuidado de los mayores.'],
  ita: ['Il comune è responsabile degli asili, delle scuole e della cura degli anziani.'],
  nld: ['De gemeente is verantwoordelijk voor kinderopvang, scholen en ouderenzorg.'],
  por: ['O município é responsável pelas creches, escolas e cuidados aos idosos.'],
  rus: ['Муниципалитет отвечает за детские сады, школы и уход за пожилыми людьми.'],
  ukr: ['Муніципалітет відповідає за дитячі садки, школи та догляд за літніми людьми.'],
  tur: ['Belediye anaokulları, okullar ve yaşlı bakımından sorumludur.'],
  // Scripts franc has no trigram models for, and text with no letters at all.
  other: [
    '市は保育園、学校、高齢者介護を担当しています。',
    '市政府负责幼儿园、学校和老年护理。',
    'Ο δήμος είναι υπεύθυνος για τους παιδικούς σταθμούς και τα σχολεία.',
    'नगरपालिका स्कूलों और बुजुर्गों की देखभाल के लिए जिम्मेदार है।',
    '+46 31 390 06 00',
    '08:30–16:00, 2026-09-20',
    'Customer service: +46 31 390 06 00',
    'vux@sjovik.se',
  ],
};

/** Every sample text, flattened. */
export const ALL_SAMPLES: readonly string[] = Object.values(SAMPLE_TEXTS).flat();

/**
 * Variants of each sample that stress the algorithm's edges: prefixes around franc's 10-character minimum
 * and at short-block lengths, upper case, digits and punctuation, mixed scripts, and repetition.
 */
export function variants(text: string): string[] {
  const cuts = [4, 9, 10, 11, 15, 20, 30, 45].map((n) => text.slice(0, n));
  return [...cuts, text, text.toUpperCase(), `${text} (2026) – 112!`, `${text} ${text}`, `Lyssna: ${text}`];
}
