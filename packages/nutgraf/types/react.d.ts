/**
 * JSX typings for React 19: `import type {} from 'nutgraf/react';` once in your app.
 * Properties (`data`) are set as properties; `onnutgraf-select` and `onnutgraf-highlight`
 * listen to the components' events.
 */
import type { HTMLAttributes } from 'react';
import type {
  ActorNetwork,
  AllianceMap,
  NutgrafHighlightEvent,
  NutgrafSelectEvent,
  OilShareDonut,
} from 'nutgraf';

type NutgrafProps<T> = HTMLAttributes<T> & {
  /** A dataset object; validated before use. */
  data?: unknown;
  /** URL of a dataset JSON. */
  src?: string;
  theme?: 'light' | 'dark';
  'no-link'?: boolean;
  'onnutgraf-select'?: (event: NutgrafSelectEvent) => void;
  'onnutgraf-highlight'?: (event: NutgrafHighlightEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'alliance-map': NutgrafProps<AllianceMap> & {
        grouping?: string;
        fit?: string;
        borders?: 'de-jure' | 'de-facto';
        'geometry-src'?: string;
      };
      'oil-share-donut': NutgrafProps<OilShareDonut> & { series?: string };
      'actor-network': NutgrafProps<ActorNetwork> & {
        memberships?: 'edges' | 'grouped';
        types?: string;
        focus?: string;
      };
    }
  }
}
