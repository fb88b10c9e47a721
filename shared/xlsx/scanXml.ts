/** Callbacks of the scanner; element names arrive without their namespace prefix (`x:c` → `c`). */
export type XmlHandlers = {
  open(name: string, attrs: Record<string, string>, isSelfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
};

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * A minimal streaming scanner for the XML inside an XLSX package: elements, attributes, text, CDATA and
 * character references; comments, processing instructions and DOCTYPE are skipped. It is not a validating
 * parser: spreadsheet parts are machine-written, and a scanner runs in the renderer, in a worker and in
 * Node tests alike (DOMParser exists in none of the last two) and does not build a tree of 50,000 cells.
 */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      emitText(xml.slice(i), handlers);
      return;
    }
    if (lt > i) emitText(xml.slice(i, lt), handlers);
    if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      const stop = end === -1 ? n : end;
      handlers.text(xml.slice(lt + 9, stop));
      i = end === -1 ? n : end + 3;
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      i = after(xml, '>', lt + 2);
    } else if (xml[lt + 1] === '/') {
      const gt = xml.indexOf('>', lt + 2);
      const stop = gt === -1 ? n : gt;
      handlers.close(localName(xml.slice(lt + 2, stop).trim()));
      i = stop + 1;
    } else {
      const gt = findTagEnd(xml, lt + 1);
      const stop = gt === -1 ? n : gt;
      let body = xml.slice(lt + 1, stop);
      const isSelfClosing = body.endsWith('/');
      if (isSelfClosing) body = body.slice(0, -1);
      const space = body.search(/\s/);
      const name = localName(space === -1 ? body : body.slice(0, space));
      const attrs: Record<string, string> = {};
      if (space !== -1) {
        ATTR.lastIndex = space;
        for (let m = ATTR.exec(body); m !== null; m = ATTR.exec(body)) {
          attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
        }
      }
      handlers.open(name, attrs, isSelfClosing);
      if (isSelfClosing) handlers.close(name);
      i = stop + 1;
    }
  }
}

/** The end of a start tag, skipping `>` inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

function after(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  return at === -1 ? xml.length : at + token.length;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

function emitText(raw: string, handlers: XmlHandlers): void {
  handlers.text(raw.includes('&') ? decodeEntities(raw) : raw);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0x10ffff ? whole : String.fromCodePoint(code);
  });
}
