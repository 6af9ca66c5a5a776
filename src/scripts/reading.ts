/** 大字 / 高对比度 switches: shown only where JavaScript runs, remembered in localStorage. */
export function initReadingSwitches(): void {
  const root = document.documentElement;
  for (const box of document.querySelectorAll<HTMLElement>('[data-reading-switches]')) {
    box.hidden = false;
    for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-pref]')) {
      const pref = button.dataset['pref']!;
      const sync = () => button.setAttribute('aria-pressed', String(root.dataset[pref] === '1'));
      sync();
      button.addEventListener('click', () => {
        const on = root.dataset[pref] !== '1';
        if (on) root.dataset[pref] = '1';
        else delete root.dataset[pref];
        try {
          localStorage.setItem(`yb-${pref}`, on ? '1' : '0');
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        sync();
      });
    }
  }
}
