/**
 * Loads the picker only when a reader first touches a city box, so pages that are just read
 * pay for none of it. Without JavaScript the form simply opens the city list (/cities/).
 */
export function initPickers(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-picker]')) {
    const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) continue;
    let loading: Promise<(() => void) | undefined> | undefined;
    // A submit before the engine is here waits for it instead of leaving for the city list.
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void load().then((submit) => submit?.());
    };
    const load = () =>
      (loading ??= import('./picker-engine.ts').then((m) => {
        form.removeEventListener('submit', onSubmit);
        return m.attachPicker(form, input);
      }));
    form.addEventListener('submit', onSubmit);
    input.addEventListener('focus', () => void load(), { once: true });
    input.addEventListener('input', () => void load(), { once: true });
  }
}
