/**
 * Lets several copies of the drop-in bundle share one `lit-html` Trusted Types policy.
 *
 * Under a CSP with `require-trusted-types-for 'script'; trusted-types lit-html`, a page may
 * create the `lit-html` policy once. Each copy of Lit creates it when it loads, so a second
 * copy of nutgraf on the page (another embed, another version) would throw at load and draw
 * nothing. This prologue runs before Lit: the first copy wraps `trustedTypes.createPolicy` so
 * that asking again for `lit-html` returns the policy already made. Lit's `lit-html` policy
 * passes strings through unchanged in every version, so sharing it changes nothing else; every
 * other policy name is left to the browser.
 */
interface TrustedTypesLike {
  createPolicy(name: string, rules: object): unknown;
}

const KEY = Symbol.for('nutgraf.trusted-types.lit-html');
const scope = globalThis as unknown as Record<symbol, unknown> & { trustedTypes?: TrustedTypesLike };
const trustedTypes = scope.trustedTypes;

if (trustedTypes && !(KEY in scope)) {
  scope[KEY] = undefined;
  const create = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name: string, rules: object) => {
    if (name !== 'lit-html') return create(name, rules);
    return (scope[KEY] ??= create(name, rules));
  };
}

export {};
