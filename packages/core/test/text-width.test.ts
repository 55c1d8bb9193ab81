import { expect } from '@open-wc/testing';
import { defaultDataset, textWidth } from '../src/index.js';

describe('textWidth', () => {
  it('estimates rendered label widths closely, and seldom short', () => {
    const texts = new Set(['China ~80%', 'Not specified by the source ~20%', '~80%']);
    for (const e of defaultDataset.entities) {
      texts.add(e.name);
      if (e.shortName) texts.add(e.shortName);
    }
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    document.body.append(svg);
    const ratios: number[] = [];
    for (const family of ['sans-serif', 'serif', 'Arial, sans-serif'])
      for (const weight of [400, 600])
        for (const size of [11, 12, 16])
          for (const text of texts) {
            const el = document.createElementNS(ns, 'text');
            el.textContent = text;
            el.style.font = `${weight} ${size}px ${family}`;
            svg.append(el);
            ratios.push(textWidth(text, size) / el.getComputedTextLength());
            el.remove();
          }
    svg.remove();
    ratios.sort((a, b) => a - b);
    const at = (q: number) => ratios[Math.floor(q * (ratios.length - 1))]!;
    console.log(
      `textWidth / rendered: min ${at(0).toFixed(2)}, p10 ${at(0.1).toFixed(2)}, median ${at(0.5).toFixed(2)}, max ${at(1).toFixed(2)}`,
    );
    expect(at(0), 'never far short').to.be.greaterThan(0.9);
    expect(at(0.1), 'seldom short').to.be.greaterThan(1);
    expect(at(0.5), 'close at the median').to.be.within(1, 1.3);
    expect(at(1), 'never far over').to.be.lessThan(1.8);
  });
});
