// docs/usage.md's <MyTown> (copied from it at test time) and what the checks need
// around it: a toggle that unmounts and remounts it, and a badge whose `date` (a Date,
// a property with no attribute) comes from state.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'vae-widgets/city-badge';
import { MyTown } from './MyTown.jsx';

function App() {
  const [shown, setShown] = useState(true);
  const [now, setNow] = useState(() => new Date('2027-01-01'));
  return (
    <>
      <button id="toggle" onClick={() => setShown(!shown)}>
        toggle
      </button>
      <button id="in-mandate" onClick={() => setNow(new Date('2024-06-01'))}>
        2024
      </button>
      {shown && <MyTown />}
      <vae-city-badge id="dated" city="69123" date={now} />
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
