/**
 * The picker's behaviour: an ARIA 1.2 combobox with a listbox popup over /data/city-index.json.
 * Typing shows ranked suggestions; ArrowDown/ArrowUp move through them; Enter opens the
 * highlighted city, or the first suggestion; Escape closes the list, then clears the box.
 * Taps choose an option without the box losing focus first. When nothing matches, Enter
 * searches the whole site for the words instead.
 */
import { matchCities, type CityIndexEntry } from '../lib/city-match.ts';

let index: Promise<CityIndexEntry[]> | undefined;
const loadIndex = () => (index ??= fetch('/data/city-index.json').then((r) => r.json() as Promise<CityIndexEntry[]>));

/** Wires the picker up; returns its submit action for a submit that came before it was ready. */
export async function attachPicker(form: HTMLFormElement, input: HTMLInputElement): Promise<() => void> {
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-picker-status]');
  let results: CityIndexEntry[] = [];
  let active = -1;
  const cities = await loadIndex();

  const optionId = (i: number) => `${list.id}-${i}`;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const go = (city: CityIndexEntry) => {
    location.href = `/cities/${city.s}/`;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  let shownFor = '';
  const update = () => {
    shownFor = input.value.trim();
    results = matchCities(input.value, cities);
    list.replaceChildren(
      ...results.map((city, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = `${city.n}（${city.p}）`;
        li.addEventListener('click', () => go(city));
        return li;
      }),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    active = -1;
    if (status) status.textContent = input.value.trim() ? (open ? `找到 ${results.length} 个城市` : '没找到这个城市') : '';
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      if (list.hidden) update();
      highlight((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      highlight(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      if (list.hidden) input.value = '';
      close();
    }
  });
  const submit = () => {
    if (input.value.trim() !== shownFor) update();
    const city = results[Math.max(active, 0)];
    if (city) go(city);
    else if (input.value.trim()) location.href = `/search/?q=${encodeURIComponent(input.value.trim())}`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // A tap on an option must not blur the box first (that would close the list under the finger).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => setTimeout(close, 150));
  if (input.value) update();
  return submit;
}
