/**
 * Graphics that follow the story. An element of the article marked with the entities it is
 * about, `data-nutgraf-actors` (entity ids of the dataset, separated by spaces, the main one
 * first), makes the graphics on the page highlight them while the reader reads it: while it
 * crosses the reading line, the middle of the viewport. It goes through the linked
 * highlighting: a `nutgraf-highlight` event on `document` (`detail.origin` is
 * `'data-nutgraf-actors'`), which every graphic without `no-link` follows. A linked highlight
 * names one entity, so the graphics highlight the first id of the list; the map and the
 * network also light its direct relations.
 *
 * - The reader's own hover and focus win: while a graphic reports a highlight of the reader's,
 *   the follower sends nothing, and it restores the paragraph's when the reader's ends.
 * - With no marked element on the reading line, the highlight clears (after a short wait, so
 *   the gap between two paragraphs does not blink).
 * - Nothing scrolls or moves; an unknown id highlights nothing.
 * - Graphics that register later (the lazy loader defines a tag when it nears the screen) get
 *   the current highlight when they do.
 *
 * The drop-in bundle and the lazy loader load it (`follow-story-page.ts`) only when the page has
 * a marked element when they run, and follow the marked elements present then.
 *
 * @example
 * <p data-nutgraf-actors="entity-a entity-b">…</p>
 *
 * @module
 */

/** The attribute that marks an element of the article with the entities it is about. */
const ACTORS_ATTRIBUTE = 'data-nutgraf-actors';

const EVENT = 'nutgraf-highlight';

/**
 * Makes the graphics follow the marked elements found in `root` (default: the document).
 * Returns a function that stops following.
 */
export function followStory(root: ParentNode = document): () => void {
  /** Marked elements on the reading line, in the order they reached it (the last one leads). */
  const reading = new Set<Element>();
  /** The reader is pointing at or focusing a mark. */
  let reader = false;
  let clear: ReturnType<typeof setTimeout> | undefined;

  // Sending the same entity again changes nothing in a graphic that already shows it.
  const send = (entity: string | null): void => {
    if (!reader)
      document.dispatchEvent(
        new CustomEvent(EVENT, { detail: { entity, origin: ACTORS_ATTRIBUTE }, bubbles: true }),
      );
  };

  const update = (): void => {
    clearTimeout(clear);
    const lead = [...reading].pop()?.getAttribute(ACTORS_ATTRIBUTE)?.match(/\S+/)?.[0];
    if (lead) send(lead);
    else clear = setTimeout(send, 300, null);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        reading.delete(target);
        if (isIntersecting) reading.add(target);
      }
      update();
    },
    // A line across the middle of the viewport.
    { rootMargin: '-50% 0px' },
  );
  for (const element of root.querySelectorAll(`[${ACTORS_ATTRIBUTE}]`)) observer.observe(element);

  // A highlight from a graphic is the reader's (a mark without an entity too): it holds until
  // the graphic reports its end (`entity: null`). The paragraph's comes back in a task of its
  // own, so focus moving from one mark to the next sends nothing in between.
  const onHighlight = (event: Event): void => {
    const detail = (event as CustomEvent<{ entity?: unknown; origin?: unknown } | null>).detail;
    if (detail?.origin === ACTORS_ATTRIBUTE) return;
    reader = detail?.entity !== null;
    if (!reader) setTimeout(update);
  };
  document.addEventListener(EVENT, onHighlight);

  // A graphic registered later (the lazy loader defines a tag as it nears the screen) has
  // missed the current highlight: send it again then.
  for (const element of document.querySelectorAll(':not(:defined)'))
    customElements.whenDefined(element.localName).then(update);

  return () => {
    observer.disconnect();
    document.removeEventListener(EVENT, onHighlight);
    reader = true;
  };
}
