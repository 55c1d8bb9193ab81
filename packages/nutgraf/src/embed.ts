// The drop-in bundle for news pages (dist/nutgraf.js): registers every tag.
// The Trusted Types prologue must run before Lit loads.
import './trusted-types.js';
import './define.js';

// Graphics that follow the story: the code loads only on a page that marks an element of its
// article with the actors it is about (`data-nutgraf-actors`).
if (document.querySelector('[data-nutgraf-actors]')) import('./follow-story-page.js');
