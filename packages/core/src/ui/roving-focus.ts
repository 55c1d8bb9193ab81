/**
 * Roving-tabindex keyboard navigation over an ordered list of marks: one mark is
 * tabbable (`tabindex="0"`), the others `-1`; arrow keys, Home and End move between them.
 *
 * @returns the new index, or `null` when the key is not a navigation key.
 */
export function nextIndex(
  key: string,
  index: number,
  count: number,
  options: { rtl?: boolean; wrap?: boolean } = {},
): number | null {
  if (count <= 0) return null;
  const { rtl = false, wrap = true } = options;
  let step: number;
  switch (key) {
    case 'ArrowDown':
      step = 1;
      break;
    case 'ArrowUp':
      step = -1;
      break;
    case 'ArrowRight':
      step = rtl ? -1 : 1;
      break;
    case 'ArrowLeft':
      step = rtl ? 1 : -1;
      break;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
  const next = index + step;
  if (wrap) return (next + count) % count;
  return Math.min(count - 1, Math.max(0, next));
}

/**
 * Keydown handler of a toolbar that is one Tab stop (roving tabindex): arrow keys, Home and End
 * move focus between its buttons, and the button reached becomes the toolbar's Tab stop. Render
 * the first button with `tabindex="0"` and the others with `-1`.
 */
export function onToolbarKey(event: KeyboardEvent): void {
  const bar = event.currentTarget as HTMLElement;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button')];
  const from = buttons.indexOf(event.target as HTMLButtonElement);
  const rtl = getComputedStyle(bar).direction === 'rtl';
  const to = from < 0 ? null : nextIndex(event.key, from, buttons.length, { rtl });
  if (to === null) return;
  event.preventDefault();
  buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
  buttons[to]!.focus();
}
