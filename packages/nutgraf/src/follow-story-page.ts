// The follower's chunk in the drop-in bundle and the lazy loader, which import it only when the
// page marks an element of its article with `data-nutgraf-actors`: the graphics follow the
// marked elements present now.
import { followStory } from './follow-story.js';

followStory();
