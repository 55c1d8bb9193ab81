import { noChange } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/** Custom properties (or standard ones) to set on an element. `null`/`undefined` removes. */
export type CssProps = Record<string, string | number | null | undefined>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() must be used as an element binding');
  }

  render(_props: CssProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    this.previous.clear();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) style.removeProperty(name);
      else {
        style.setProperty(name, String(value));
        this.previous.add(name);
      }
    }
    return noChange;
  }
}

/**
 * Sets style properties through the CSSOM (`style.setProperty`), never through a `style`
 * attribute, so it works under a strict Content-Security-Policy (`style-src 'self'`), which
 * blocks style attributes. Lit's `styleMap` writes an attribute on first render and so
 * violates such a policy.
 *
 * @example
 * svg`<path ${cssProps({ '--fill': color })} d=${d}></path>`
 */
export const cssProps = directive(CssPropsDirective);
