/**
 * Finds the actors an article names, with every mention and its offsets in code points.
 *
 * Two sources of mentions, merged:
 * - compromise (an English NLP library) tags people, places, organisations and acronyms;
 * - the gazetteer is scanned for the forms compromise does not tag as names: demonyms
 *   ("Israeli forces"), stand-ins ("the Kremlin") and acronyms it knows.
 *
 * Then every mention is normalised: possessives are stripped ("Russia's"), hyphenated pairs
 * are split when both halves resolve ("Russia-Iran", "Moscow-Tehran"; never "al-Assad"),
 * and names resolve through the gazetteer to countries (ISO codes) and organisations.
 *
 * Names that are in no table are found by their shape and context (shapes.ts): a title
 * before a name ("Energy Minister Ana Ruiz"), an apposition ("Ana Ruiz, the energy
 * minister"; "Acme Grid, the grid operator"), a company word ending a name ("Holdings",
 * "PJSC", "Airlines"), "state firm X", "the X company". A company is also found by its
 * short name ("Acme" for "Acme Maritime").
 *
 * People with the same surname stay apart: each full name is its own person, and a surname
 * alone goes to the nearest full name with that surname written before it (or, with none
 * before, the first after); when two full names with that surname precede it, the mention
 * is listed in `ambiguous` for the reviewer. A surname inside a company's name ("Ruiz
 * Holdings", "the Ruiz company") belongs to the company, never to a person. Unknown acronyms
 * become organisations to review; unresolved places are listed for the reviewer, not
 * drafted.
 *
 * @module
 */

import type { EntityKind } from '@nutgraf/core/dataset';
import { resolve, stripPossessive, SURFACE_FORMS } from './gazetteer.js';
import type { Country } from './gazetteer.js';
import { taggedNames } from './nlp.js';
import { scanShapes, stripTitles, ORG_WORDS, COMPANY_TAIL } from './shapes.js';

/** A mention: `start`/`end` in code points of the whole article; `how` says how it resolved. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  how: string;
}
/** An actor the article names, with every mention. */
export interface FoundEntity {
  /** stable grouping key ("country:IRN", "person:putin", "org:nato") */
  key: string;
  kind: Exclude<EntityKind, 'place'>;
  name: string;
  country?: Country;
  organisationId?: string;
  shortName?: string;
  /** in text order */
  mentions: Mention[];
  /**
   * common nouns the article uses for it ("operator", "institute", "spokeswoman"), from an
   * apposition or its name: they let "the operator said" name it as a speaker
   */
  descriptors?: string[];
  /** surname-only mentions that could also be another person of that surname */
  ambiguous?: Array<{ mention: Mention; others: string[] }>;
}
/** The actors an article names, and the places no table resolves. */
export interface EntityResult {
  entities: FoundEntity[];
  unresolved: Mention[];
}

/** A name as found, before it is resolved: `at` in UTF-16 units of the text. */
interface Piece {
  text: string;
  at: number;
  tag: string;
  how?: string;
  descriptor?: string;
}

const EDGE_PUNCTUATION = /^[\s"'“”‘’()[\]«»,.;:!?–—-]+|[\s"'“”‘’()[\]«»,.;:!?–—-]+$/gu;
const MINOR = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'on', 'in', '&']);

