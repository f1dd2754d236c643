import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_REGIMES, resolveRegime } from '../core/regions';
import type { PortcullisConfig, Regime } from '../types';
import { PreviewControls } from './PreviewControls';
import { previewDocument } from './previewDoc';
import { exported, preview, validation } from './store';

/** The real loader, next to this file's folder in dist/ (dist/configurator/ → dist/portcullis.js). */
const LOADER = new URL(/* @vite-ignore */ '../portcullis.js', import.meta.url).href;
const HEIGHTS = { 1280: 800, 768: 900, 375: 667 } as const;

/** The regime a visitor of the preview's region gets under the draft. */
export function previewRegime(config: PortcullisConfig, region: string, forced: Regime | ''): Regime {
  if (forced || config.regime) return (forced || config.regime)!;
  const table = { ...DEFAULT_REGIMES };
  for (const k in config.regimes) table[k.toUpperCase()] = config.regimes[k];
  return resolveRegime(region || null, table);
}

/**
 * The real banner and preference center: the built loader and UI in a sandboxed frame (an
 * opaque origin, so nothing it stores reaches this page or a site), rebuilt shortly after
 * each change from the last valid draft, drawn at 1280, 768 or 375 px and scaled to fit.
 */
export function Preview() {
  const valid = validation.value.config ? exported.value : null;
  const lastValid = useRef<PortcullisConfig | null>(valid);
  if (valid) lastValid.current = valid;
  const o = preview.value;
  const doc = lastValid.current && previewDocument(lastValid.current, o, LOADER);
  const [shown, setShown] = useState(doc);
  const [generation, setGeneration] = useState(0);
  const [prefs, setPrefs] = useState(false);
  const [avail, setAvail] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const t = setTimeout(() => setShown(doc), 300);
    return () => clearTimeout(t);
  }, [doc]);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => setAvail(Math.floor(entry.contentRect.width)));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);

  const open = () => frame.current?.contentWindow?.postMessage('portcullis-preview:open', '*');
  const scale = avail ? Math.min(1, avail / o.width) : 1;
  const height = HEIGHTS[o.width];
  return (
    <aside class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <PreviewControls
        regime={lastValid.current ? previewRegime(lastValid.current, o.region, o.regime) : 'opt-in'}
        onBanner={() => {
          setPrefs(false);
          setGeneration((g) => g + 1);
        }}
        onPreferences={() => {
          setPrefs(true);
          open();
        }}
      />
      {!valid && (
        <p class="notice warn small" id="preview-stale">
          {lastValid.current ? 'The draft has errors: the preview shows the last valid version.' : 'The preview starts once the draft is valid.'}
        </p>
      )}
      <div class="frame-box" ref={box} style={{ height: `${Math.ceil(height * scale)}px` }}>
        {shown && (
          <iframe
            key={generation}
            ref={frame}
            class="preview-frame"
            title={`Preview at ${o.width} px: banner and preference center`}
            sandbox="allow-scripts"
            srcdoc={shown}
            style={{ width: `${o.width}px`, height: `${height}px`, transform: `scale(${scale})` }}
            onLoad={() => prefs && open()}
          />
        )}
      </div>
    </aside>
  );
}
