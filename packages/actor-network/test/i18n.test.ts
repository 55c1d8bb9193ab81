import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { defaultDataset, loadMessages, setMessages } from '@nutgraf/core';
import { en } from '../../core/src/messages/en.js';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';

const LOCALES = { de: 'ltr', fr: 'ltr', es: 'ltr', ru: 'ltr', ar: 'rtl', fa: 'rtl' } as const;

async function mount(lang: string, dir: string): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir} style="width:800px"><actor-network></actor-network></div>`,
  );
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  for (let i = 0; i < 300 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
  return el;
}

/** Every text and accessible name the element shows, bidi isolates removed. */
const words = (el: ActorNetwork) =>
  [
    el.shadowRoot!.textContent!,
    ...[...el.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
  ]
    .join('\n')
    .replace(/[\u2068\u2069]/g, '');

describe('<actor-network> in other languages', () => {
  for (const [lang, dir] of Object.entries(LOCALES))
    it(`${lang}: no English interface words are left, numbers in the language's digits`, async () => {
      await loadMessages(lang);
      const { messages } = (await import(`../../core/src/messages/${lang}.ts`)) as {
        messages: Record<string, string>;
      };
      const el = await mount(lang, dir);
      // The dataset's own words are data, in its language: left out of the check.
      const data = JSON.stringify(defaultDataset)
        .match(/"(?:[^"\\]|\\.){8,}"/g)!
        .map((q) => JSON.parse(q) as string);
      const text = data.sort((a, b) => b.length - a.length).reduce((t, d) => t.split(d).join(' '), words(el));
      const own = Object.values(messages).join('\n');
      const left = Object.entries(en)
        .filter(([id, value]) => messages[id] !== undefined && messages[id] !== value)
        .flatMap(([, value]) => value.split(/\{\w+\}/).map((p) => p.trim()))
        .filter((part) => part.length >= 8 && !own.includes(part) && text.includes(part));
      expect(left).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal(messages['network.hint']);
      const summary = el.shadowRoot!.querySelector('.summary')!.textContent!;
      if (lang === 'ar') expect(summary).to.match(/[٠-٩]/).and.not.match(/[0-9]/);
      if (lang === 'fa') expect(summary).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
    });

  it('a developer’s message wins over the shipped one', async () => {
    await loadMessages('de');
    setMessages('de', { 'network.key': 'Zeichenerklärung' });
    const el = await mount('de', 'ltr');
    const key = [...el.shadowRoot!.querySelectorAll('ul.legend')].map((u) => u.getAttribute('aria-label'));
    expect(key).to.include('Zeichenerklärung');
    setMessages('de', { 'network.key': 'Legende' });
  });

  it('an English page keeps its English words', async () => {
    const el = await mount('en', 'ltr');
    expect(words(el)).to.contain(en['network.hint']);
  });
});
