/**
 * The messages that ship with nutgraf, as far as they are here: English from the start, the
 * data tables' English words once the table code arrives (`en-table.ts`), each other language
 * once fetched (`loadMessages`). Internal: a developer's own messages (`setMessages`) are kept
 * apart and win over these.
 *
 * @module
 */
import { en } from './en.js';
import type { Messages } from './format.js';

/** Catalogues by language; English is always there. */
export const shipped: Record<string, Messages> = { en: { ...en } };

/**
 * Adds English messages that travel with the code that says them: a component package's own
 * (its `messages.ts`, run when its code loads) and the data tables' words (when a reader first
 * opens a table). Other languages keep every id in their catalogues.
 */
export const shipEnglish = (messages: Messages): void => void Object.assign(shipped.en!, messages);
