/**
 * Typed events fired by every nutgraf component. All bubble and cross shadow roots
 * (`composed`), and fire only on user interaction, never on programmatic changes.
 *
 * @module
 */

/** What an event is about: an entity, and optionally the relation or series value that led to it. */
export interface NutgrafEventDetail {
  /** Id of the entity chosen or highlighted, or `null` when a highlight ends. */
  entity: string | null;
  /** Id of the relation, when the mark is a relation (an arc, an edge). */
  relation?: string;
  /** Tag name of the component that fired the event. */
  origin: string;
}

/**
 * Fired when the reader chooses a mark: click, tap, Enter or Space.
 *
 * @example
 * map.addEventListener('nutgraf-select', (e) => console.log(e.detail.entity));
 */
export class NutgrafSelectEvent extends CustomEvent<NutgrafEventDetail> {
  static readonly eventName = 'nutgraf-select';
  constructor(detail: NutgrafEventDetail) {
    super(NutgrafSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Fired when the reader hovers or focuses a mark (`entity` set) and when that ends
 * (`entity: null`). Other nutgraf embeds on the page listen for it on `document` to
 * highlight the same entity (linked views).
 */
export class NutgrafHighlightEvent extends CustomEvent<NutgrafEventDetail> {
  static readonly eventName = 'nutgraf-highlight';
  constructor(detail: NutgrafEventDetail) {
    super(NutgrafHighlightEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nutgraf-select': NutgrafSelectEvent;
    'nutgraf-highlight': NutgrafHighlightEvent;
  }
}
