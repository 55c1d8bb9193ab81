import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultDataset, loadMessages, setMessages } from '@nutgraf/core';
import { enMap as en } from '../src/messages.js';
import {
  LOCALES,
  dataStrings,
  englishLeft,
  openTableAndTooltip,
  withoutData,
  words,
} from '../../../test/a11y/i18n.js';
import '../src/define.js';
import type { AllianceMap } from '../src/alliance-map.js';

const root = (el: AllianceMap) => el.shadowRoot!;

async function mount(lang: string, dir: string, width = 800): Promise<AllianceMap> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir} style="width:${width}px"><alliance-map></alliance-map></div>`,
  );
  const el = wrap.querySelector('alliance-map') as AllianceMap;
  await waitUntil(() => root(el).querySelector('svg [role="button"]'), 'the map did not render', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

const openAll = (el: AllianceMap) => openTableAndTooltip(el, '.arc');

/** The dataset's own words (data, in its own language), longest first. */
const data = dataStrings(defaultDataset);

/** Boxes of the visible map labels. */
const labelBoxes = (el: AllianceMap) =>
  [...root(el).querySelectorAll('g.labels text')]
    .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0);

describe('<alliance-map> in other languages', () => {
  for (const [lang, dir] of Object.entries(LOCALES))
    it(`${lang}: no English interface words are left, numbers in the language's digits`, async () => {
      await loadMessages(lang);
      const { messages } = (await import(`../../core/src/messages/${lang}.ts`)) as {
        messages: Record<string, string>;
      };
      const el = await mount(lang, dir);
      await openAll(el);
      const text = withoutData(words(el), data);
      expect(englishLeft(text, messages)).to.deep.equal([]);
      // Words no shipped language shares with English, outside the dataset's own.
      const dataWords = new Set(data.join(' ').toLowerCase().split(/\W+/));
      const stray = (text.match(/\b(the|of|and|with|from|not|has|shown|coloured|arrows?)\b/gi) ?? []).filter(
        (w) => !dataWords.has(w.toLowerCase()),
      );
      expect(stray).to.deep.equal([]);
      expect(root(el).querySelector('.title')!.textContent).to.equal(
        defaultDataset.presentation!.map!.heading,
      );
      expect(root(el).querySelector('#help')!.textContent).to.be.oneOf([
        `${messages['map.help']} ${messages['keys.evidence']}`,
        `${messages['map.helpCore']} ${messages['keys.evidence']}`,
      ]);
      const summary = root(el).querySelector('.summary')!.textContent!;
      if (lang === 'ar') expect(summary).to.match(/[٠-٩]/).and.not.match(/[0-9]/);
      if (lang === 'fa') expect(summary).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
      const table = root(el).querySelectorAll('details table');
      expect(table[1]!.querySelector('caption')!.textContent).to.contain(messages['map.actorsTable']);
    });

  for (const lang of ['ar', 'fa'])
    it(`${lang}: no two labels overlap on a right-to-left page`, async () => {
      await loadMessages(lang);
      for (const width of [375, 800]) {
        const el = await mount(lang, 'rtl', width);
        const boxes = labelBoxes(el);
        expect(boxes.length, `${width}px: labels drawn`).to.be.greaterThan(2);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const overlap =
              a.box.left < b.box.right - 0.5 &&
              b.box.left < a.box.right - 0.5 &&
              a.box.top < b.box.bottom - 0.5 &&
              b.box.top < a.box.bottom - 0.5;
            expect(overlap, `${width}px: “${a.text}” and “${b.text}”`).to.equal(false);
          }
      }
    });

  it('a developer’s message wins over the shipped one', async () => {
    await loadMessages('de');
    const { messages } = await import('../../core/src/messages/de.js');
    setMessages('de', { 'map.colours': 'Farbskala' });
    try {
      const el = await mount('de', 'ltr');
      const keys = [...root(el).querySelectorAll('ul.legend')].map((u) => u.getAttribute('aria-label'));
      expect(keys).to.include('Farbskala');
    } finally {
      setMessages('de', { 'map.colours': messages['map.colours'] });
    }
  });

  it('an English page keeps its English words', async () => {
    const el = await mount('en', 'ltr');
    expect(words(el)).to.contain(en['map.colourBy']);
    expect(root(el).querySelector('.summary')!.textContent!.trim()).to.match(/^\d+ countries, coloured by /);
    expect(root(el).textContent, 'no bidi isolates in English').to.not.match(/[\u2068\u2069]/);
  });
});
