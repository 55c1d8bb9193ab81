import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, render } from 'lit';
import type { TemplateResult } from 'lit';
import {
  TooltipController,
  certaintyWords,
  defaultDataset,
  listWords,
  loadMessages,
  msg,
  renderDataTable,
  renderSourceNote,
  setMessages,
} from '../src/index.js';
import { en as upFront } from '../src/messages/en.js';
import { enTable } from '../src/messages/en-table.js';
// Each component's English messages ship with its code; importing them ships them here too.
import { enNetwork } from '../../actor-network/src/messages.js';
import { enMap } from '../../alliance-map/src/messages.js';
import { enDonut } from '../../share-donut/src/messages.js';

/**
 * Every English message: core's, the data tables' (which come with the table code) and each
 * component's (which come with its code).
 */
const en: Record<string, string> = { ...upFront, ...enTable, ...enMap, ...enNetwork, ...enDonut };

const LOCALES = ['de', 'fr', 'es', 'ru', 'ar', 'fa'] as const;
const ISOLATE = /[\u2068\u2069]/g;

/** The catalogue of a shipped language, once loaded. */
async function catalogue(lang: string): Promise<Record<string, string>> {
  const module = (await import(`../src/messages/${lang}.ts`)) as { messages: Record<string, string> };
  return module.messages;
}

/** English text a translated interface must not show: the static parts of each message that `lang` says otherwise. */
export function englishLeft(text: string, translated: Record<string, string>): string[] {
  const own = Object.values(translated).join('\n');
  return Object.entries(en)
    .filter(([id, value]) => translated[id] !== undefined && translated[id] !== value)
    .flatMap(([, value]) => value.split(/\{\w+\}/))
    .map((part) => part.trim())
    .filter((part) => part.length >= 8 && !own.includes(part) && text.includes(part));
}

