/**
 * The search page's loader, kept tiny: the engine (query mapping, Pagefind, rendering) loads
 * when the page opens with a search in its address or when the reader first uses the form.
 */
type Run = () => Promise<void>;

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  if (!form) return;
  let engine: Promise<Run> | undefined;
  // Until the engine is here, a submit waits for it instead of reloading the page.
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void load().then((run) => run());
  };
  const load = () =>
    (engine ??= import('./search-engine.ts').then((m) => {
      form.removeEventListener('submit', onSubmit);
      return m.startSearch(form);
    }));
  form.addEventListener('submit', onSubmit);
  form.addEventListener('focusin', () => void load(), { once: true });
  const params = new URLSearchParams(location.search);
  if (['q', 'city', 'province', 'topic', 'channel'].some((k) => params.get(k))) void load();
}
