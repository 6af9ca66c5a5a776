import { expect, test, type Page } from '@playwright/test';
import type { CityData } from './open-data.ts';

// The questionnaire is built from the city's published rule, so the test reads the same rule from
// the open data and walks the questions as a reader would.
type Condition = NonNullable<CityData['withdrawal']>['conditions'][number];
async function conditionsOf(page: Page, slug: string): Promise<Condition[]> {
  const res = await page.request.get(`/data/cities/${slug}.json`);
  return ((await res.json()) as CityData).withdrawal?.conditions ?? [];
}

const askOrder = ['death', 'emigration', 'transfer-unaccepted', 'stop-insurance', 'resettled-elsewhere', 'enlistment', 'other'];
const inAskOrder = (cs: Condition[]) => [...cs].sort((a, b) => askOrder.indexOf(a.id) - askOrder.indexOf(b.id));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`withdrawal questionnaire (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled });

    test('answering “不是” to every question ends at “不能取现” with the legal uses and the 套现 warning', async ({ page }) => {
      const conditions = await conditionsOf(page, 'hangzhou');
      await page.goto('/cities/hangzhou/withdrawal/');
      const questions = page.locator('.quiz-question');
      await expect(questions).toHaveCount(Math.min(conditions.length, 4));
      await expect(page.locator('[data-outcome]:visible')).toHaveCount(0);
      for (let i = 1; i <= (await questions.count()); i++) await page.locator(`#q-${i} [data-answer=no]`).click();
      const outcome = page.locator('[data-outcome]:visible');
      await expect(outcome).toHaveCount(1);
      await expect(outcome).toHaveAttribute('data-outcome', 'cannot');
      await expect(outcome).toContainText('套现是违法的');
      await expect(outcome.locator('a[href="/guides/family-sharing/"]')).toBeVisible();
    });

    test('answering “是” shows that situation, what to bring and where, and links to the printable list', async ({ page }) => {
      const conditions = await conditionsOf(page, 'hangzhou');
      await page.goto('/cities/hangzhou/withdrawal/');
      await page.locator('#q-2 [data-answer=yes]').click();
      const outcome = page.locator('[data-outcome]:visible');
      await expect(outcome).toHaveCount(1);
      await expect(outcome).toHaveAttribute('data-outcome', 'can-apply');
      // The second question asks about the second of the rule's situations in the order readers need most.
      await expect(outcome).toContainText(inAskOrder(conditions)[1]!.text);
      await expect(outcome).toContainText('身份证');
      await expect(outcome).toContainText('0571-12393');
      await outcome.locator('a[href="#checklist"]').click();
      await expect(page.locator('#checklist')).toBeInViewport();
    });
  });
}

test('an answer can be shared as a link: the address opens on that outcome', async ({ page }) => {
  const first = inAskOrder(await conditionsOf(page, 'hangzhou'))[0]!;
  await page.goto('/cities/hangzhou/withdrawal/#a-1');
  await expect(page.locator('[data-outcome]:visible')).toHaveCount(1);
  await expect(page.locator('#a-1')).toContainText(first.text);
});
