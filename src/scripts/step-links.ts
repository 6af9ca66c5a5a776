/**
 * Turns each plain “本步链接” (which works without JavaScript: it is just a link to #step-N) into a
 * “复制本步链接” button that copies the step's full address, so a child can send a parent “第3步”.
 */
export function initStepLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-step]')) {
    const label = (link.textContent ?? '').replace('本步链接', '复制本步链接');
    link.textContent = label;
    link.setAttribute('role', 'button');
    let restore: ReturnType<typeof setTimeout> | undefined;
    const copy = async () => {
      // The address without ?large=1 and the like: the reader's own settings are not for the receiver.
      const url = new URL(link.href);
      url.search = '';
      history.replaceState(history.state, '', url.href);
      try {
        await navigator.clipboard.writeText(url.href);
        link.textContent = `已复制：${url.href}`;
        clearTimeout(restore);
        restore = setTimeout(() => (link.textContent = label), 6000);
      } catch {
        // No clipboard here (some in-app browsers): show the address so it can be copied by hand.
        link.textContent = url.href;
      }
    };
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void copy();
    });
    // role="button" promises Space works as well as Enter.
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      void copy();
    });
  }
}
