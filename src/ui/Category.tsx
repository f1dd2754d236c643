import { isLocked } from './draft';
import { RichText } from './RichText';
import { Switch } from './Switch';
import { Vendor } from './Vendor';
import type { View } from './view';

/** One category in the preference center: its switch, description, vendors and cookies. */
export function Category({ v, id }: { v: View; id: string }) {
  const { t, config } = v;
  const locked = isLocked(config, v.state, id);
  const vendors = config.vendors.filter((x) => x.category == id);
  return (
    <div class="cat">
      <Switch
        id={'c-' + id}
        label={v.label(id)}
        on={id == 'necessary' || !!v.draft[id]}
        locked={locked}
        note={id == 'necessary' ? <span class="muted">{t('alwaysOn')}</span> : locked && <span class="badge">{t('honored')}</span>}
        onToggle={(on) => v.act.toggle(id, on)}
      />
      <p class="muted" id={'d-c-' + id}>
        <RichText text={v.text(id)} />
      </p>
      {vendors.length > 0 && (
        <details>
          <summary>{t('vendors', { n: vendors.length })}</summary>
          <ul>
            {vendors.map((vendor) => (
              <Vendor v={v} vendor={vendor} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
