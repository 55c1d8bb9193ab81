import { css, unsafeCSS } from 'lit';
import type { CSSResult } from 'lit';

/**
 * Colour of each relation type, by family: hostile acts vermillion, arms orange,
 * alliance blue, cooperation and support green, membership purple, oil dark yellow,
 * personal ties sky blue. Types also have their names in the legend and tooltips.
 */
export const TYPE_COLOR: Record<string, string> = {
  alliance: '--_c2',
  cooperation: '--_c3',
  support: '--_c3',
  'arms-supply': '--_c5',
  'military-operation': '--_c1',
  attack: '--_c1',
  seizure: '--_c1',
  conflict: '--_c1',
  sanctions: '--_c1',
  membership: '--_c4',
  'oil-purchase': '--_c7',
  'oil-export': '--_c7',
  exile: '--_c6',
  contact: '--_c6',
  leadership: '--_fg-muted',
};

/** The CSS colour of a relation type. */
export function typeColor(type: string): string {
  return `var(${TYPE_COLOR[type] ?? '--_neutral'})`;
}

/** `.t-<type>` classes setting `--_edge-color` (static, from the table above). */
export const typeColorStyles: CSSResult = css`
  ${unsafeCSS(
    Object.entries(TYPE_COLOR)
      .map(([type, token]) => `.t-${type}{--_edge-color:var(${token})}`)
      .join(''),
  )}
`;
