// The drop-in bundle for news pages (dist/nutgraf.js): registers every tag.
import './define.js';
