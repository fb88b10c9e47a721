import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolveAppPath';

const ROOT = path.resolve('/opt/FieldWrit/resources/app.asar/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://fieldwrit/index.html', 'index.html'],
    ['app://fieldwrit/', 'index.html'],
    ['app://fieldwrit', 'index.html'],
    ['app://fieldwrit/assets/index-Bx3f9a.js', 'assets/index-Bx3f9a.js'],
    ['app://fieldwrit/assets/', 'assets/index.html'],
    ['app://fieldwrit/cases/2025?tab=parties#money', 'cases/2025'],
    ['app://FIELDWRIT/index.html', 'index.html'],
    // Percent-encoding of ordinary characters is decoded once.
    ['app://fieldwrit/assets/%E6%A1%88%E5%8F%B7.svg', 'assets/案号.svg'],
  ])('maps %s into the root', (url, relative) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: true, filePath: path.join(ROOT, relative) });
  });

  it.each([
    // Traversal, plain and encoded. (The URL parser removes literal "/../" itself; the encoded forms reach us.)
    ['app://fieldwrit/..%2f..%2fetc/passwd', 'dot-segment'],
    ['app://fieldwrit/..%2F..%2F..%2Fetc%2Fpasswd', 'dot-segment'],
    ['app://fieldwrit/assets/..%2f..%2f..%2fhome', 'dot-segment'],
    ['app://fieldwrit/%2e%2e%2f%2e%2e%2fetc/passwd', 'dot-segment'],
    ['app://fieldwrit/assets/%2e%2e%2f', 'dot-segment'],
    ['app://fieldwrit/.%2fassets', 'dot-segment'],
    // Double encoding leaves a "%" after one decode.
    ['app://fieldwrit/%252e%252e%252fetc/passwd', 'double-encoding'],
    ['app://fieldwrit/%25', 'double-encoding'],
    // Backslashes, which separate paths on Windows.
    ['app://fieldwrit/..%5c..%5cwindows%5cwin.ini', 'backslash'],
    ['app://fieldwrit/assets%5C..%5C..%5Csecret', 'backslash'],
    ['app://fieldwrit/%5cetc%5cpasswd', 'backslash'],
    // Absolute paths.
    ['app://fieldwrit/%2fetc%2fpasswd', 'empty-segment'],
    ['app://fieldwrit//etc/passwd', 'empty-segment'],
    ['app://fieldwrit/assets//x.js', 'empty-segment'],
    ['app://fieldwrit/C:/Windows/win.ini', 'drive-or-stream'],
    ['app://fieldwrit/c%3a%2fWindows', 'drive-or-stream'],
    ['app://fieldwrit/index.html::$DATA', 'drive-or-stream'],
    // Null bytes and other controls.
    ['app://fieldwrit/index.html%00.png', 'control-character'],
    ['app://fieldwrit/%00', 'control-character'],
    ['app://fieldwrit/a%0a', 'control-character'],
    ['app://fieldwrit/a%7f', 'control-character'],
    // Malformed encoding.
    ['app://fieldwrit/%E6%A1', 'malformed-encoding'],
    ['app://fieldwrit/%zz', 'malformed-encoding'],
    // Anything that is not the app's own origin.
    ['app://evil/index.html', 'foreign-origin'],
    ['app://fieldwrit.evil.com/index.html', 'foreign-origin'],
    ['app://user@fieldwrit/index.html', 'foreign-origin'],
    ['app://fieldwrit:8080/index.html', 'foreign-origin'],
    ['file:///etc/passwd', 'foreign-origin'],
    ['https://fieldwrit/index.html', 'foreign-origin'],
    ['not a url', 'malformed-url'],
  ])('refuses %s (%s)', (url, refusal) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: false, refusal });
  });

  it('never resolves outside the root, whatever the path (property)', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%2F',
      '%5c',
      '/',
      '\\',
      '%00',
      '%25',
      'C:',
      ':',
      'a',
      'assets',
      '~',
      '%E6%A1%88',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = resolveAppPath(ROOT, `app://fieldwrit/${pieces.join('')}`);
        return !result.ok || result.filePath.startsWith(ROOT + path.sep);
      }),
      { numRuns: 5000 },
    );
  });
});
