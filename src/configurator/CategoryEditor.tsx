import { useState } from 'preact/hooks';
import type { CategoryConfig } from '../types';
import { categoryTextPath, setCategoryText } from './categoryText';
import { CheckField, TextField } from './fields';
import { fieldId } from './paths';
import { Section } from './Section';
import { announce, draft, preview } from './store';
import { isRtl, LANGUAGE_NAMES, textStatus, type TextField as Text } from './translations';
import { categoriesOf, slug, uniqueId } from './vendors';

function CategoryText({ id, field, lang }: { id: string; field: Text; lang: string }) {
  const s = textStatus(draft.value, id, field, lang);
  const name = LANGUAGE_NAMES[lang];
  return (
    <TextField
      path={categoryTextPath(id, field, lang)}
      label={`${field == 'label' ? 'Label' : 'Description'} (${name})`}
      value={s.own}
      placeholder={s.fallback}
      lang={lang}
      dir={isRtl(lang) ? 'rtl' : 'ltr'}
      class={s.missing ? 'missing' : ''}
      rows={field == 'description' ? 3 : undefined}
      hint={s.missing ? `Missing in ${name}: visitors see ${s.fallback ? `“${s.fallback}”` : 'nothing'}.` : undefined}
      onChange={(v) => setCategoryText(id, field, lang, v)}
    />
  );
}

function CategoryCard({ category, index }: { category: CategoryConfig; index: number }) {
  const lang = preview.value.language;
  const necessary = category.id == 'necessary';
  const used = (draft.value.vendors || []).filter((v) => v.category == category.id).length;
  const remove = () => {
    draft.value = { ...draft.value, categories: categoriesOf(draft.value).filter((c) => c.id != category.id) };
    announce(`Removed category ${category.id}`);
    setTimeout(() => document.getElementById('categories-title')?.focus());
  };
  return (
    <fieldset class="category" id={fieldId(`categories[${index}]`)}>
      <legend>
        <code>{category.id}</code> {necessary ? <span class="chip">always on</span> : <span class="muted small">{used} vendor{used == 1 ? '' : 's'}</span>}
      </legend>
      <div class="grid2">
        <CategoryText id={category.id} field="label" lang={lang} />
        <CategoryText id={category.id} field="description" lang={lang} />
      </div>
      {!necessary && (
        <div class="row">
          <CheckField
            path={`categories[${index}].saleOrSharing`}
            label="Sells or shares personal data"
            value={category.saleOrSharing ?? category.id == 'advertising'}
            keepFalse
            hint="GPC, Do Not Track and “Do Not Sell or Share” turn it off (CCPA §1798.140)."
            onChange={(on) => {
              const next = { ...category, saleOrSharing: on };
              if (on == (category.id == 'advertising')) delete next.saleOrSharing;
              draft.value = { ...draft.value, categories: categoriesOf(draft.value).map((c, i) => (i == index ? next : c)) };
            }}
          />
          <button type="button" class="btn ghost small danger" onClick={remove} aria-label={`Remove category ${category.id}`}>
            Remove
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** Categories: their texts in the working language, and the sale/sharing flag. */
export function CategoryEditor() {
  const [name, setName] = useState('');
  const listed = categoriesOf(draft.value);
  const rows = listed.some((c) => c.id == 'necessary') ? listed : [{ id: 'necessary' }, ...listed];
  const add = () => {
    const id = uniqueId(draft.value, slug(name).replace(/-/g, '_'));
    draft.value = { ...draft.value, categories: [...listed, { id, label: name.trim() }] };
    setName('');
    announce(`Added category ${id}`);
  };
  return (
    <Section
      id="categories"
      title="Categories"
      lead={`Texts are edited in ${LANGUAGE_NAMES[preview.value.language]} (change the language at the top). Greyed text is the built-in wording: type to replace it. English texts are the fallback for every language without its own.`}
    >
      {rows.map((c) => (
        <CategoryCard category={c} index={listed.indexOf(c)} />
      ))}
      <form
        class="add-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) add();
        }}
      >
        <div class="field">
          <label for="new-category">New category name</label>
          <input id="new-category" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. Customer support chat" />
        </div>
        <button type="submit" class="btn" disabled={!name.trim()}>
          Add category
        </button>
      </form>
    </Section>
  );
}
