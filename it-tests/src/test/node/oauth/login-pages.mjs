// A person in a real browser (Debian's chromium, headless, driven by playwright-core): from the
// authorization URL through a wrong password, the login and the consent page to the redirect back to
// the client, with screenshots of each page. Also checks that the login page refuses to be framed.
// Prints one JSON object; exits 1 on any failure.
//
// Environment: AUTHORIZATION_URL, CALLBACK_PREFIX, OAUTH_USERNAME, OAUTH_PASSWORD, SCREENSHOT_DIR,
// PROBLEM_URL (an authorization URL with a redirect URI the client did not register).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const shots = process.env.SCREENSHOT_DIR;
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'dynamosql-chromium-'));
const result = {};
let context;
try {
  // This machine has no outside network: keep chromium from calling home.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1024, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());

  const first = await page.goto(process.env.AUTHORIZATION_URL);
  result.loginStatus = first.status();
  result.loginHeaders = {
    csp: first.headers()['content-security-policy'],
    frameOptions: first.headers()['x-frame-options'],
    cacheControl: first.headers()['cache-control'],
  };
  result.loginTitle = await page.title();
  result.focusedOnLoad = await page.evaluate(() => document.activeElement?.id);
  result.mainLandmarks = await page.getByRole('main').count();
  await page.screenshot({ path: join(shots, '1-login.png'), fullPage: true });

  await page.getByLabel('Username').fill(process.env.OAUTH_USERNAME);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  result.errorText = (await page.getByRole('alert').locator('p').textContent()).trim();
  result.focusedAfterError = await page.evaluate(() => document.activeElement?.id);
  await page.screenshot({ path: join(shots, '2-login-error.png'), fullPage: true });

  await page.getByLabel('Password').fill(process.env.OAUTH_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  result.consentHeading = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
  result.scopes = (await page.locator('.scope-text').allTextContents()).map((s) => s.trim());
  result.redirectHost = (await page.locator('dd.host').first().textContent()).trim();
  await page.screenshot({ path: join(shots, '3-consent.png'), fullPage: true });

  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(process.env.CALLBACK_PREFIX)),
    page.getByRole('button', { name: 'Allow' }).click(),
  ]);
  result.callback = page.url();
  await page.screenshot({ path: join(shots, '4-back-at-the-client.png') });

  // A request whose redirect URI the client never registered: explained on a page, never followed.
  const problem = await page.goto(process.env.PROBLEM_URL);
  result.problemStatus = problem.status();
  result.problemUrl = page.url();
  result.problemContentType = problem.headers()['content-type'];
  result.problemBody = (await problem.text()).slice(0, 400);
  result.problemHeading = (
    await page.getByRole('heading', { level: 1 }).textContent({ timeout: 5000 })
  ).trim();
  await page.screenshot({ path: join(shots, '6-problem.png'), fullPage: true });

  // frame-ancestors 'none': a page that frames the login page gets an empty frame.
  const framing = await context.newPage();
  await framing.setContent(
    `<iframe id="f" src="${process.env.AUTHORIZATION_URL.replace(/"/g, '&quot;')}" width="600" height="400"></iframe>`,
  );
  const framed = framing.frames().find((f) => f !== framing.mainFrame());
  await framed?.waitForLoadState('load').catch(() => {});
  result.framedText = framed ? await framed.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
  await framing.screenshot({ path: join(shots, '5-framing-refused.png') });

  console.log(JSON.stringify(result));
} catch (error) {
  result.failure = String(error?.stack ?? error);
  console.log(JSON.stringify(result));
  process.exitCode = 1;
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
}
