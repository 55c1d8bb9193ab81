// React 19: pass the dataset as a property and listen to nutgraf events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'nutgraf/define';
import type {} from 'nutgraf/react';
import { defaultDataset } from 'nutgraf';
import type { NutgrafSelectEvent } from 'nutgraf';

function App() {
  const [selected, setSelected] = useState<string | null>(null);
  const onSelect = (event: NutgrafSelectEvent) => setSelected(event.detail.entity);
  return (
    <main>
      <h1>nutgraf in React</h1>
      <share-donut id="donut" data={defaultDataset} onnutgraf-select={onSelect}></share-donut>
      <p id="selected">{selected ? `Selected: ${selected}` : 'Nothing selected'}</p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
