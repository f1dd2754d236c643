import { CategoryEditor } from './CategoryEditor';
import { ConfirmDialog } from './ConfirmDialog';
import { Export } from './Export';
import { GeneralEditor } from './GeneralEditor';
import { Header } from './Header';
import { IssueSummary } from './IssueSummary';
import { Preview } from './Preview';
import { RegimeTable } from './RegimeTable';
import { SignalsCookieConsentMode } from './SignalsCookieConsentMode';
import { StartPanel } from './StartPanel';
import { status } from './store';
import { ThemeEditor } from './ThemeEditor';
import { TranslationsGrid } from './TranslationsGrid';
import { VendorList } from './VendorList';

/** The configurator: the editor's sections beside the live preview. */
export function App() {
  return (
    <>
      <a class="skip" href="#editor">
        Skip to the editor
      </a>
      <Header />
      <div class="layout">
        <main id="editor" tabIndex={-1}>
          <IssueSummary />
          <StartPanel />
          <GeneralEditor />
          <VendorList />
          <CategoryEditor />
          <TranslationsGrid />
          <RegimeTable />
          <SignalsCookieConsentMode />
          <ThemeEditor />
          <Export />
        </main>
        <Preview />
      </div>
      <p class="sr-only" role="status" aria-live="polite" id="announcer">
        {status.value}
      </p>
      <ConfirmDialog />
    </>
  );
}
