// The drop-in bundle for news pages (dist/nutgraf.js): registers every tag.
// The Trusted Types prologue must run before Lit loads.
import './trusted-types.js';
import { tags } from './tags.js';
import { whenNear } from './when-near.js';

// A tag whose elements are in the page is registered once one of them comes near the screen
// (see when-near.ts), in a task of its own, as the lazy loader does: upgrading an element and
// its first render would otherwise add to the task that evaluates the bundle, one long task on
// a phone, and a graphic far down the article costs nothing until the reader gets near it. The
// reserved space (nutgraf.css) holds the page still meanwhile. A tag is registered at once when
// the page does not use it yet (its elements made later by a script or a framework, or by the
// iframe embed once the tag is defined) or asks for one of its graphics eagerly (`loading="eager"`).
const define = (tag: string) => setTimeout(() => tags.find(([t]) => t === tag)![1].define(tag));
const later = tags
  .map(([tag]) => tag)
  .filter((tag) => document.querySelector(tag) && !document.querySelector(`${tag}[loading=eager]`));
for (const [tag] of tags) if (!later.includes(tag)) define(tag);
whenNear(later, define);

// Graphics that follow the story: the code loads only on a page that marks an element of its
// article with the actors it is about (`data-nutgraf-actors`).
if (document.querySelector('[data-nutgraf-actors]')) import('./follow-story-page.js');
