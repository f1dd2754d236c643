import { consentIds } from '../gate/activate';
import { signalBlocks } from './draft';
import type { View } from './view';

/**
 * What a blocked embed shows in its own box: what it needs, a button that allows it and
 * loads it now, and a way to the preference center. `data-placeholder="…"` on the element
 * replaces the explanation; its `title` becomes the heading.
 */
export function Placeholder({ v, el }: { v: View; el: Element }) {
  const { t, config } = v;
  const ids = consentIds(el).filter((id) => !v.state.categories[id] && !v.state.vendors[id]);
  const names = ids.map((id) => config.vendors.find((x) => x.id == id)?.name || v.label(id)).join(', ');
  const title = el.getAttribute('title');
  const locked = ids.some((id) => signalBlocks(config, v.state, id));
  return (
    <>
      {title && <strong>{title}</strong>}
      <p>{el.getAttribute('data-placeholder') || t('blocked', { name: names })}</p>
      {locked ? (
        <p class="badge">{t('honored')}</p>
      ) : (
        <button
          type="button"
          class="btn"
          onClick={() => {
            v.act.allow(ids);
            // The button is gone with the placeholder; focus what it was for.
            (el as HTMLElement).focus();
          }}
        >
          {t('allow', { name: names })}
        </button>
      )}
      <button type="button" class="link" onClick={v.act.manage}>
        {t('settings')}
      </button>
    </>
  );
}
