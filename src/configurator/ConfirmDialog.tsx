import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

interface Question {
  title: string;
  text: string;
  confirm: string;
  resolve(ok: boolean): void;
}

const question = signal<Question | null>(null);

/** Asks before something destructive; resolves true when confirmed. */
export function ask(title: string, text: string, confirm: string): Promise<boolean> {
  question.value?.resolve(false);
  return new Promise((resolve) => (question.value = { title, text, confirm, resolve }));
}

/**
 * The modal that {@link ask} shows: a native `<dialog>` (focus moves in, Escape cancels,
 * the page behind is inert), with focus returned to where it was.
 */
export function ConfirmDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const q = question.value;
  useEffect(() => {
    const d = ref.current!;
    if (q && !d.open) {
      const opener = document.activeElement as HTMLElement | null;
      d.showModal();
      d.addEventListener('close', () => opener?.focus(), { once: true });
    } else if (!q && d.open) d.close();
  }, [q]);
  const answer = (ok: boolean) => {
    q?.resolve(ok);
    question.value = null;
  };
  return (
    <dialog ref={ref} class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-text" onCancel={() => answer(false)}>
      {q && (
        <>
          <h2 id="confirm-title">{q.title}</h2>
          <p id="confirm-text">{q.text}</p>
          <div class="buttons">
            <button type="button" class="btn" autofocus onClick={() => answer(false)}>
              Cancel
            </button>
            <button type="button" class="btn danger" onClick={() => answer(true)}>
              {q.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
