/**
 * Names found by their shape and context, for the actors no lookup table knows: a minister
 * named once, a company, a state firm. Every pattern is generic English news style:
 *
 * - a title or role before a name: "Energy Minister Ana Ruiz", "deputy foreign minister
 *   Ana Ruiz", "chief executive Ana Ruiz";
 * - an apposition: "Ana Ruiz, the energy minister," / "its spokeswoman, Ana Ruiz," (a
 *   person), "Acme Grid, the operator of …" / "Acme Ltd, a shipping company" (a company),
 *   "Northwind, a research group" (an organisation);
 * - a company word ending a capitalised name: "Ruiz Holdings SA", "Nordic Petroleum",
 *   "Blue Sky Airlines", "Acme PJSC";
 * - "state firm Petrolia", "state-owned Petrolia";
 * - "the Ruiz company": a company named after a family, never that family's member;
 * - an institution written in lower case after a country or company: "Norway's maritime
 *   authority", "the Norwegian coast guard", "Acme's works council".
 *
 * What each finds is a proposal like every other: the draft says how it was found, and a
 * reviewer checks it.
 *
 * @module
 */

/** A capitalised word ("Ruiz", "Lüders", "al-Assad", "O'Neill"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}`;
/** A person's name as written after a title or in an apposition: two to four capitalised words. */
const FULL_NAME = String.raw`(?:${CAP})(?:\s+(?:${CAP})){1,3}`;

/**
 * Words for what a person is (case-insensitive), the last word of a title or role: "energy
 * minister", "chief executive", "transport analyst".
 */
const PERSON_ROLES = [
  'minister',
  'president',
  'vice-president',
  'chancellor',
  'premier',
  'secretary',
  'spokesperson',
  'spokeswoman',
  'spokesman',
  'executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'head',
  'leader',
  'founder',
  'analyst',
  'economist',
  'official',
  'ambassador',
  'envoy',
  'governor',
  'mayor',
  'senator',
  'lawmaker',
  'commander',
  'adviser',
  'advisor',
  'negotiator',
  'lawyer',
  'professor',
  'researcher',
  'manager',
  'chief',
  'deputy',
  'judge',
  'owner',
  'heir',
  'king',
  'queen',
  'prince',
  'general',
  'colonel',
  'admiral',
  'commissioner',
  'representative',
  'mp',
  'dr',
  'mr',
  'mrs',
  'ms',
];
/** Nouns that make the name in an apposition a company: "Acme, a shipping company". */
const COMPANY_NOUNS = [
  'company',
  'firm',
  'operator',
  'maker',
  'producer',
  'supplier',
  'carrier',
  'airline',
  'lender',
  'bank',
  'insurer',
  'investor',
  'fund',
  'conglomerate',
  'utility',
  'refiner',
  'exporter',
  'importer',
  'shipper',
  'developer',
  'manufacturer',
  'start-up',
  'startup',
  'trader',
  'miner',
  'giant',
  'subsidiary',
  'owner',
  'group',
];
/** Nouns that make the name in an apposition an organisation: "Northwind, a research institute". */
const ORGANISATION_NOUNS = [
  'agency',
  'authority',
  'regulator',
  'institute',
  'association',
  'organisation',
  'organization',
  'body',
  'ministry',
  'think tank',
  'think-tank',
  'charity',
  'union',
  'council',
  'commission',
  'party',
  'university',
  'watchdog',
  'foundation',
  'federation',
  'alliance',
  'movement',
  'network',
];
/**
 * Words that end a company's name: legal forms and the trades companies are named after.
 * "Bank" is a company unless a word before it makes it a public institution ("Central Bank").
 */
