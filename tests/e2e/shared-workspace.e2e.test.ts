import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openProfile, startApp } from './harness.js';

/**
 * Two members in two browser profiles (each its own IndexedDB) share a workspace through an
 * invite link and the real server; one goes offline, adds a version and an annotation, comes
 * back, and the other sees both.
 */

const NOTE = 'Twenty percent is our floor, not a starting point';

async function comparisonShown(page: Page): Promise<void> {
  await page.locator('cd-compare-view').locator('ins').first().waitFor({ timeout: 60_000 });
}

const status = (page: Page) => page.locator('cd-sync-status');

describe('a team workspace shared between two browsers', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.stop());

  it('reaches the other member with what one added offline, once back online', async () => {
    // the owner shares the sample workspace and makes an invite link for an analyst
    const owner = await openProfile(app.browser, `${app.server.base}/`);
    await comparisonShown(owner.page);
    await owner.page.getByRole('button', { name: 'Share this workspace' }).click();
    await owner.page.getByLabel('Your name, as other members will see it').fill('Olena');
    await owner.page.getByRole('button', { name: 'Share', exact: true }).click();
    await status(owner.page).getByText('Synced').waitFor({ timeout: 60_000 });
    await owner.page.getByRole('button', { name: 'Members and invites' }).click();
    await owner.page.getByRole('radio', { name: /^analyst/ }).check();
    await owner.page.getByRole('button', { name: 'Make invite link' }).click();
    const link = await owner.page.locator('#invite-link').inputValue({ timeout: 30_000 });
    expect(link).toMatch(new RegExp(`^${app.server.base}/#join=sw-`));

    // the analyst opens it in a profile of their own and joins
    const analyst = await openProfile(app.browser, link);
    await analyst.page.getByLabel('Your name, as other members will see it').fill('Taras');
    await analyst.page.getByRole('button', { name: 'Join' }).click();
    await status(analyst.page).getByText('Synced').waitFor({ timeout: 60_000 });
    await analyst.page.locator('cd-version-timeline').getByText("Ukraine's revision", { exact: true }).first().waitFor({ timeout: 60_000 });
    expect(await analyst.page.evaluate(() => location.hash)).toBe('');

    // offline: a version and an annotation wait
    await analyst.context.setOffline(true);
    await analyst.page.getByLabel('Label (required)').fill('Counter-proposal of 20 February');
    await analyst.page.getByLabel('Party').fill('Ukraine');
    await analyst.page.getByLabel('Text (paste the draft, or choose a file below)').fill('Article 1. The Fund\n\n1.1 The Parties establish the Fund.\n\nArticle 2. Contributions\n\n2.1 Ukraine contributes 20 percent of the revenues.');
    await analyst.page.getByRole('button', { name: 'Add version' }).click();
    await analyst.page.locator('cd-version-timeline').getByText('Counter-proposal of 20 February').first().waitFor({ timeout: 30_000 });
    const selected = await analyst.page.evaluate(async () => {
      const view = document.querySelector('cd-app')!.shadowRoot!.querySelector('cd-compare-view') as unknown as {
        comparison: { new: { clauses: { id: string; text: string }[] }; changes: { new: string[] }[] };
        focusChange(index: number): Promise<void>;
        selectRange(side: 'old' | 'new', clause: string, start: number, end: number): Promise<{ quote: string } | null>;
      };
      for (let i = 0; i < 100 && !view.comparison?.new.clauses.some((c) => c.text.includes('20 percent')); i++) await new Promise((r) => setTimeout(r, 100));
      const clause = view.comparison.new.clauses.find((c) => c.text.includes('20 percent'));
      if (!clause) return null;
      const at = clause.text.indexOf('20 percent');
      await view.focusChange(view.comparison.changes.findIndex((change) => change.new.includes(clause.id)));
      return (await view.selectRange('new', clause.id, at, at + '20 percent'.length))?.quote ?? null;
    });
    expect(selected).toBe('20 percent');
    await analyst.page.locator('cd-app button.annotate').click();
    await analyst.page.locator('#ann-note').fill(NOTE);
    await analyst.page.getByRole('button', { name: 'Save note' }).click();
    await status(analyst.page).getByText(/Offline · 2 changes waiting/).waitFor({ timeout: 30_000 });
    // the owner has neither yet
    expect(await owner.page.locator('cd-version-timeline').getByText('Counter-proposal of 20 February').count()).toBe(0);

    // back online: both go up, and reach the owner live
    await analyst.context.setOffline(false);
    await status(analyst.page).getByText('Synced').waitFor({ timeout: 60_000 });
    await owner.page.locator('cd-version-timeline').getByText('Counter-proposal of 20 February').first().waitFor({ timeout: 60_000 });
    await owner.page.locator('cd-annotation-list').getByText(NOTE).first().waitFor({ state: 'attached', timeout: 60_000 });
    // who did what is in the owner's activity list
    await owner.page.locator('cd-activity-list').getByText(/Taras/).first().waitFor({ state: 'attached', timeout: 30_000 });
    expect([...owner.errors, ...analyst.errors]).toEqual([]);
  });
});
