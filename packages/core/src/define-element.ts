/**
 * Registers a custom element without ever throwing.
 *
 * - The tag is free: it is defined. A class already registered under another tag (its
 *   default one, say) is registered again as an empty subclass of itself, since a registry
 *   takes each constructor once.
 * - The tag is taken by the same class, or by a subclass of it (such as one defined here for
 *   a second tag): nothing happens.
 * - The tag is taken by another class (another copy or version of nutgraf on the page):
 *   a console warning naming the tag, and the existing definition stays.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || existing === ctor || (existing && Object.getPrototypeOf(existing) === ctor)) return false;
  const warn = (why: string) => console.warn(`nutgraf: could not define <${tag}>: ${why}`);
  if (existing) {
    warn('taken by another class (another copy of nutgraf?)');
    return false;
  }
  try {
    try {
      registry.define(tag, ctor);
    } catch {
      // The class is registered under another tag already.
      registry.define(tag, class extends ctor {});
    }
    return true;
  } catch (error) {
    warn((error as Error).message);
    return false;
  }
}