const COMPANY_WORDS = [
  'Inc',
  'Inc.',
  'Ltd',
  'Ltd.',
  'LLC',
  'plc',
  'PLC',
  'Group',
  'Corp',
  'Corp.',
  'Corporation',
  'PJSC',
  'OJSC',
  'JSC',
  'SA',
  'S.A.',
  'AG',
  'NV',
  'N.V.',
  'BV',
  'GmbH',
  'ASA',
  'SpA',
  'Holdings',
  'Holding',
  'Energy',
  'Energies',
  'Petroleum',
  'Oil',
  'Gas',
  'Airlines',
  'Airways',
  'Bank',
  'Fisheries',
  'Maritime',
  'Shipping',
  'Logistics',
  'Logistik',
  'Partners',
  'Capital',
  'Investments',
  'Industries',
  'Motors',
  'Mining',
  'Steel',
  'Telecom',
  'Pharma',
  'Pharmaceuticals',
  'Chemicals',
  'Resources',
  'Power',
  'Electric',
  'Research',
  'Foods',
  'Lines',
  'Railways',
  'Ports',
  'Terminals',
  'Technologies',
  'Systems',
  'Securities',
  'Insurance',
  'Ventures',
  'Trading',
  'Minerals',
  'Metals',
  'Refining',
  'Petrochemicals',
];
/** A word that may end a company's name (for its short form: "Acme Maritime" → "Acme"). */
export const COMPANY_TAIL = new RegExp(`^(?:${COMPANY_WORDS.map(escape).join('|')})$`, 'u');
/** Words in a name that make it an organisation (kept from the first draft of this module). */
export const ORG_WORDS =
  /\b(?:Organi[sz]ation|Council|Union|Party|Ministry|Bank|Agency|Treaty|Company|Corporation|Corp|Inc|Ltd|Committee|Fund|Association|Alliance|Army|Navy|Guard|Guards|Court|Parliament|Assembly|University|Institute|Federation|Front|Movement|Group|Forum|Commission|Office|Service|Programme|Program|Authority|Foundation)\b/u;
