/**
 * 大字 / 高对比度 switches. The inline script in Base.astro's head has already applied the saved
 * choice (or ?large=1 / ?contrast=1) before first paint and made the switches visible, so this
 * module only wires the clicks: nothing on screen changes when it loads.
 */
export function initReadingSwitches(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reading-switches] button[data-pref]')) {
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
        // Private mode or a locked-down in-app browser: the choice lasts for this page only.
      }
      // A page opened from a link with ?large=1 would switch itself back on when reloaded.
      const url = new URL(location.href);
      if (url.searchParams.has(pref)) {
        url.searchParams.delete(pref);
        history.replaceState(history.state, '', url);
      }
      sync();
    });
  }
}
