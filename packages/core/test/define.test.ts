import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement, defineElement } from '../src/index.js';

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

  it('keeps the first definition and warns when another class claims the tag', () => {
    const warnings = captureWarnings(() => expect(OtherVersion.define('test-define-first')).to.equal(false));
    expect(customElements.get('test-define-first')).to.equal(FirstElement);
    expect(warnings.join()).to.contain('<test-define-first> is already defined');
  });

  it('lets a page choose its own tag name', () => {
    expect(OtherVersion.define('test-define-custom')).to.equal(true);
    expect(document.createElement('test-define-custom')).to.be.instanceOf(OtherVersion);
  });

  it('never throws, even for an invalid tag name', () => {
    const warnings = captureWarnings(() => expect(defineElement('NotValid', OtherVersion)).to.equal(false));
    expect(warnings.join()).to.contain('could not define <NotValid>');
  });
});
