/** The picker's behaviour: combobox over /data/city-index.json, keyboard and touch. */
import { matchCities, type CityIndexEntry } from '../lib/city-match.ts';

let index: Promise<CityIndexEntry[]> | undefined;
const loadIndex = () => (index ??= fetch('/data/city-index.json').then((r) => r.json() as Promise<CityIndexEntry[]>));

export async function attachPicker(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
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
  const update = () => {
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
      close();
    }
  });
  form.addEventListener('submit', (event) => {
    const city = results[Math.max(active, 0)];
    if (city && input.value.trim()) {
      event.preventDefault();
      go(city);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
  if (input.value) update();
}
