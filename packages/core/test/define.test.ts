import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement, defaultDataset, defineElement } from '../src/index.js';
// As a page would: the define entry first (the default tag), then a tag of the page's own.
import '@nutgraf/share-donut/define';
import { ShareDonut } from '@nutgraf/share-donut';

class FirstElement extends NutgrafElement {
  static override tagName = 'test-define-first';
  protected override renderChart(): TemplateResult {
    return html`<p>first</p>`;
  }
}
class OtherVersion extends NutgrafElement {
  protected override renderChart(): TemplateResult {
    return html`<p>other</p>`;
  }
}

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('define', () => {
  it('registers the tag once; defining the same class again is a silent no-op', () => {
    expect(FirstElement.define()).to.equal(true);
    expect(customElements.get('test-define-first')).to.equal(FirstElement);
    const warnings = captureWarnings(() => expect(FirstElement.define()).to.equal(false));
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition and warns, naming the tag, when another class claims it', () => {
    const warnings = captureWarnings(() => expect(OtherVersion.define('test-define-first')).to.equal(false));
    expect(customElements.get('test-define-first')).to.equal(FirstElement);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('could not define <test-define-first>');
    expect(warnings[0]).to.contain('taken by another class');
  });

  it('lets a page choose its own tag name', () => {
    expect(OtherVersion.define('test-define-custom')).to.equal(true);
    expect(document.createElement('test-define-custom')).to.be.instanceOf(OtherVersion);
  });

  it('defines a class under a second tag, through a subclass, and says nothing', () => {
    const warnings = captureWarnings(() => expect(FirstElement.define('test-define-second')).to.equal(true));
    expect(warnings).to.deep.equal([]);
    const second = customElements.get('test-define-second')!;
    expect(second).to.not.equal(FirstElement);
    expect(Object.getPrototypeOf(second)).to.equal(FirstElement);
    expect(customElements.get('test-define-first')).to.equal(FirstElement);
    expect(document.createElement('test-define-second')).to.be.instanceOf(FirstElement);
  });

  it('never throws, even for an invalid tag name', () => {
    const warnings = captureWarnings(() => expect(defineElement('NotValid', OtherVersion)).to.equal(false));
    expect(warnings.join()).to.contain('could not define <NotValid>');
    const again = captureWarnings(() => expect(FirstElement.define('AlsoNotValid')).to.equal(false));
    expect(again.join()).to.contain('could not define <AlsoNotValid>');
  });
});

describe('define: a component under a tag of the page', () => {
  it('draws <my-donut> after the define entry registered <share-donut>', async () => {
    expect(customElements.get('share-donut')).to.equal(ShareDonut);
    const warnings = captureWarnings(() => expect(ShareDonut.define('my-donut')).to.equal(true));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('share-donut')).to.equal(ShareDonut);
    const wrap = await fixture<HTMLDivElement>(
      fixtureHtml`<div style="width:480px"><my-donut .data=${defaultDataset}></my-donut></div>`,
    );
    const el = wrap.querySelector('my-donut')!;
    expect(el).to.be.instanceOf(ShareDonut);
    await waitUntil(() => el.shadowRoot?.querySelector('svg .slice'), 'the donut draws its slices', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('defining the same tag again, or the default one, is harmless and silent', () => {
    const before = customElements.get('my-donut');
    const warnings = captureWarnings(() => {
      expect(ShareDonut.define('my-donut')).to.equal(false);
      expect(ShareDonut.define('my-donut')).to.equal(false);
      expect(ShareDonut.define()).to.equal(false);
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('my-donut')).to.equal(before);
    expect(customElements.get('share-donut')).to.equal(ShareDonut);
  });

  it('a tag taken by another class logs a clear message naming it, and keeps that class', () => {
    const warnings = captureWarnings(() => expect(ShareDonut.define('test-define-first')).to.equal(false));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^nutgraf: could not define <test-define-first>: taken by another class/);
    expect(customElements.get('test-define-first')).to.equal(FirstElement);
  });
});
