import { catalogById } from '../catalog';
import type { VendorConfig } from '../types';
import { categoryLabel } from './categoryLabel';
import { LinesField, SelectField, TextField } from './fields';
import { cookieName, cookiesFromLines } from './lines';
import { fieldId } from './paths';
import { draft, edit } from './store';
import { categoryIds, slug, uniqueId } from './vendors';

/**
 * One vendor: its category (changeable at a glance), what it loads and sets, and all of its
 * fields in a disclosure. A custom vendor's id follows its name until the id is edited.
 */
export function VendorEditor({ vendor: v, index, onRemove }: { vendor: VendorConfig; index: number; onRemove(): void }) {
  const at = `vendors[${index}]`;
  const config = draft.value;
  const hosts = Array.isArray(v.hosts) ? v.hosts : [];
  const cookies = Array.isArray(v.cookies) ? v.cookies.map(cookieName) : [];
  const fromCatalog = !!catalogById(v.id);
  const rename = (name: string | undefined) => {
    if (!fromCatalog && v.id == slug(v.name || '')) {
      const rest = { ...config, vendors: (config.vendors || []).filter((_, i) => i != index) };
      edit(`${at}.id`, uniqueId(rest, slug(name || '')));
    }
    edit(`${at}.name`, name);
  };
  return (
    <fieldset class="vendor" id={fieldId(at)}>
      <legend>
        {v.name || v.id || 'Unnamed vendor'} {v.id && <code>{v.id}</code>}
        {fromCatalog && <span class="chip">catalog</span>}
      </legend>
      <div class="vendor-row">
        <SelectField
          path={`${at}.category`}
          label="Category"
          options={categoryIds(config).map((id) => [id, categoryLabel(config, id)] as const)}
        />
        <dl class="facts">
          <div>
            <dt>Hosts</dt>
            <dd>{hosts.length ? hosts.join(', ') : <span class="muted">none listed</span>}</dd>
          </div>
          <div>
            <dt>Cookies</dt>
            <dd>{cookies.length ? cookies.join(', ') : <span class="muted">none listed</span>}</dd>
          </div>
          <div>
            <dt>Policy</dt>
            <dd>
              {v.policyUrl && /^https?:\/\//.test(v.policyUrl) ? (
                <a href={v.policyUrl} target="_blank" rel="noopener noreferrer">
                  {v.policyUrl.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                <span class="muted">{v.policyUrl || 'none'}</span>
              )}
            </dd>
          </div>
        </dl>
        <button type="button" class="btn ghost small danger" aria-label={`Remove ${v.name || v.id}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <details open={!fromCatalog}>
        <summary>Edit name, hosts, cookies and links</summary>
        <div class="grid2">
          <TextField path={`${at}.name`} label="Name" value={v.name ?? ''} onChange={rename} />
          <TextField path={`${at}.id`} label="Id" hint={`Mark its tags with data-consent="${v.id}".`} />
          <TextField path={`${at}.purpose`} label="Purpose" class="span2" />
          <LinesField path={`${at}.hosts`} label="Hosts, one per line" hint="Exact (www.example.com) or a whole domain (*.example.com)." placeholder="*.example.com" />
          <LinesField
            path={`${at}.cookies`}
            label="Cookies, one per line"
            hint="Names or globs such as _ga_*; deleted when consent is withdrawn."
            value={cookies}
            onChange={(names) => edit(`${at}.cookies`, names && cookiesFromLines(names.join('\n'), v.cookies))}
          />
          <TextField path={`${at}.policyUrl`} label="Privacy policy link" type="url" class="span2" placeholder="https://" />
        </div>
      </details>
    </fieldset>
  );
}
