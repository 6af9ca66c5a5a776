import { shortfallOf, type Sex, type YearsRequired } from '../lib/shortfall.ts';

/** The “还差几年” helper on retirement pages. */
export function initShortfall(): void {
  const box = document.querySelector<HTMLElement>('[data-shortfall]');
  const form = box?.querySelector<HTMLFormElement>('form');
  const out = box?.querySelector<HTMLOutputElement>('[data-shortfall-result]');
  if (!box || !form || !out) return;
  const rule = JSON.parse(box.dataset['shortfall']!) as YearsRequired;
  const run = () => {
    const data = new FormData(form);
    const r = shortfallOf(rule, data.get('sex') as Sex, Number(data.get('paid')), Number(data.get('local')));
    if (r.required === null) {
      out.textContent = '这里的要求年限还没有找到可靠来源，算不出来。请打电话问当地医保部门。';
      return;
    }
    const parts = [`要求累计 ${r.required} 年，还差 ${r.missing} 年`];
    if (r.localRequired !== null) parts.push(`要求本地实际缴费 ${r.localRequired} 年，还差 ${r.localMissing} 年`);
    out.textContent = r.enough ? `${parts.join('；')}。年限已经够了，退休后不用再交。` : `${parts.join('；')}。`;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener('input', run);
}
