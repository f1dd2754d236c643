import { Banner } from './Banner';
import { ReopenButton } from './ReopenButton';
import type { View } from './view';

/** The main UI: banner, preference center (once loaded), re-open button and the live region. */
export function App({ v }: { v: View }) {
  return (
    <>
      {v.banner && <Banner v={v} />}
      {v.prefs && v.center && <v.center v={v} />}
      {v.reopen && <ReopenButton v={v} />}
      {/* Exists from the start so changes are announced (WCAG 4.1.3). */}
      <p class="sr" role="status">
        {v.status}
      </p>
    </>
  );
}
