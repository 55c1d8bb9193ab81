// A React 19 application: the tags in JSX with attributes, a property, a ref and an event
// handler, typed by `nutgraf/react`.
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'nutgraf/define';
import type {} from 'nutgraf/react';
import { formatProblems, validateDataset } from 'nutgraf';
import type { ActorNetwork, NutgrafEventDetail, NutgrafSelectEvent } from 'nutgraf';
import json from './dataset.json';

// The JSON file is typed by its values; the validator says whether it is a dataset.
const checked = validateDataset(json);
if (!checked.ok) throw new Error(formatProblems(checked.problems));
const dataset = checked.dataset;

function App() {
  const [selected, setSelected] = useState<NutgrafEventDetail | null>(null);
  const network = useRef<ActorNetwork>(null);
  const onSelect = (event: NutgrafSelectEvent) => setSelected(event.detail);

  useEffect(() => {
    if (network.current) network.current.seed = 2;
  }, []);

  return (
    <main>
      <alliance-map data={dataset} borders="de-facto" onnutgraf-select={onSelect}></alliance-map>
      <share-donut theme="light" onnutgraf-select={(event) => setSelected(event.detail)}></share-donut>
      <actor-network
        ref={network}
        data={dataset}
        memberships="grouped"
        onnutgraf-select={onSelect}
      ></actor-network>
      <output id="selected" data-selected={selected ? JSON.stringify(selected) : undefined}>
        {selected?.entity ?? 'Nothing selected'}
      </output>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);

/** Type-level checks, never rendered: each is an error only while the types are precise. */
export function TypeChecks({ network }: { network: ActorNetwork }) {
  // @ts-expect-error: a seed is a number.
  network.seed = 'two';
  return (
    <>
      <share-donut
        onnutgraf-select={(event) => {
          // @ts-expect-error: an entity id is a string or null, not a number.
          const wrong: number = event.detail.entity;
          void wrong;
        }}
      ></share-donut>
      {/* @ts-expect-error: borders are 'de-jure' or 'de-facto'. */}
      <alliance-map borders="sideways"></alliance-map>
    </>
  );
}
