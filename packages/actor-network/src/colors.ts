/**
 * Colour of each relation type, by family: hostile acts vermillion, alliance blue,
 * cooperation and support green, membership purple, arms orange, personal ties sky blue,
 * oil dark yellow, leadership muted. Types also have their names in the legend and tooltips.
 */
const FAMILIES: [token: string, types: RegExp][] = [
  ['c1', /^(military|attack|seizure|conflict|sanctions)/],
  ['c2', /^alliance/],
  ['c3', /^(cooperation|support)/],
  ['c4', /^membership/],
  ['c5', /^arms/],
  ['c6', /^(exile|contact)/],
  ['c7', /^oil/],
  ['fg-muted', /^leadership/],
];

/** The CSS colour of a relation type (a theme token; neutral for a type not listed). */
export function typeColor(type: string): string {
  return `var(--_${FAMILIES.find(([, re]) => re.test(type))?.[0] ?? 'neutral'})`;
}
