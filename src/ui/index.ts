import type { UiContext, UiHandle } from '../uiContract';

/** Placeholder UI until the preference center lands: two buttons, plain DOM. */
export function mount(ctx: UiContext): UiHandle {
  const host = document.createElement('div');
  host.setAttribute('data-portcullis-ui', '');
  let view: 'banner' | 'preferences' | null = null;
  const render = () => {
    host.textContent = '';
    if (!view) return host.remove();
    const box = document.createElement('section');
    box.setAttribute('aria-label', view == 'banner' ? 'Cookie consent' : 'Privacy preferences');
    for (const [label, act] of [
      ['Accept all', () => ctx.api.acceptAll()],
      ['Reject all', () => ctx.api.rejectAll()],
    ] as const) {
      const b = document.createElement('button');
      b.textContent = label;
      b.onclick = () => (act(), close());
      box.append(b);
    }
    host.append(box);
    if (!host.isConnected) document.body.append(host);
  };
  const close = () => {
    view = null;
    render();
    ctx.setView(null);
  };
  return {
    show(v) {
      view = v;
      render();
      ctx.setView(v);
    },
    close,
    destroy: () => host.remove(),
  };
}
