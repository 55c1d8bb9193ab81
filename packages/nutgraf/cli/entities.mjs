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
 * and names resolve through the gazetteer to countries (ISO codes) and organisations. A
 * person named in full ("Vladimir Putin") also owns the later surname-only mentions
 * ("Putin's"). Unknown acronyms become organisations to review; unresolved places are
 * listed for the reviewer, not drafted.
 *
 * @module
 */

import nlp from 'compromise';
import { resolve, stripPossessive, SURFACE_FORMS } from './gazetteer.mjs';

/**
 * @typedef {{ text: string, start: number, end: number, how: string }} Mention
 *   `start`/`end` in code points of the whole article; `how` says how it resolved.
 * @typedef {object} FoundEntity
 * @property {string} key stable grouping key ("country:IRN", "person:putin", "org:nato")
 * @property {'country' | 'person' | 'organisation'} kind
 * @property {string} name
 * @property {import('./gazetteer.mjs').Country} [country]
 * @property {string} [organisationId]
 * @property {string} [shortName]
 * @property {Mention[]} mentions in text order
 * @typedef {{ entities: FoundEntity[], unresolved: Mention[] }} EntityResult
 */

const EDGE_PUNCTUATION = /^[\s"'“”‘’()[\]«»,.;:!?–—-]+|[\s"'“”‘’()[\]«»,.;:!?–—-]+$/gu;
const ORG_WORDS =
  /\b(?:Organi[sz]ation|Council|Union|Party|Ministry|Bank|Agency|Treaty|Company|Corporation|Corp|Inc|Ltd|Committee|Fund|Association|Alliance|Army|Navy|Guard|Guards|Court|Parliament|Assembly|University|Institute|Federation|Front|Movement|Group|Forum|Commission|Office|Service|Programme|Program)\b/u;
const MINOR = new Set(['of', 'the', 'for', 'and', 'de', 'la', 'on', 'in', '&']);

/**
 * @param {string} text the whole article
 * @param {{ onProgress?: (done: number, total: number) => void }} [options]
 * @returns {EntityResult}
 */
export function findEntities(text, { onProgress } = {}) {
  /** @type {Array<{ text: string, at: number, tag: 'person' | 'place' | 'organisation' | 'acronym' | 'gazetteer' }>} */
  const raw = [];
  // compromise is run line by line: offsets stay local, progress can be reported, and a
  // long article is never one huge document.
  const lines = text.split('\n');
  let lineAt = 0;
  lines.forEach((line, i) => {
    if (line.trim()) {
      const doc = nlp(line);
      /** @param {any} view @param {'person' | 'place' | 'organisation' | 'acronym'} tag */
      const take = (view, tag) => {
        for (const m of view.json({ offset: true })) {
          if (!m.offset) continue;
          raw.push({
            text: line.slice(m.offset.start, m.offset.start + m.offset.length),
            at: lineAt + m.offset.start,
            tag,
          });
        }
      };
      take(doc.people(), 'person');
      take(doc.places(), 'place');
      take(doc.organizations(), 'organisation');
      take(doc.acronyms(), 'acronym');
    }
    lineAt += line.length + 1;
    onProgress?.(i + 1, lines.length);
  });
  raw.push(...scanGazetteer(text), ...scanOrganisationNames(text));

  /** @type {Array<{ text: string, at: number, tag: string }>} */
  const pieces = [];
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

  /** @type {Map<string, FoundEntity>} */
  const byKey = new Map();
  /** @type {Mention[]} */
  const unresolved = [];
  /** which taken mention covers each UTF-16 index (0: none), so containment is O(1) */
  const spanAt = new Int32Array(text.length + 1);
  let spans = 0;
  const toCp = codePointIndex(text);
  /**
   * @param {string} key
   * @param {Omit<FoundEntity, 'mentions' | 'key'>} base
   * @param {{ text: string, at: number }} piece
   * @param {string} how
   */
  const add = (key, base, piece, how) => {
    // the same mention twice, or a shorter piece inside a longer one already taken
    // ("Kremlin" in "the Kremlin"), is one mention
    const first = spanAt[piece.at];
    if (first !== 0 && spanAt[piece.at + piece.text.length - 1] === first) return;
    spans++;
    spanAt.fill(spans, piece.at, piece.at + piece.text.length);
    let entity = byKey.get(key);
    if (!entity) byKey.set(key, (entity = { key, ...base, mentions: [] }));
    const start = toCp(piece.at);
    entity.mentions.push({ text: piece.text, start, end: start + [...piece.text].length, how });
  };

  // longest pieces first, so "Collective Security Treaty Organization" wins over a part of it
  const ordered = [...pieces].sort((a, b) => b.text.length - a.text.length || a.at - b.at);
  /** @type {Array<{ text: string, at: number }>} */
  const people = [];
  for (const piece of ordered) {
    const hit = resolve(piece.text);
    if (hit?.kind === 'country') {
      const c = hit.country;
      add(`country:${c.iso3}`, { kind: 'country', name: c.name, country: c }, piece, hit.how);
    } else if (hit?.kind === 'organisation') {
      const o = hit.organisation;
      add(`org:${o.id}`, { kind: 'organisation', name: o.name, organisationId: o.id }, piece, hit.how);
    } else if (piece.tag === 'person') people.push(piece);
    else if (piece.tag === 'acronym' && /^[A-Z][A-Z0-9&]{1,9}$/.test(piece.text)) {
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

  // people: full names first; a surname alone joins the full name that ends with it
  people.sort((a, b) => b.text.split(/\s+/).length - a.text.split(/\s+/).length || a.at - b.at);
  /** @type {Map<string, string>} surname → key */
  const surnames = new Map();
  for (const piece of people) {
    if (!/^\p{Lu}/u.test(piece.text)) continue;
    const words = piece.text.split(/\s+/);
    const surname = words[words.length - 1];
    let key = surnames.get(surname);
    if (!key) {
      key = `person:${slug(surname.replace(/^(?:al|el|bin|ibn|von|van|de)-/i, ''))}`;
      surnames.set(surname, key);
    }
    const known = byKey.get(key);
    add(
      key,
      { kind: 'person', name: known?.name ?? piece.text, shortName: surname },
      piece,
      words.length > 1 ? 'full name' : 'surname',
    );
  }

  // a surname compromise did not tag on its own ("Lavrov listed …") is still that person
  for (const [surname, key] of surnames) {
    const person = /** @type {FoundEntity} */ (byKey.get(key));
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}])`, 'gu')))
      add(key, person, { text: surname, at: /** @type {number} */ (m.index) }, 'surname');
  }

  const entities = [...byKey.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return {
    entities: entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start),
    unresolved: unresolved.sort((a, b) => a.start - b.start),
  };
}

/**
 * Scans the text for every surface form of the gazetteer, word-bounded and case-sensitive.
 * @param {string} text
 * @returns {Array<{ text: string, at: number, tag: 'gazetteer' }>}
 */
function scanGazetteer(text) {
  const escaped = SURFACE_FORMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');
  /** @type {Array<{ text: string, at: number, tag: 'gazetteer' }>} */
  const out = [];
  for (const m of text.matchAll(pattern))
    out.push({ text: m[0], at: /** @type {number} */ (m.index), tag: 'gazetteer' });
  return out;
}

/**
 * Capitalised names ending in an organisation word ("World Food Programme", "Central
 * Bank of Nigeria" is not caught: the word must end the name), which compromise misses.
 * @param {string} text
 * @returns {Array<{ text: string, at: number, tag: 'organisation' }>}
 */
function scanOrganisationNames(text) {
  const pattern = new RegExp(
    `(?<![\\p{L}'’])(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,6}${ORG_WORDS.source}`,
    'gu',
  );
  /** @type {Array<{ text: string, at: number, tag: 'organisation' }>} */
  const out = [];
  for (const m of text.matchAll(pattern)) {
    const lead = /^(?:The|A|An)\s+/u.exec(m[0])?.[0].length ?? 0;
    out.push({ text: m[0].slice(lead), at: /** @type {number} */ (m.index) + lead, tag: 'organisation' });
  }
  return out;
}

/**
 * Trims punctuation and splits a tagged run on commas, brackets and spaced dashes.
 * @param {string} run
 * @returns {Array<{ text: string, offset: number }>}
 */
function splitRun(run) {
  /** @type {Array<{ text: string, offset: number }>} */
  const parts = [];
  const re = /[^,;()[\]]+/gu;
  for (const m of run.matchAll(re)) {
    for (const sub of m[0].matchAll(/(?:[^\s–—]|[–—](?!\s)|\s(?![–—]\s))+/gu)) {
      const raw = sub[0];
      const trimmed = raw.replace(EDGE_PUNCTUATION, '');
      if (!trimmed) continue;
      parts.push({
        text: trimmed,
        offset: /** @type {number} */ (m.index) + /** @type {number} */ (sub.index) + raw.indexOf(trimmed),
      });
    }
  }
  return parts;
}

/**
 * A proper organisation name: every significant word capitalised, not a demonym phrase
 * ("American military", "Iranian oil"), and more than one word or an organisation word.
 * @param {string} name
 * @returns {boolean}
 */
function looksLikeOrganisation(name) {
  const words = name.split(/\s+/);
  if (!words.every((w) => MINOR.has(w) || /^\p{Lu}/u.test(w))) return false;
  if (words.length > 1 && resolve(words[0])?.how === 'demonym' && !ORG_WORDS.test(name)) return false;
  return words.length > 1 || ORG_WORDS.test(name);
}

/**
 * @param {string} text
 * @returns {(utf16: number) => number} UTF-16 index → code point index
 */
function codePointIndex(text) {
  /** @type {number[]} */
  const table = new Array(text.length + 1);
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

/**
 * @param {string} s
 * @returns {string}
 */
export function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
