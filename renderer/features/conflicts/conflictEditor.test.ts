import { describe, expect, it } from 'vitest';
import { editorFor, editorText, parseEdited } from './conflictEditor';

describe('conflictEditor', () => {
  it('gives free text a text input, several lines for notes and findings', () => {
    expect(editorFor('case', 'notes', ['', '甲', '乙'])).toEqual({
      kind: 'text',
      isMultiline: true,
      isNullable: false,
    });
    expect(editorFor('asset', 'name', ['挖掘机', '装载机'])).toMatchObject({
      kind: 'text',
      isMultiline: false,
    });
    expect(parseEdited(editorFor('case', 'notes', ['', 'x']), '  kept as typed ')).toEqual({
      ok: true,
      value: '  kept as typed ',
    });
  });

  it('turns an emptied nullable text (a date not yet set) back into null', () => {
    const editor = editorFor('case', 'closedOn', [null, '2025-06-01', '2025-06-02']);
    expect(editor).toMatchObject({ kind: 'text', isNullable: true });
    expect(parseEdited(editor, ' ')).toEqual({ ok: true, value: null });
    expect(parseEdited(editor, '2025-06-03')).toEqual({ ok: true, value: '2025-06-03' });
  });

  it('edits amounts in yuan and stores integer fen', () => {
    const editor = editorFor('case', 'recoveredFen', [0, 100_000, 250_050]);
    expect(editor).toEqual({ kind: 'money' });
    expect(editorText(editor, 250_050)).toBe('2,500.50');
    expect(parseEdited(editor, '3,000.10')).toEqual({ ok: true, value: 300_010 });
    expect(parseEdited(editor, '-1')).toEqual({ ok: false, code: 'money.negative' });
  });

  it('offers the coded values of a coded field, and a plain number input for counts', () => {
    const status = editorFor('case', 'status', ['enforcing', 'suspended', 'enforcing']);
    expect(status).toMatchObject({ kind: 'choice', catalogPrefix: 'caseStatus', isNullable: false });
    expect(parseEdited(status, 'closed')).toEqual({ ok: true, value: 'closed' });
    expect(parseEdited(status, 'nonsense')).toEqual({ ok: false, code: 'conflict.choose' });
    const workforce = editorFor('visit', 'workforceSeen', [null, 12, 15]);
    expect(workforce).toEqual({ kind: 'number' });
    expect(parseEdited(workforce, '13')).toEqual({ ok: true, value: 13 });
    expect(parseEdited(workforce, 'twelve')).toEqual({ ok: false, code: 'conflict.notANumber' });
  });

  it('falls back to JSON for structured values and reports JSON that does not parse', () => {
    const people = [{ userId: 'u1', name: '王建国' }];
    const editor = editorFor('visit', 'officersPresent', [[], people, []]);
    expect(editor).toEqual({ kind: 'json' });
    expect(parseEdited(editor, editorText(editor, people))).toEqual({ ok: true, value: people });
    expect(parseEdited(editor, '[{')).toEqual({ ok: false, code: 'conflict.invalidJson' });
  });
});
