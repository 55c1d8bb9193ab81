/**
 * Vue 3 typings: `import type {} from 'nutgraf/vue';` once in your app, and tell Vue's
 * compiler that tags with a dash are custom elements (`compilerOptions.isCustomElement`).
 */
import type { DefineComponent } from 'vue';
import type { NutgrafHighlightEvent, NutgrafSelectEvent } from 'nutgraf';

type NutgrafComponent<Extra> = DefineComponent<
  {
    data?: unknown;
    src?: string;
    theme?: 'light' | 'dark';
    noLink?: boolean;
    onNutgrafSelect?: (event: NutgrafSelectEvent) => void;
    onNutgrafHighlight?: (event: NutgrafHighlightEvent) => void;
  } & Extra
>;

declare module 'vue' {
  interface GlobalComponents {
    'alliance-map': NutgrafComponent<{ grouping?: string; fit?: string; borders?: 'de-jure' | 'de-facto' }>;
    'oil-share-donut': NutgrafComponent<{ series?: string }>;
    'actor-network': NutgrafComponent<{ memberships?: 'edges' | 'grouped'; types?: string; focus?: string }>;
  }
}
