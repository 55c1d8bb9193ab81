// The drop-in bundle for news pages (dist/nutgraf.js): registers every tag.
// The Trusted Types prologue must run before Lit loads.
import './trusted-types.js';
import './define.js';
