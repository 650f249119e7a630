import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { TestApp } from '../../integration/support/test-app';
import { launchChromium, newContext, screenshot, seriousViolations, WEB_DIST } from './browser';

/** A test app served on a free port of this machine, with a browser to open it. */
export interface BrowserFixture {
  base: string;
  browser: Browser;
  /** A fresh browser session logged in through the login page, with the keyboard. */
  loginAs(email: string, password: string): Promise<Page>;
}

/**
 * Serves the test app (the api with the built SPA at `/`) on a free port and launches Debian's
 * chromium. The SPA must have been built (the e2e global setup does it).
 */
export async function serveInBrowser(t: TestApp): Promise<BrowserFixture> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('apps/web/dist is missing: the e2e global setup builds it (npm run build:web); run the e2e project through jest, or build first.');
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    base,
    browser,
    async loginAs(email, password) {
      const context = await newContext(browser, base);
      const page = await context.newPage();
      await page.goto('/');
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(password);
      await page.keyboard.press('Enter');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
      return page;
    },
  };
}

/** Waits until the page has loaded what it asked for. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.tp-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/** Settles the page, saves its screenshot as `name`, and returns its serious or critical axe violations. */
export async function checkPage(page: Page, name: string): Promise<string[]> {
  await settled(page);
  await screenshot(page, name);
  return seriousViolations(page);
}