/** Public institutions named like a bank, never a company. */
const PUBLIC_BANK = /\b(?:Central|Reserve|World|Development|National|People's|European Investment)\s+Bank\b/u;
/** Government posts that read like a company word ("Energy Minister"): a company name never runs on into them. */
const NOT_AFTER_COMPANY = String.raw`(?!\s+(?:Minister|Ministry|Secretary|Commissioner|Agency|Authority|Department|Committee|Council|Regulator|Markets|Security|Policy|Charter|Community|Union|Transition|Crisis|Conference|Forum|Institute|Week|Summit)\b)`;
/** Institutions written in lower case after whose they are: "Norway's maritime authority". */
const LOWER_INSTITUTIONS = String.raw`(?:(?:[a-z]+\s+)?authority|coast\s+guard|works\s+council|central\s+bank|(?:[a-z]+\s+)?regulator|navy|air\s+force)`;
/** Words that open a sentence and are never a name ("However, the company …"). */
const NOT_A_NAME = new Set(
  'However Meanwhile Moreover Furthermore Instead Still Yet Last Separately Earlier Later Today Yesterday Tomorrow Also Indeed Nevertheless Nonetheless Then Now Since Although Though While When After Before Under Over In On At By For From With Without Its It The A An This That These Those Their His Her Our We They He She Some Many Most Both Each Every Such Other Another Such Analysts Officials Diplomats Traders Lawyers Sources Critics Experts Investors Residents Workers'.split(
    ' ',
  ),
);

/** The roles as a pattern, each in lower case or capitalised ("minister", "Minister", "CEO"). */
const ROLES = PERSON_ROLES.flatMap((r) => [r, r.charAt(0).toUpperCase() + r.slice(1), r.toUpperCase()])
  .map(escape)
  .join('|');
/** A person's role (one of {@link PERSON_ROLES}) with up to four words before it: "deputy foreign minister". */
const ROLE_PHRASE = String.raw`(?:[\p{L}'’-]+\s+){0,4}?(?:${ROLES})`;
const DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|(?:${CAP})['’]s)`;

/** A name found by its shape. */
export interface ShapePiece {
  text: string;
  /** in UTF-16 units of the text */
  at: number;
  tag: 'person' | 'company' | 'organisation-shape' | 'family-company';
  how: string;
  /** the noun of an apposition ("operator") */
  descriptor?: string;
}

/**
 * Finds names by their shape and context.
 * @param known the lookup table: what it resolves is not a new name
 */
export function scanShapes(text: string, known: (written: string) => unknown): ShapePiece[] {
  const out: ShapePiece[] = [];
  /** @param group the name as matched */
  const push = (
    m: RegExpExecArray,
    group: string,
    tag: ShapePiece['tag'],
    how: string,
    descriptor?: string,
  ) => {
    const at = m.index + m[0].indexOf(group);
    const name = group.replace(/['’]s$/u, '');
    const words = name.split(/\s+/u);
    if (NOT_A_NAME.has(words[0]) || known(name)) return;
    if (tag === 'person' && words.some((w) => known(w) && !/^\p{Lu}\p{Ll}/u.test(w))) return;
    out.push({ text: name, at, tag, how, ...(descriptor ? { descriptor } : {}) });
  };

  // a title before a name: "Energy Minister Ana Ruiz", "chief executive Ana Ruiz"
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:${ROLES})\s+(${FULL_NAME})`, 'gu')))
    if (/^\p{Lu}/u.test(m[1])) push(m, trimName(m[1]), 'person', 'title and name', roleWord(m[0]));
  // apposition after a name: "Ana Ruiz, the energy minister"
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}'’])(${FULL_NAME}),\s+${DETERMINER}\s+(${ROLE_PHRASE})\b`, 'gu'),
  ))
    push(m, trimName(m[1]), 'person', 'name and role', roleWord(m[2]));
  // apposition before a name: "its spokeswoman, Ana Ruiz", "the head of the agency, Ana Ruiz"
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\b${DETERMINER}\s+(${ROLE_PHRASE})(?:\s+(?:of|for|at)\s+[^,;.]{1,60})?,\s+(${FULL_NAME})(?=[,.;]|\s+(?:said|says|told|who|and)\b)`,
      'gu',
    ),
  ))
    if (/^\p{Lu}/u.test(m[2])) push(m, trimName(m[2]), 'person', 'role and name', roleWord(m[1]));

  // companies by their last word: "Ruiz Holdings SA", "Blue Sky Airlines", "Nordbank Research"
  const companyWords = COMPANY_WORDS.map(escape).join('|');
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(?<![\p{L}'’-])((?:${CAP})(?:\s+(?:&\s+)?(?:${CAP}))*?\s+(?:${companyWords})(?:\s+(?:${companyWords}))*)(?![\p{L}\p{N}])${NOT_AFTER_COMPANY}`,
      'gu',
    ),
  )) {
    let name = m[1];
    // "The Ruiz Holdings", "In Nordic Petroleum": drop an opening word that is not a name
    const words = name.split(/\s+/u);
    while (
      words.length > 1 &&
      (NOT_A_NAME.has(words[0]) || /-(?:owned|run|controlled|based|registered)$/iu.test(words[0]))
    )
      words.shift();
    name = words.join(' ');
    if (words.length < 2 || (words.length === 2 && known(words[0]))) continue;
    const publicBank = PUBLIC_BANK.test(name);
    push(
      m,
      name,
      publicBank ? 'organisation-shape' : 'company',
      publicBank ? 'organisation name' : 'company name',
    );
  }
  // apposition for an organisation: "Acme Grid, the operator of …", "Acme, a Lagos-based shipping firm"
  const companyNouns = COMPANY_NOUNS.map(escape).join('|');
  const orgNouns = ORGANISATION_NOUNS.map(escape).join('|');
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(?<![\p{L}'’])((?:${CAP})(?:\s+(?:${CAP})){0,3}),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(${companyNouns}|${orgNouns})\b`,
      'gu',
    ),
  )) {
    const noun = m[2].toLowerCase();
    const company = COMPANY_NOUNS.includes(noun) && noun !== 'group';
    push(
      m,
      m[1],
      company ? 'company' : 'organisation-shape',
      company ? 'company (apposition)' : 'organisation (apposition)',
      noun,
    );
  }
  // state firms: "state firm Petrolia", "state-owned Petrolia", "the state oil company Petrolia"
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\bstate(?:-owned|-run|-controlled)?\s+(?:[a-z]+\s+){0,2}?(?:${companyNouns}|enterprise|corporation|monopoly|broadcaster)\s+((?:${CAP})(?:\s+(?:${CAP}))*)`,
      'gu',
    ),
  ))
    push(m, m[1], 'company', 'state firm');
  for (const m of text.matchAll(
    new RegExp(String.raw`\b[Ss]tate-(?:owned|run|controlled)\s+((?:${CAP})(?:\s+(?:${CAP}))*)`, 'gu'),
  ))
    push(m, m[1], 'company', 'state firm');
  // a company named after a family: "the Ruiz company", "the Ruiz family firm"
  for (const m of text.matchAll(
    new RegExp(
      String.raw`\b[Tt]he\s+((?:${CAP})(?:\s+(?:${CAP}))?)\s+((?:family\s+)?(?:company|firm|group|business|conglomerate|empire))\b`,
      'gu',
    ),
  )) {
    if (known(m[1]) || NOT_A_NAME.has(m[1])) continue;
    const at = m.index + m[0].indexOf(m[1]);
    out.push({
      text: `${m[1]} ${m[2]}`,
      at,
      tag: 'family-company',
      how: 'family name of a company',
    });
  }
  // an institution written in lower case: "Norway's maritime authority", "the Norwegian coast guard"
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}'’])((?:${CAP})(?:['’]s)?\s+${LOWER_INSTITUTIONS})\b`, 'gu'),
  )) {
    const owner = m[1].split(/['’]s?\s|\s/u)[0];
    if (NOT_A_NAME.has(owner)) continue;
    out.push({
      text: m[1],
      at: m.index,
      tag: 'organisation-shape',
      how: 'institution',
    });
  }
  // "the city of Oslo" as an actor (not after "in", "at", "to", "from", "near")
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(?<!\b(?:in|at|to|from|near|of|into|across)\s)\b[Tt]he\s+(city|municipality)\s+of\s+(${CAP})`,
      'gu',
    ),
  )) {
    if (known(m[2])) continue;
    const at = m.index + m[0].indexOf(m[1]);
    out.push({
      text: `${m[1].charAt(0).toUpperCase()}${text.slice(at + 1, m.index + m[0].length)}`,
      at,
      tag: 'organisation-shape',
      how: 'city as an actor',
      descriptor: m[1],
    });
  }
  // organisation names that open with their organisation word: "Institute for Energy Markets", "Bank of Ruritania"
  for (const m of text.matchAll(
    new RegExp(
      String.raw`(?<![\p{L}'’])((?:(?:${CAP})\s+){0,3}(?:Institute|Bank|Agency|Authority|Council|Commission|Ministry|Office|Foundation|Association|Federation|Union|University|Centre|Center|Society|Fund)\s+(?:of|for|on)\s+(?:the\s+)?(?:${CAP})(?:\s+(?:and\s+)?(?:${CAP})){0,4})`,
      'gu',
    ),
  )) {
    const words = m[1].split(/\s+/u);
    while (words.length > 1 && NOT_A_NAME.has(words[0])) words.shift();
    const name = words.join(' ');
    const head =
      /\b(Institute|Bank|Agency|Authority|Council|Commission|Ministry|Office|Foundation|Association|Federation|Union|University|Centre|Center|Society|Fund)\b/u.exec(
        name,
      )?.[1];
    push(m, name, 'organisation-shape', 'organisation name', head?.toLowerCase());
  }
  return out;
}

/**
 * A name without the titles written before it: "Minister Ana Ruiz" → "Ana Ruiz", "Energy
 * Minister Ana Ruiz" → "Ana Ruiz". A name that is only a title is kept as it is.
 */
export function stripTitles(name: string): string {
  const words = name.split(/\s+/u);
  let last = -1;
  words.forEach((w, i) => {
    if (PERSON_ROLES.includes(w.toLowerCase().replace(/\.$/u, ''))) last = i;
  });
  return last >= 0 && last < words.length - 1 ? words.slice(last + 1).join(' ') : name;
}

/** A name as matched, without a trailing title or role word that the pattern swallowed. */
function trimName(name: string): string {
  return stripTitles(name);
}

/** The role noun that ends a role phrase, lower case: "the energy Minister" → "minister". */
function roleWord(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/u);
  return [...words].reverse().find((w) => PERSON_ROLES.includes(w));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
