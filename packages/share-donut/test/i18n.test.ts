import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { defaultDataset, loadMessages, setMessages } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import {
  LOCALES,
  dataStrings,
  englishLeft,
  openTableAndTooltip,
  withoutData,
  words,
} from '../../../test/a11y/i18n.js';
import '../src/define.js';
import type { ShareDonut } from '../src/share-donut.js';
import { bcmNoTotal, manySlices, withinSeries } from './fixtures.js';

const root = (el: ShareDonut) => el.shadowRoot!;

async function mount(lang: string, dir: string, data?: Dataset, width = 600): Promise<ShareDonut> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} dir=${dir} style="width:${width}px">
      <share-donut .data=${data}></share-donut>
    </div>`,
  );
  const el = wrap.querySelector('share-donut') as ShareDonut;
  // A reader scrolls to it (a graphic draws as it comes near the screen; earlier fixtures of the
  // same test stay above it).
  el.scrollIntoView();
  // The validator's module for a page's own data can take seconds to serve on a loaded machine.
  const deadline = performance.now() + 5000;
  while (!root(el).querySelector('.slice') && performance.now() < deadline) {
    await aTimeout(30);
    await el.updateComplete;
  }
  expect(root(el).querySelector('.slice'), 'the donut is drawn').to.not.equal(null);
  return el;
}

const openAll = (el: ShareDonut) => openTableAndTooltip(el, '.slice');

/** English words no shipped language shares, outside the dataset's own words. */
function strayEnglish(text: string, data: string[]): string[] {
  const dataWords = new Set(
    data
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
  return (
    text.match(/\b(the|of|and|with|from|not|has|accounts|values|specified|other|entry)\b/gi) ?? []
  ).filter((w) => !dataWords.has(w.toLowerCase()));
}

/** Boxes of the visible labels in the ring: slice labels and the two lines of the centre. */
const labelBoxes = (el: ShareDonut) =>
  [...root(el).querySelectorAll('svg text.label, svg text.centre tspan')]
    .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0);

describe('<share-donut> in other languages', () => {
  for (const [lang, dir] of Object.entries(LOCALES))
    it(`${lang}: no English interface words are left, numbers in the language's digits`, async () => {
      await loadMessages(lang);
      const { messages } = (await import(`../../core/src/messages/${lang}.ts`)) as {
        messages: Record<string, string>;
      };
      // The bundled dataset, then series that need notes: grouped shares, no total, a share inside a share.
      for (const data of [undefined, manySlices(), bcmNoTotal(), withinSeries()]) {
        const el = await mount(lang, dir, data);
        if (!data) await openAll(el);
        const own = dataStrings(data ?? defaultDataset, 0);
        const text = withoutData(
          words(el),
          own.filter((d) => d.length >= 8),
        );
        const what = data?.series.at(-1)!.title ?? 'the bundled dataset';
        expect(englishLeft(text, messages), what).to.deep.equal([]);
        expect(strayEnglish(text, own), what).to.deep.equal([]);
        const summary = withoutData(root(el).querySelector('#summary')!.textContent!, own);
        if (lang === 'ar') expect(summary, what).to.match(/[٠-٩]/).and.not.match(/[0-9]/);
        if (lang === 'fa') expect(summary, what).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
      }
    });

  for (const lang of ['ar', 'fa'])
    it(`${lang}: no two labels overlap on a right-to-left page`, async () => {
      await loadMessages(lang);
      for (const data of [undefined, manySlices()])
        for (const width of [375, 600]) {
          const el = await mount(lang, 'rtl', data, width);
          const boxes = labelBoxes(el);
          const what = `${data ? 'many slices' : 'bundled'}, ${width}px`;
          expect(boxes.length, `${what}: labels drawn`).to.be.greaterThan(1);
          for (const [i, a] of boxes.entries())
            for (const b of boxes.slice(i + 1)) {
              const overlap =
                a.box.left < b.box.right - 0.5 &&
                b.box.left < a.box.right - 0.5 &&
                a.box.top < b.box.bottom - 0.5 &&
                b.box.top < a.box.bottom - 0.5;
              expect(overlap, `${what}: “${a.text}” and “${b.text}”`).to.equal(false);
            }
        }
    });

  it('a developer’s message wins over the shipped one', async () => {
    await loadMessages('de');
    const { messages } = await import('../../core/src/messages/de.js');
    setMessages('de', { 'donut.key': 'Zeichenerklärung: {heading}' });
    try {
      const el = await mount('de', 'ltr');
      expect(root(el).querySelector('.legend')!.getAttribute('aria-label')).to.match(/^Zeichenerklärung: /);
    } finally {
      setMessages('de', { 'donut.key': messages['donut.key'] });
    }
  });

  it('an English page keeps its English words', async () => {
    const el = await mount('en', 'ltr');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('China accounts for around 80%');
    expect(root(el).textContent, 'no bidi isolates in English').to.not.match(/[\u2068\u2069]/);
  });
});
