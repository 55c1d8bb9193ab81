// Vue 3: pass the dataset as a property and listen to nutgraf events.
import { createApp, h, ref } from 'vue';
import 'nutgraf/define';
import type {} from 'nutgraf/vue';
import { defaultDataset } from 'nutgraf';
import type { NutgrafSelectEvent } from 'nutgraf';

const App = {
  setup() {
    const selected = ref<string | null>(null);
    return () =>
      h('main', [
        h('h1', 'nutgraf in Vue'),
        // `.data` sets a DOM property, not an attribute.
        h('share-donut', {
          id: 'donut',
          '.data': defaultDataset,
          onNutgrafSelect: (event: NutgrafSelectEvent) => (selected.value = event.detail.entity),
        }),
        h('p', { id: 'selected' }, selected.value ? `Selected: ${selected.value}` : 'Nothing selected'),
      ]);
  },
};

createApp(App).mount('#app');
