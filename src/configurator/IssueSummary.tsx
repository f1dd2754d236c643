import { focusField } from './focusField';
import { fieldId } from './paths';
import { issues } from './store';

const count = (n: number, word: string) => `${n} ${word}${n == 1 ? '' : 's'}`;

/**
 * Every validator message at the top of the editor, each linking to the field at fault —
 * the same validator, and the same messages, as the loader prints in the console.
 */
export function IssueSummary() {
  const list = issues.value;
  const errors = list.filter((i) => i.level == 'error').length;
  if (!list.length)
    return (
      <div class="summary ok" id="issues">
        <span class="dot" aria-hidden="true" /> The config is valid: the loader will accept it.
      </div>
    );
  return (
    <section class={`summary ${errors ? 'bad' : 'warn'}`} id="issues" aria-labelledby="issues-title">
      <h2 id="issues-title">
        {errors ? `${count(errors, 'error')}: the loader would block every tracker` : 'Valid, with warnings'}
        {list.length > errors && ` · ${count(list.length - errors, 'warning')}`}
      </h2>
      <ul>
        {list.map((i) => (
          <li class={i.level}>
            <a
              href={'#' + fieldId(i.path)}
              onClick={(e) => {
                e.preventDefault();
                focusField(i.path) || document.getElementById('general')?.scrollIntoView();
              }}
            >
              {i.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
