/**
 * Registers a custom element without ever throwing.
 *
 * - The tag is free: it is defined.
 * - The tag is taken by the same class: nothing happens.
 * - The tag is taken by another class (another copy or version of nutgraf on the page):
 *   a console warning, and the existing definition stays.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag);
  if (existing === ctor) return false;
  if (existing) {
    console.warn(
      `nutgraf: <${tag}> is already defined by another script (another copy or version of nutgraf?); keeping the first definition.`,
    );
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    // The same constructor cannot be registered under two names; report, never throw.
    console.warn(`nutgraf: could not define <${tag}>: ${(error as Error).message}`);
    return false;
  }
}
