/**
 * Loads the picker only when a reader first touches a city box, so pages that are just read
 * pay for none of it.
 */
export function initPickers(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-picker]')) {
    const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) continue;
    let loading: Promise<void> | undefined;
    const load = () => (loading ??= import('./picker-engine.ts').then((m) => m.attachPicker(form, input)));
    input.addEventListener('focus', load, { once: true });
    input.addEventListener('input', load, { once: true });
  }
}
