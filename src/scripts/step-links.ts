/** Turns each “本步链接” into a “复制本步链接” button that copies the full address of that step. */
export function initStepLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-step]')) {
    const label = link.textContent ?? '';
    link.textContent = label.replace('本步链接', '复制本步链接');
    link.setAttribute('role', 'button');
    link.addEventListener('click', async (event) => {
      event.preventDefault();
      const url = new URL(link.getAttribute('href')!, location.href).href;
      history.replaceState(null, '', url);
      try {
        await navigator.clipboard.writeText(url);
        link.textContent = `已复制：${url}`;
      } catch {
        // No clipboard permission (some in-app browsers): show the address so it can be copied by hand.
        link.textContent = url;
      }
    });
  }
}
