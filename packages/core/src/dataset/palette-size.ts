/** Number of categorical colour slots in the theme (`--nutgraf-color-1` … `-7`). */
export const PALETTE_SIZE = 7;
