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
import { whenNear } from './when-near.js';

whenNear(Object.keys(loaders), (tag) =>
  loaders[tag]!().then(
    // Registered in a task of its own: evaluating the code and drawing the first elements
    // would otherwise be one long task on a phone's main thread.
    (element) => setTimeout(() => element.define()),
    (error: Error) => console.error(`nutgraf: could not load <${tag}>: ${error.message}`),
  ),
);

// Graphics that follow the story: the code loads only on a page that marks an element of its
// article with the actors it is about (`data-nutgraf-actors`).
if (document.querySelector('[data-nutgraf-actors]')) import('./follow-story-page.js');
