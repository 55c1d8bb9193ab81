import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { defaultDataset, loadMessages, setMessages } from '@nutgraf/core';
import { enNetwork as en } from '../src/messages.js';
import { LOCALES, dataStrings, englishLeft, withoutData, words } from '../../../test/a11y/i18n.js';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';

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

describe('<actor-network> in other languages', () => {
  for (const [lang, dir] of Object.entries(LOCALES))
    it(`${lang}: no English interface words are left, numbers in the language's digits`, async () => {
      await loadMessages(lang);
      const { messages } = (await import(`../../core/src/messages/${lang}.ts`)) as {
        messages: Record<string, string>;
      };
      const el = await mount(lang, dir);
      // The dataset's own words are data, in its language: left out of the check.
      const text = withoutData(words(el), dataStrings(defaultDataset));
      expect(englishLeft(text, messages)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal(
        `${messages['network.hint']} ${messages['keys.evidence']}`,
      );
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