describe('messages', () => {
  it('speak English by default, filling placeholders without bidi marks', () => {
    expect(msg('network.none', { name: 'Ruritania' })).to.equal('Ruritania has no relations shown.');
    expect(msg('network.step', { relation: 'A, joined, B', index: 2, count: 5 }, 'en-GB')).to.equal(
      'A, joined, B. Relation 2 of 5.',
    );
    expect(certaintyWords('hypothetical')).to.equal('possible, not happened');
  });

  it('choose the plural form of the count, by the language’s rules', async () => {
    expect(msg('network.relations', { count: 1 })).to.equal('1 relation');
    expect(msg('network.relations', { count: 3 })).to.equal('3 relations');
    await loadMessages('ru');
    expect(msg('network.relations', { count: 1 }, 'ru')).to.equal('1 связь');
    expect(msg('network.relations', { count: 3 }, 'ru')).to.equal('3 связи');
    expect(msg('network.relations', { count: 5 }, 'ru')).to.equal('5 связей');
    expect(msg('network.relations', { count: 21 }, 'ru')).to.equal('21 связь');
  });

  it('write numbers in the language’s digits and isolate data for bidi', async () => {
    await Promise.all([loadMessages('ar'), loadMessages('fa')]);
    const ar = msg('network.step', { relation: 'Iran, supplied, Russia', index: 2, count: 12 }, 'ar');
    expect(ar).to.contain('٢').and.contain('١٢').and.not.match(/[0-9]/);
    expect(ar).to.contain('\u2068Iran, supplied, Russia\u2069');
    const fa = msg('table.shown', { shown: 4, count: 53, noun: 'x' }, 'fa');
    expect(fa).to.contain('۴').and.contain('۵۳').and.not.match(/[0-9]/);
    expect(msg('number', { n: 1234 }, 'de')).to.equal('1.234');
  });

  it('let a translation reorder the parts of a sentence', () => {
    setMessages('xx', { 'network.step': '({index}/{count}) {relation}' });
    expect(msg('network.step', { relation: 'A–B', index: 1, count: 2 }, 'xx')).to.equal(
      '(1/2) \u2068A–B\u2069',
    );
  });

  it('bring the data tables’ English words with their code, a developer’s own still winning', async () => {
    setMessages('en', { 'table.all': 'Everyone' });
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    let words: string[] = [];
    const host = {
      requestUpdate: () =>
        render(
          renderDataTable(
            host,
            async () => ({}),
            () => {
              // A component's table module builds its tables once the table code is here.
              words = [msg('claims.claim'), msg('network.what', {}, 'nl'), msg('table.all')];
              const names = new Map([
                ['a', 'Alpha'],
                ['b', 'Beta'],
              ]);
              return {
                caption: 'C',
                columns: ['X'],
                rows: [['x'], ['y']],
                actors: { rows: [['a'], ['b']], names },
              };
            },
          ),
          el,
        ),
    };
    host.requestUpdate();
    el.querySelector('summary')!.click();
    await waitUntil(() => el.querySelector('table'));
    expect(words).to.deep.equal(['Claim', 'What it is', 'Everyone']);
    const filter = el.querySelector('.table-filter')!.textContent!.replace(/\s+/g, ' ');
    expect(filter).to.contain('Actor').and.contain('Everyone').and.contain('2 of 2 rows');
    setMessages('en', { 'table.all': en['table.all'] });
  });

  it('let a developer replace any message in any language, and fall back to English for a missing one', async () => {
    await loadMessages('de');
    expect(msg('map.colourBy', {}, 'de')).to.equal('Färben nach');
    setMessages('de-AT', { 'map.colourBy': 'Einfärben nach' });
    expect(msg('map.colourBy', {}, 'de')).to.equal('Einfärben nach');
    setMessages('en', { 'table.show': 'Data' });
    expect(msg('table.show')).to.equal('Data');
    setMessages('en', { 'table.show': en['table.show'] });
    // A language nutgraf does not ship, with one message of its own (the table's words come with its code).
    await import('../src/table.js');
    setMessages('nl', { 'table.all': 'Alle' });
    expect(msg('table.all', {}, 'nl')).to.equal('Alle');
    expect(msg('table.actor', {}, 'nl')).to.equal('Actor');
    expect(loadMessages('nl')).to.equal(undefined);
    expect(loadMessages('en-US')).to.equal(undefined);
  });

  for (const lang of LOCALES)
    it(`ship ${lang}: every message translated, with the same placeholders`, async () => {
      const translated = await catalogue(lang);
      const english = en;
      const places = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
      for (const id of Object.keys(en)) {
        if (id === 'number' || id === 'comma' || id.endsWith('.one')) continue;
        expect(translated[id], `${lang} ${id}`).to.be.a('string');
      }
      for (const [id, value] of Object.entries(translated)) {
        const source = english[id] ?? english[id.replace(/\.\w+$/, '.other')];
        expect(source, `${lang} ${id} is an English id`).to.be.a('string');
        for (const p of places(value!)) expect(places(source!).has(p), `${lang} ${id} ${p}`).to.equal(true);
      }
    });

  it('list words in the language', () => {
    expect(listWords(['a', 'b', 'c'])).to.equal('a, b and c');
    expect(listWords(['a', 'b', 'c'], 'de')).to.equal('a, b und c');
  });
});

class Host extends LitElement {
  tooltip = new TooltipController(this);
  override render(): TemplateResult {
    return litHtml`<button class="anchor">x</button>${renderSourceNote(defaultDataset, {
      outside: true,
      lang: this.closest('[lang]')?.getAttribute('lang') ?? 'en',
    })}${renderDataTable(
      this,
      () => Promise.resolve({}),
      () => [],
    )}${this.tooltip.render()}`;
  }
}
customElements.define('test-messages-host', Host);

describe('shared interface in each shipped language', () => {
  for (const lang of LOCALES)
    it(`${lang}: the source note, table disclosure and tooltip speak ${lang}`, async () => {
      await loadMessages(lang);
      const dir = lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr';
      const wrap = await fixture(
        html`<div lang=${lang} dir=${dir}><test-messages-host></test-messages-host></div>`,
      );
      const el = wrap.querySelector('test-messages-host') as Host;
      el.tooltip.show(el.shadowRoot!.querySelector('.anchor')!, {
        title: 'T',
        quotes: [{ text: 'q', certainty: 'reported', basis: 'outside', sentence: 14 }],
        source: 'S',
        lang: 'en',
      });
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ').replace(ISOLATE, '');
      const translated = await catalogue(lang);
      expect(englishLeft(text, translated)).to.deep.equal([]);
      expect(text).to.contain(translated['table.show']);
      expect(text).to.contain(translated['certainty.reported']);
      if (dir === 'rtl') expect(text).to.contain(lang === 'ar' ? '١٤' : '۱۴');
      expect(el.shadowRoot!.querySelector('.tooltip-quote p')!.getAttribute('lang')).to.equal('en');
    });
});
