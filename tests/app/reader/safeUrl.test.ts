import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/app/features/reader/safeUrl';

describe('safeHttpUrl', () => {
  it.each([
    [
      'https://www.koreaherald.com/view.php?ud=20190419000111',
      'https://www.koreaherald.com/view.php?ud=20190419000111',
    ],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a b'.replace(' ', '%20'), 'https://example.com/a%20b'],
    ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
  ])('keeps %s as %s', (url, href) => {
    expect(safeHttpUrl(url)).toBe(href);
  });

  it.each([
    ['javascript:window.__pwned=7'],
    ['JavaScript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['javascript://example.com/%0Aalert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['VBScript:msgbox(1)'],
    [' javascript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u001fjavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['  https://example.com/'],
    ['\thttps://example.com/'],
    ['\u0001https://example.com/'],
    ['https://example.com/\n'],
    ['https://exa mple.com/'],
    ['//evil.example/x'],
    ['/relative/path'],
    ['relative.html'],
    ['?q=1'],
    ['#top'],
    ['https:evil.example'],
    ['https:///evil.example'],
    ['https:\\\\evil.example'],
    ['http://'],
    ['ftp://example.com/file'],
    ['file:///etc/passwd'],
    ['mailto:a@example.com'],
    [''],
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
