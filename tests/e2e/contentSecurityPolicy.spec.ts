import { expect, test } from '@playwright/test';
import { CaseListPageModel } from './pages/CaseListPageModel';

/**
 * The browser build is served with the same Content-Security-Policy as the desktop shell: if markup ever
 * reaches the page (a hostile attachment, a crafted party name), it cannot run script in the app's origin.
 */
test('the served app and its offline shell carry the policy; an injected inline script does not run', async ({
  page,
  context,
}) => {
  const list = new CaseListPageModel(page);
  const response = await page.goto('./');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await list.open();
  await page.evaluate(() => navigator.serviceWorker.ready);

  // Markup slipped into the page: neither an inline <script> nor an event handler attribute runs.
  const ran = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const host = document.createElement('div');
    document.body.append(host);
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "script"';
    host.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = "handler"');
    img.src = 'data:,not-an-image';
    host.append(img);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { pwned: (window as unknown as { __pwned?: string }).__pwned ?? null, violations };
  });
  expect(ran.pwned).toBeNull();
  expect(ran.violations.some((v) => v.startsWith('script-src'))).toBe(true);

  // Offline, the page comes from the service worker's cache: it must carry the same policy.
  await context.setOffline(true);
  const offline = await page.reload();
  expect(offline?.fromServiceWorker()).toBe(true);
  expect(offline?.headers()['content-security-policy']).toBe(policy);
  await expect(list.search).toBeVisible();
});
