// The drop-in bundle for news pages (dist/nutgraf.js): registers every tag.
// The Trusted Types prologue must run before Lit loads.
import './trusted-types.js';
import { tags } from './tags.js';

// Each tag is registered in a task of its own, as the lazy loader does: upgrading an element
// and its first render would otherwise add to the task that evaluates the bundle, one long
// task on a phone. The reserved space (nutgraf.css) holds the page still meanwhile.
for (const [tag, element] of tags) setTimeout(() => element.define(tag));

// Graphics that follow the story: the code loads only on a page that marks an element of its
// article with the actors it is about (`data-nutgraf-actors`).
if (document.querySelector('[data-nutgraf-actors]')) import('./follow-story-page.js');
