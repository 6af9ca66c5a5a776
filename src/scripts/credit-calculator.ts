import { estimateMonthlyCredit, type Status } from '../lib/monthly-credit.ts';
import type { MonthlyCreditRule } from '../schemas/rules.ts';

/** The monthly-credit calculator on /cities/<slug>/monthly-credit/. */
export function initCreditCalculator(): void {
  const box = document.querySelector<HTMLElement>('[data-credit-rule]');
  const form = box?.querySelector<HTMLFormElement>('form');
  const out = box?.querySelector<HTMLOutputElement>('[data-credit-result]');
  if (!box || !form || !out) return;
  const rule = JSON.parse(box.dataset['creditRule']!) as Pick<MonthlyCreditRule, 'employeePercentOfBase' | 'retiree' | 'averagePension'>;
  const num = (v: FormDataEntryValue | null) => (v === null || v === '' ? undefined : Number(v));
  const run = () => {
    const data = new FormData(form);
    const estimate = estimateMonthlyCredit(rule, {
      status: data.get('status') as Status,
      age: Number(data.get('age')),
      base: num(data.get('base')),
      averagePension: num(data.get('averagePension')),
    });
    out.textContent = estimate.yuan === null ? estimate.formula : `每月约 ${estimate.yuan} 元。算法：${estimate.formula}`;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener('input', run);
}
