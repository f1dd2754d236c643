import { issues } from './store';
import { issuesAt, type Issue } from './issues';
import { fieldId } from './paths';

/** A field's validation issues and the ids to describe it by. */
export interface FieldState {
  id: string;
  list: Issue[];
  invalid: boolean;
  /** `aria-describedby`: the hint and the messages, when there are any. */
  describedBy: string | undefined;
}

/** Reads the issues for `path` (and inside it with `deep`) from the validation signal. */
export function fieldState(path: string, hint: boolean, deep = false): FieldState {
  const id = fieldId(path);
  const list = issuesAt(issues.value, path, deep);
  const ids = [hint && id + '-hint', list.length && id + '-issues'].filter(Boolean).join(' ');
  return { id, list, invalid: list.some((i) => i.level == 'error'), describedBy: ids || undefined };
}

/** The hint under a field and the validator's messages about it, errors first. */
export function FieldMessages({ state, hint }: { state: FieldState; hint?: string }) {
  return (
    <>
      {hint && (
        <p class="hint" id={state.id + '-hint'}>
          {hint}
        </p>
      )}
      {state.list.length > 0 && (
        <ul class="field-issues" id={state.id + '-issues'}>
          {state.list.map((i) => (
            <li class={i.level}>
              <span class="tag">{i.level == 'error' ? 'Error' : 'Warning'}</span> {i.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
