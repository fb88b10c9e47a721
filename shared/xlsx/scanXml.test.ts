import { describe, expect, it } from 'vitest';
import { decodeEntities, scanXml } from './scanXml';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function events(xml: string): Event[] {
  const out: Event[] = [];
  scanXml(xml, {
    open: (name, attrs) => out.push(['open', name, attrs]),
    close: (name) => out.push(['close', name]),
    text: (text) => out.push(['text', text]),
  });
  return out;
}

describe('scanXml', () => {
  it('reports elements without their namespace prefix, attributes with it', () => {
    expect(events('<x:c r="A1" x:t=\'s\'><x:v>3</x:v></x:c>')).toEqual([
      ['open', 'c', { r: 'A1', 'x:t': 's' }],
      ['open', 'v', {}],
      ['text', '3'],
      ['close', 'v'],
      ['close', 'c'],
    ]);
  });

  it('closes self-closing elements and skips the declaration, comments and DOCTYPE', () => {
    expect(events('<?xml version="1.0"?><!DOCTYPE x><!-- a <b> --><a><b/></a>')).toEqual([
      ['open', 'a', {}],
      ['open', 'b', {}],
      ['close', 'b'],
      ['close', 'a'],
    ]);
  });

  it('keeps a > inside a quoted attribute and decodes entities in attributes and text', () => {
    expect(events('<n f="a&gt;b > c">x &amp; y &#x4E2D;&#25991;</n>')).toEqual([
      ['open', 'n', { f: 'a>b > c' }],
      ['text', 'x & y 中文'],
      ['close', 'n'],
    ]);
  });

  it('passes CDATA through verbatim', () => {
    expect(events('<t><![CDATA[<b>&amp;]]></t>')).toEqual([
      ['open', 't', {}],
      ['text', '<b>&amp;'],
      ['close', 't'],
    ]);
  });

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&nbsp;&lt;&#65;')).toBe('&nbsp;<A');
  });
});
