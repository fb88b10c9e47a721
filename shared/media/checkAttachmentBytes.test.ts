import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MEDIA_TYPE_LIST, attachmentKind } from './attachmentMediaTypes';
import { checkAttachmentBytes } from './checkAttachmentBytes';
import { declaredMediaType } from './declaredMediaType';

const text = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
const ftyp = (brand: string) => new Uint8Array([0, 0, 0, 0x18, ...text('ftyp'), ...text(brand), 0, 0, 0, 0]);
const riff = (form: string) => new Uint8Array([...text('RIFF'), 0x24, 0, 0, 0, ...text(form)]);

describe('checkAttachmentBytes', () => {
  it.each([
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['image/gif', text('GIF89a')],
    ['image/webp', riff('WEBP')],
    ['image/heic', ftyp('heic')],
    ['audio/wav', riff('WAVE')],
    ['audio/amr', text('#!AMR\n')],
    ['audio/mpeg', text('ID3\x04')],
    ['audio/mpeg', bytes(0xff, 0xfb, 0x90)],
    ['audio/aac', bytes(0xff, 0xf1, 0x50)],
    ['audio/mp4', ftyp('M4A ')],
    ['audio/ogg', text('OggS')],
    ['video/mp4', ftyp('isom')],
    ['video/quicktime', ftyp('qt  ')],
    ['video/x-msvideo', riff('AVI ')],
    ['video/webm', bytes(0x1a, 0x45, 0xdf, 0xa3)],
    ['application/pdf', text('%PDF-1.7')],
  ])('recognises %s by its bytes, whatever was declared', (expected, head) => {
    expect(checkAttachmentBytes('application/octet-stream', head)).toEqual({ ok: true, mediaType: expected });
  });

  it('refuses HTML, SVG and script, whatever they are called or declared', () => {
    for (const [declared, body] of [
      ['application/pdf', '<!doctype html><script>alert(1)</script>'],
      ['text/html', '<html><body onload=alert(1)>'],
      ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['image/jpeg', 'alert(document.cookie)'],
      ['application/pdf', ''],
    ] as const) {
      expect(checkAttachmentBytes(declared, text(body))).toEqual({
        ok: false,
        code: 'attachment.typeNotAllowed',
      });
    }
  });

  it('takes the declared Office/OFD type only for the container its bytes are', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(checkAttachmentBytes(docx, zip)).toEqual({ ok: true, mediaType: docx });
    expect(checkAttachmentBytes('application/ofd', zip)).toEqual({ ok: true, mediaType: 'application/ofd' });
    expect(checkAttachmentBytes('application/msword', ole)).toEqual({
      ok: true,
      mediaType: 'application/msword',
    });
    expect(checkAttachmentBytes('application/msword', zip)).toEqual({
      ok: false,
      code: 'attachment.typeMismatch',
    });
    // A zip that claims nothing, or claims a type off the list (an .apk, a .jar): refused.
    expect(checkAttachmentBytes('application/zip', zip)).toEqual({
      ok: false,
      code: 'attachment.typeNotAllowed',
    });
  });

  it('lists no type a browser would run or lay out as a page', () => {
    for (const type of ATTACHMENT_MEDIA_TYPE_LIST)
      expect(type).not.toMatch(/html|[+/]xml$|svg|script|^text\//);
    expect(attachmentKind('text/html')).toBeNull();
    expect(attachmentKind('toString')).toBeNull();
    expect(attachmentKind('video/mp4')).toBe('video');
  });
});

describe('declaredMediaType', () => {
  it("names Office and OFD by extension when the browser cannot, and keeps the browser's type otherwise", () => {
    expect(declaredMediaType('判决书.OFD', '')).toBe('application/ofd');
    expect(declaredMediaType('清单.xlsx', 'application/octet-stream')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(declaredMediaType('查封清单.pdf', 'text/html')).toBe('text/html');
    // What is named no longer matters once the bytes are read: an HTML page named .pdf is refused.
    const html = new TextEncoder().encode('<!doctype html><script>window.__pwned = 1</script>');
    expect(checkAttachmentBytes(declaredMediaType('查封清单.pdf', 'application/pdf'), html)).toEqual({
      ok: false,
      code: 'attachment.typeNotAllowed',
    });
  });
});
