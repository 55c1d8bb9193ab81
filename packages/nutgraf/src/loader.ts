/**
 * The lazy loader (`dist/lazy/loader.js`), for article pages: a tiny script that loads a
 * component's code only when one of its tags comes within about one viewport of the screen.
 * Components above the fold load at once; those below load nothing (no code, no geometry,
 * no data) until the reader scrolls near them, or reaches them with Tab. Tags added later are
 * picked up too.
 *
 * @example
 * <script type="module" src="https://cdn.example.org/nutgraf@0.1.0/dist/lazy/loader.js"></script>
 * <alliance-map></alliance-map>
 */
import './trusted-types.js';
import { loaders } from './components.js';

const waiting = new Set(Object.keys(loaders));
const selector = () => [...waiting].join(',');

function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  // Once every tag is loading, stop watching the page: nothing is left to wait for.
  if (!waiting.size) {
    observer?.disconnect();
    mutations?.disconnect();
  }
  loaders[tag]!().then(
    // Registered in a task of its own: evaluating the code and drawing the first elements
    // would otherwise be one long task on a phone's main thread.
    (element) => setTimeout(() => element.define()),
    (error: Error) => console.error(`nutgraf: could not load <${tag}>: ${error.message}`),
  );
}

const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer!.unobserve(entry.target);
            load(entry.target.localName);
          }
        },
        { rootMargin: '100% 0px' },
      )
    : undefined;

function watch(root: ParentNode): void {
  if (!waiting.size) return;
  const found = root instanceof Element && root.matches(selector()) ? [root] : [];
  for (const element of [...found, ...root.querySelectorAll(selector())]) {
    // A Tab stop before its code is here (its placeholder may hold nothing focusable): focusing
    // it loads it, and once drawn it hands the focus to its first control (see NutgrafElement).
    if (!element.hasAttribute('tabindex')) {
      for (const [name, value] of [
        ['tabindex', '0'],
        ['role', 'group'],
        ['aria-busy', 'true'],
        ['data-nutgraf-waiting', ''],
      ])
        element.setAttribute(name!, value!);
      element.addEventListener('focus', () => load(element.localName), { once: true });
    }
    if (observer) observer.observe(element);
    else load(element.localName);
  }
}

const mutations = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) watch(node);
});
watch(document);
if (waiting.size) mutations.observe(document.documentElement, { childList: true, subtree: true });

// Graphics that follow the story: the code loads only on a page that marks an element of its
// article with the actors it is about (`data-nutgraf-actors`).
if (document.querySelector('[data-nutgraf-actors]')) import('./follow-story-page.js');
