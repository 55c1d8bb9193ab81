// Proves that the lint rules forbid HTML and script sinks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function problems(code) {
  const [result] = await eslint.lintText(code, { filePath: 'packages/core/src/sink-probe.ts' });
  return result.messages.map((m) => m.ruleId);
}

describe('lint forbids HTML and script sinks', () => {
  const sinks = {
    innerHTML: 'export function f(el: Element, s: string) { el.innerHTML = s; }',
    outerHTML: 'export function f(el: Element, s: string) { el.outerHTML = s; }',
    insertAdjacentHTML:
      "export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }",
    eval: 'export function f(s: string) { return eval(s); }',
    'new Function': 'export function f(s: string) { return new Function(s); }',
    unsafeHTML: "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const f = unsafeHTML;",
    'document.write': 'export function f(s: string) { document.write(s); }',
  };
  for (const [name, code] of Object.entries(sinks)) {
    it(`rejects ${name}`, async () => {
      const ids = await problems(code);
      assert.ok(
        ids.some((id) =>
          ['no-restricted-syntax', 'no-eval', 'no-new-func', 'no-restricted-imports'].includes(id),
        ),
        `${name} passed lint: ${ids.join(', ')}`,
      );
    });
  }

  it('accepts text bound through a Lit template', async () => {
    const ids = await problems(
      "import { html } from 'lit';\nexport const f = (s: string) => html`<p>${s}</p>`;\n",
    );
    assert.deepEqual(ids, []);
  });
});
