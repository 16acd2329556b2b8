import { ref } from 'vue';

/**
 * A check that runs `delay` ms after the last edit. Only the newest run may write its result:
 * `run` gets `current()`, true while no newer run has started, to test before each write (an
 * older answer arriving late is dropped). `busy` is true while the newest run is under way.
 */
export function useLiveCheck(run: (current: () => boolean) => Promise<void>, delay = 400) {
  const busy = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  async function now(): Promise<void> {
    const mine = ++generation;
    const current = () => mine === generation;
    busy.value = true;
    try {
      await run(current);
    } finally {
      if (current()) busy.value = false;
    }
  }
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void now(), delay);
  }
  return { busy, now, schedule };
}

/** Moves the focus, once the DOM is updated, to the first of `ids` that exists (a row just added, moved or removed). */
export async function focusFirst(...ids: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el) return el.focus();
  }
}

/** A code from a name, as SOP and form keys are written: "Permintaan Subdomain" → `permintaan-subdomain`. */
export const slug = (value: string): string =>
  value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
