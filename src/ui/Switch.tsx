import type { ComponentChildren } from 'preact';

/** Props of {@link Switch}. */
export interface SwitchProps {
  /** Base of the ids: `<id>` names the switch's heading, `d-<id>` its description. */
  id: string;
  /** The heading text, naming the switch. */
  label: string;
  /** Heading level: categories are h3, vendors h4. */
  level?: 'h3' | 'h4';
  on: boolean;
  /** Shown but not changeable (`aria-disabled`, still focusable so it is found). */
  locked?: boolean;
  /** Shown between the heading and the switch ("Always on", a status). */
  note?: ComponentChildren;
  onToggle(on: boolean): void;
}

/**
 * A heading with its on/off switch, per the ARIA switch pattern: a button with
 * `role="switch"` and `aria-checked`, named by the heading and described by `d-<id>`;
 * Space and Enter toggle it.
 */
export function Switch({ id, label, level: Heading = 'h3', on, locked, note, onToggle }: SwitchProps) {
  return (
    <div class="row">
      <Heading id={id}>{label}</Heading>
      {note}
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={on}
        aria-disabled={!!locked}
        aria-labelledby={id}
        aria-describedby={'d-' + id}
        onClick={() => locked || onToggle(!on)}
      />
    </div>
  );
}
