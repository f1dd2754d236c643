import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FieldMessages, fieldState } from './FieldMessages';
import { fromLines, toLines } from './lines';
import { getIn } from './paths';
import { draft, edit } from './store';

/** What every field takes: the draft path it edits (also where its validation issues are found). */
interface Base {
  path: string;
  label: string;
  hint?: string;
  /** Also show issues about paths inside this one. */
  deep?: boolean;
  class?: string;
}

/** A field bound to the draft unless `value` / `onChange` say otherwise. */
interface Bound<T> extends Base {
  value?: T;
  onChange?: (value: T) => void;
}

const read = <T,>(p: Bound<T>): T => (p.value !== undefined || p.onChange ? p.value : getIn(draft.value, p.path)) as T;
const write = <T,>(p: Bound<T>, v: T) => (p.onChange ? p.onChange(v) : edit(p.path, v));

function Shell(props: Base & { children: (s: ReturnType<typeof fieldState>) => ComponentChildren }) {
  const s = fieldState(props.path, !!props.hint, props.deep);
  return (
    <div class={`field ${props.class || ''} ${s.invalid ? 'invalid' : ''}`}>
      <label for={s.id}>{props.label}</label>
      {props.children(s)}
      <FieldMessages state={s} hint={props.hint} />
    </div>
  );
}

/** A one-line text field; empty means "not set". */
export function TextField(p: Bound<string | undefined> & { placeholder?: string; type?: 'text' | 'url'; dir?: 'rtl' | 'ltr'; lang?: string; rows?: number }) {
  return (
    <Shell {...p}>
      {(s) => {
        const common = {
          id: s.id,
          value: String(read(p) ?? ''),
          placeholder: p.placeholder,
          dir: p.dir,
          lang: p.lang,
          'aria-invalid': s.invalid || undefined,
          'aria-describedby': s.describedBy,
          onInput: (e: Event) => write(p, (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value || undefined),
        };
        return p.rows ? (
          <textarea {...common} rows={p.rows} class="prose" />
        ) : (
          <input {...common} type="text" inputMode={p.type == 'url' ? 'url' : undefined} />
        );
      }}
    </Shell>
  );
}

/** A number field; empty means "not set". */
export function NumberField(p: Bound<number | undefined> & { min?: number; max?: number; placeholder?: string }) {
  return (
    <Shell {...p}>
      {(s) => (
        <input
          id={s.id}
          type="number"
          inputMode="numeric"
          min={p.min}
          max={p.max}
          value={read(p) ?? ''}
          placeholder={p.placeholder}
          aria-invalid={s.invalid || undefined}
          aria-describedby={s.describedBy}
          onInput={(e) => write(p, e.currentTarget.value === '' ? undefined : e.currentTarget.valueAsNumber)}
        />
      )}
    </Shell>
  );
}

/** A select; an option value of '' means "not set". A current value that is not an option is shown as one, so it can be seen and fixed. */
export function SelectField(p: Bound<string | undefined> & { options: ReadonlyArray<readonly [value: string, label: string]> }) {
  const value = String(read(p) ?? '');
  const options = p.options.some(([v]) => v == value) ? p.options : [...p.options, [value, value] as const];
  return (
    <Shell {...p}>
      {(s) => (
        <select id={s.id} aria-invalid={s.invalid || undefined} aria-describedby={s.describedBy} onChange={(e) => write(p, e.currentTarget.value || undefined)}>
          {options.map(([v, label]) => (
            <option value={v} selected={v == value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}

/** A checkbox; unchecked removes the field (its default is false) unless `keepFalse`. */
export function CheckField(p: Bound<boolean | undefined> & { keepFalse?: boolean }) {
  const s = fieldState(p.path, !!p.hint, p.deep);
  return (
    <div class={`field check ${p.class || ''} ${s.invalid ? 'invalid' : ''}`}>
      <input
        id={s.id}
        type="checkbox"
        checked={!!read(p)}
        aria-invalid={s.invalid || undefined}
        aria-describedby={s.describedBy}
        onChange={(e) => write(p, e.currentTarget.checked || (p.keepFalse ? false : undefined))}
      />
      <label for={s.id}>{p.label}</label>
      <FieldMessages state={s} hint={p.hint} />
    </div>
  );
}

/**
 * A list edited one item per line. The text is kept as typed (blank lines included) while
 * its items match the draft, so the cursor never jumps; a change from elsewhere replaces it.
 */
export function LinesField(p: Bound<string[] | undefined> & { rows?: number; placeholder?: string }) {
  const list = read(p) || [];
  const [text, setText] = useState(toLines(list));
  useEffect(() => {
    if (toLines(fromLines(text)) != toLines(list)) setText(toLines(list));
  }, [toLines(list)]);
  return (
    <Shell {...p} deep>
      {(s) => (
        <textarea
          id={s.id}
          rows={p.rows || 3}
          value={text}
          placeholder={p.placeholder}
          spellcheck={false}
          aria-invalid={s.invalid || undefined}
          aria-describedby={s.describedBy}
          onInput={(e) => {
            setText(e.currentTarget.value);
            const items = fromLines(e.currentTarget.value);
            write(p, items.length ? items : undefined);
          }}
        />
      )}
    </Shell>
  );
}
