/**
 * The Content-Security-Policy is on (header and meta tag), has no way to run
 * inline script or eval, and really stops them: every other spec runs the app
 * under it, and the console fixture fails any test that logs a violation.
 */
import { expect, test } from './fixtures';

test.describe('with a script smuggled into the page', () => {
  // The refusals below are logged by Chromium; that is the point of these tests.
  test.use({ allowedConsole: [/Content Security Policy/] });

  test('inline script and eval are refused', async ({ page }) => {
    const response = await page.goto('/');
    const header = response!.headers()['content-security-policy'] ?? '';
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
    expect(header).toContain("frame-ancestors 'none'");
    await expect(page.getByRole('region', { name: 'Timeline' })).toHaveAttribute(
      'aria-busy',
      'false',
    );

    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__parleyPwned = "inline"';
      document.head.appendChild(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__parleyPwned = "handler"');
      document.body.appendChild(img);
      // A string timer is eval by another name. (eval() itself cannot be tried from here: code
      // Playwright evaluates is exempt from the page's policy, a timer's string is not.)
      (setTimeout as unknown as (code: string, ms: number) => void)(
        'window.__parleyPwned = "timer"',
        0,
      );
      await new Promise((r) => setTimeout(r, 300));
      return { pwned: w.__parleyPwned ?? null, violations };
    });
    expect(outcome.pwned).toBeNull();
    // The inline script, the inline handler and the string timer each refused (by the header's
    // policy and again by the meta tag's).
    expect([...new Set(outcome.violations)].sort()).toEqual([
      'script-src',
      'script-src-attr',
      'script-src-elem',
    ]);
  });
});