/** @param text the whole article */
export function findEntities(
  text: string,
  { onProgress }: { onProgress?: (done: number, total: number) => void } = {},
): EntityResult {
  const raw: Piece[] = [];
  // compromise is run line by line: offsets stay local, progress can be reported, and a
  // long article is never one huge document.
  const lines = text.split('\n');
  let lineAt = 0;
  lines.forEach((line, i) => {
    if (line.trim()) {
      for (const { tag, start, length } of taggedNames(line))
        raw.push({ text: line.slice(start, start + length), at: lineAt + start, tag });
    }
    lineAt += line.length + 1;
    onProgress?.(i + 1, lines.length);
  });
  raw.push(...scanGazetteer(text), ...scanOrganisationNames(text));
  /** pieces found by shape are exact: no splitting, no possessive to strip */
  const pieces: Piece[] = scanShapes(text, resolve);
  for (const r of raw) {
    // trim punctuation and split "East, Russia"-style runs on commas and dashes
    for (const part of splitRun(r.text)) {
      const at = r.at + part.offset;
      let written = part.text;
      const possessive = stripPossessive(written);
      if (possessive !== written) written = possessive;
      // hyphenated pairs: "Russia-Iran", "Moscow-Tehran", "American-Israeli"
      const halves = written.split(/[-–]/u);
      if (halves.length > 1 && halves.every((h) => h && resolve(h))) {
        let offset = 0;
        for (const h of halves) {
          pieces.push({ text: h, at: at + offset, tag: r.tag });
          offset += h.length + 1;
        }
      } else pieces.push({ text: written, at, tag: r.tag });
    }
  }

  const byKey = new Map<string, FoundEntity>();
  const unresolved: Mention[] = [];
  /** which taken mention covers each UTF-16 index (0: none), so containment is O(1) */
  const spanAt = new Int32Array(text.length + 1);
  let spans = 0;
  const toCp = codePointIndex(text);
  const add = (
    key: string,
    base: Omit<FoundEntity, 'mentions' | 'key'>,
    piece: { text: string; at: number },
    how: string,
  ): Mention | undefined => {
    // the same mention twice, or a shorter piece inside a longer one already taken
    // ("Kremlin" in "the Kremlin"), is one mention
    if (taken(piece)) return undefined;
    spans++;
    spanAt.fill(spans, piece.at, piece.at + piece.text.length);
    let entity = byKey.get(key);
    if (!entity) byKey.set(key, (entity = { key, ...base, mentions: [] }));
    const start = toCp(piece.at);
    const mention: Mention = { text: piece.text, start, end: start + [...piece.text].length, how };
    entity.mentions.push(mention);
    return mention;
  };
  const taken = (piece: { text: string; at: number }) => {
    const first = spanAt[piece.at];
    return first !== 0 && spanAt[piece.at + piece.text.length - 1] === first;
  };
  const describe = (entity: FoundEntity, word: string | undefined) => {
    if (word && !(entity.descriptors ?? []).includes(word))
      entity.descriptors = [...(entity.descriptors ?? []), word];
  };

  // longest pieces first, so "Collective Security Treaty Organization" wins over a part of
  // it; of two pieces with the same span, one found by its shape first (it knows its kind)
  const rank = (p: Piece) => (p.how ? 0 : 1);
  const ordered = [...pieces].sort(
    (a, b) => b.text.length - a.text.length || a.at - b.at || rank(a) - rank(b),
  );
  const people: Piece[] = [];
  /** "the Ruiz company": joins a company named "Ruiz …" */
  const familyNamed: Piece[] = [];
  for (const piece of ordered) {
    const hit = resolve(piece.text);
    if (piece.tag === 'family-company') familyNamed.push(piece);
    else if (hit?.kind === 'country') {
      const c = hit.country;
      add(`country:${c.iso3}`, { kind: 'country', name: c.name, country: c }, piece, hit.how);
    } else if (hit?.kind === 'organisation') {
      const o = hit.organisation;
      add(`org:${o.id}`, { kind: 'organisation', name: o.name, organisationId: o.id }, piece, hit.how);
    } else if (piece.tag === 'person') people.push(piece);
    else if (piece.tag === 'company' || piece.tag === 'organisation-shape') {
      const key = `org:${slug(stripPossessive(piece.text).replace(/['’]s\b/gu, ''))}`;
      const kind = piece.tag === 'company' ? 'company' : 'organisation';
      add(key, { kind, name: piece.text }, piece, piece.how ?? 'organisation name');
      const entity = byKey.get(key);
      if (entity) describe(entity, piece.descriptor);
    } else if (piece.tag === 'acronym' && /^[A-Z][A-Z0-9&]{1,9}$/.test(piece.text)) {
      add(
        `org:${slug(piece.text)}`,
        { kind: 'organisation', name: piece.text },
        piece,
        'acronym (not in the table)',
      );
    } else if (piece.tag === 'organisation' && looksLikeOrganisation(piece.text)) {
      add(`org:${slug(piece.text)}`, { kind: 'organisation', name: piece.text }, piece, 'organisation name');
    } else if (piece.tag === 'place' && /^\p{Lu}/u.test(piece.text)) {
      const start = toCp(piece.at);
      if (!unresolved.some((u) => u.start === start))
        unresolved.push({
          text: piece.text,
          start,
          end: start + [...piece.text].length,
          how: 'place not in the table',
        });
    }
  }

  // a company or organisation found by its shape is also written without its company word
  // ("Acme" for "Acme Maritime") and again in full later on
  const surnamesOfPeople = new Set(
    people
      .map((p) => stripTitles(p.text).split(/\s+/))
      .filter((w) => w.length > 1)
      .map((w) => w[w.length - 1]),
  );
  // "Nordvik Petroleum" and "Nordvik Petroleum ASA" are one company: the longer name wins
  for (const entity of [...byKey.values()]) {
    if (entity.kind !== 'company') continue;
    const longer = [...byKey.values()].find(
      (e) =>
        e !== entity &&
        e.kind === 'company' &&
        e.name.startsWith(`${entity.name} `) &&
        e.name
          .slice(entity.name.length + 1)
          .split(/\s+/u)
          .every((w) => COMPANY_TAIL.test(w)),
    );
    if (!longer) continue;
    longer.mentions.push(...entity.mentions.map((m) => ({ ...m, how: 'short name' })));
    byKey.delete(entity.key);
  }
  for (const entity of [...byKey.values()]) {
    if (entity.kind !== 'company' && !(entity.kind === 'organisation' && !entity.organisationId)) continue;
    const forms = [entity.name];
    const short = shortForm(entity.name);
    if (short && !resolve(short) && !surnamesOfPeople.has(short)) forms.push(short);
    for (const form of forms) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of text.matchAll(
        new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-]|\\s+\\p{Lu})`, 'gu'),
      ))
        add(
          entity.key,
          entity,
          { text: form, at: m.index },
          form === entity.name ? entity.mentions[0].how : 'short name',
        );
    }
  }
  // "the Ruiz company": a company named after a family is that company, not a person
  for (const piece of familyNamed.sort((a, b) => a.at - b.at)) {
    const family = piece.text.replace(
      /\s+(?:family\s+)?(?:company|firm|group|business|conglomerate|empire)$/u,
      '',
    );
    const company = [...byKey.values()].find(
      (e) => e.kind === 'company' && (e.name === family || e.name.startsWith(`${family} `)),
    );
    if (company) add(company.key, company, piece, 'family name of the company');
    else add(`org:${slug(family)}`, { kind: 'company', name: family }, piece, 'family name of a company');
  }

  // people: each full name is a person; a surname alone joins the nearest full name with
  // that surname before it
  /** folded full name → key */
  const byFullName = new Map<string, string>();
  /** surname → people with it */
  const bySurname = new Map<string, Array<{ key: string; name: string; at: number[] }>>();
  const alone: Array<{ text: string; at: number; surname: string }> = [];
  const fullNames: Array<{ text: string; at: number; surname: string; descriptor?: string }> = [];
  for (const piece of people) {
    const name = stripTitles(piece.text);
    if (!/^\p{Lu}/u.test(name)) continue;
    const lead = piece.text.length - name.length;
    const words = name.split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length === 1) alone.push({ text: name, at: piece.at + lead, surname });
    else fullNames.push({ text: name, at: piece.at + lead, surname, descriptor: piece.descriptor });
  }
  fullNames.sort((a, b) => a.at - b.at);
  for (const piece of fullNames) {
    const folded = fold(piece.text);
    let key = byFullName.get(folded);
    const same = bySurname.get(piece.surname) ?? [];
    if (!key) {
      key = `person:${slug(piece.surname.replace(/^(?:al|el|bin|ibn|von|van|de)-/i, ''))}`;
      if (same.length) key = `person:${slug(piece.text)}`;
      if (byKey.has(key)) key = `person:${slug(piece.text)}`;
      byFullName.set(folded, key);
      same.push({ key, name: piece.text, at: [] });
      bySurname.set(piece.surname, same);
    }
    const mention = add(
      key,
      { kind: 'person', name: piece.text, shortName: piece.surname },
      piece,
      'full name',
    );
    if (mention) same.find((p) => p.key === key)?.at.push(piece.at);
    const entity = byKey.get(key);
    if (entity) describe(entity, piece.descriptor);
  }
  // a second person of a surname already used keeps its full name as id; the first too
  for (const [, same] of bySurname)
    if (same.length > 1)
      for (const p of same) {
        const entity = byKey.get(p.key);
        const full = `person:${slug(p.name)}`;
        if (entity && p.key !== full && !byKey.has(full)) {
          byKey.delete(p.key);
          entity.key = full;
          byKey.set(full, entity);
          p.key = full;
        }
      }
  // surnames alone: the ones compromise tagged, and the ones it did not ("Lavrov listed …")
  for (const [surname] of bySurname) {
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
      alone.push({ text: surname, at: m.index, surname });
  }
  alone.sort((a, b) => a.at - b.at);
  for (const piece of alone) {
    const same = bySurname.get(piece.surname);
    if (!same) {
      // a surname never written in full: a person of its own
      add(
        `person:${slug(piece.surname.replace(/^(?:al|el|bin|ibn|von|van|de)-/i, ''))}`,
        { kind: 'person', name: piece.text, shortName: piece.surname },
        piece,
        'surname',
      );
      continue;
    }
    const before = same
      .map((p) => ({ p, last: Math.max(-1, ...p.at.filter((at) => at < piece.at)) }))
      .filter(({ last }) => last >= 0)
      .sort((a, b) => b.last - a.last);
    const owner = before[0]?.p ?? same.filter((p) => p.at.length).sort((a, b) => a.at[0] - b.at[0])[0];
    if (!owner) continue;
    const entity = byKey.get(owner.key);
    if (!entity) continue;
    const mention = add(owner.key, entity, piece, before.length > 1 ? 'surname (ambiguous)' : 'surname');
    if (mention && before.length > 1)
      entity.ambiguous = [
        ...(entity.ambiguous ?? []),
        { mention, others: before.slice(1).map(({ p }) => p.name) },
      ];
  }

  const entities = [...byKey.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return {
    entities: entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start),
    unresolved: unresolved.sort((a, b) => a.start - b.start),
  };
}

/** Scans the text for every surface form of the gazetteer, word-bounded and case-sensitive. */
function scanGazetteer(text: string): Array<{ text: string; at: number; tag: 'gazetteer' }> {
  const escaped = SURFACE_FORMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');
  const out: Array<{ text: string; at: number; tag: 'gazetteer' }> = [];
  for (const m of text.matchAll(pattern)) out.push({ text: m[0], at: m.index, tag: 'gazetteer' });
  return out;
}

/**
 * A company's name without its company word: "Acme Maritime" → "Acme", "Ruiz
 * Holdings SA" → "Ruiz"; undefined when nothing would be left.
 */
function shortForm(name: string): string | undefined {
  const words = name.split(/\s+/);
  let end = words.length;
  while (end > 0 && COMPANY_TAIL.test(words[end - 1])) end--;
  if (end === words.length || end === 0) return undefined;
  return words.slice(0, end).join(' ');
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Capitalised names ending in an organisation word ("World Food Programme", "Central
 * Bank of Nigeria" is not caught: the word must end the name), which compromise misses.
 */
function scanOrganisationNames(text: string): Array<{ text: string; at: number; tag: 'organisation' }> {
  const pattern = new RegExp(
    `(?<![\\p{L}'’])(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,6}${ORG_WORDS.source}`,
    'gu',
  );
  const out: Array<{ text: string; at: number; tag: 'organisation' }> = [];
  for (const m of text.matchAll(pattern)) {
    const lead = /^(?:The|A|An)\s+/u.exec(m[0])?.[0].length ?? 0;
    out.push({ text: m[0].slice(lead), at: m.index + lead, tag: 'organisation' });
  }
  return out;
}

/** Trims punctuation and splits a tagged run on commas, brackets and spaced dashes. */
function splitRun(run: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  const re = /[^,;()[\]]+/gu;
  for (const m of run.matchAll(re)) {
    for (const sub of m[0].matchAll(/(?:[^\s–—]|[–—](?!\s)|\s(?![–—]\s))+/gu)) {
      const raw = sub[0];
      const trimmed = raw.replace(EDGE_PUNCTUATION, '');
      if (!trimmed) continue;
      parts.push({
        text: trimmed,
        offset: m.index + sub.index + raw.indexOf(trimmed),
      });
    }
  }
  return parts;
}

/**
 * A proper organisation name: every significant word capitalised, not a demonym phrase
 * ("American military", "Iranian oil"), and more than one word or an organisation word.
 */
function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  if (!words.every((w) => MINOR.has(w) || /^\p{Lu}/u.test(w))) return false;
  if (words.length > 1 && resolve(words[0])?.how === 'demonym' && !ORG_WORDS.test(name)) return false;
  return words.length > 1 || ORG_WORDS.test(name);
}

/** @returns UTF-16 index → code point index */
function codePointIndex(text: string): (utf16: number) => number {
  const table = new Array<number>(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      table[i + 1] = cp;
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

/** Lower-case ASCII words joined by hyphens: "Nicolás Maduro" → "nicolas-maduro". */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
