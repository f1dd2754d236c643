import type { ComponentChildren } from 'preact';

/** One part of the editor: a landmark-free section with a heading the page navigation links to. */
export function Section(props: { id: string; title: string; lead?: ComponentChildren; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="card" id={props.id} aria-labelledby={props.id + '-title'}>
      <div class="card-head">
        <h2 id={props.id + '-title'} tabIndex={-1}>
          {props.title}
        </h2>
        {props.actions}
      </div>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.children}
    </section>
  );
}
