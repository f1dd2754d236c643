/** A choice: its label and what it does. */
export type Choice = [label: string, onClick: () => void];

/**
 * A row of choices with identical size and weight — "Reject all" is never a mere link (EDPB
 * cookie banner taskforce 2023; CNIL 2020-091; CCPA 11 CCR §7004(a)(2) symmetry in choice).
 */
export function Buttons({ choices, class: extra = '' }: { choices: Choice[]; class?: string }) {
  return (
    <div class={'actions ' + extra}>
      {choices.map(([label, onClick]) => (
        <button type="button" class="btn" onClick={onClick}>
          {label}
        </button>
      ))}
    </div>
  );
}
