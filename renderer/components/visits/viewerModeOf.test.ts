import { describe, expect, it } from 'vitest';
import { viewerModeOf, type CanPlay } from './viewerModeOf';

// What Chromium answers for the recorder and body-cam formats (canPlayType): no AMR, no AVI, no QuickTime
// by that name.
const chromium: CanPlay = (type) =>
  ['audio/mpeg', 'audio/mp4', 'audio/wav', 'audio/aac', 'audio/ogg', 'video/mp4', 'video/webm'].includes(
    type,
  );

describe('viewerModeOf', () => {
  it.each([
    ['image/jpeg', { mode: 'image' }],
    ['image/png', { mode: 'image' }],
    ['image/heic', { mode: 'save', reason: 'cannotShow' }],
    ['audio/wav', { mode: 'audio', playAs: 'audio/wav' }],
    ['audio/mpeg', { mode: 'audio', playAs: 'audio/mpeg' }],
    ['audio/amr', { mode: 'save', reason: 'cannotPlay' }],
    ['video/mp4', { mode: 'video', playAs: 'video/mp4' }],
    ['video/quicktime', { mode: 'video', playAs: 'video/mp4' }],
    ['video/x-msvideo', { mode: 'save', reason: 'cannotPlay' }],
    ['application/pdf', { mode: 'save', reason: 'document' }],
    ['application/ofd', { mode: 'save', reason: 'document' }],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      { mode: 'save', reason: 'document' },
    ],
    ['application/octet-stream', { mode: 'save', reason: 'inert' }],
  ])('%s → %o', (type, expected) => {
    expect(viewerModeOf(type, chromium)).toEqual(expected);
  });

  it('never shows a type off the allowlist, whatever the browser could render', () => {
    const everything: CanPlay = () => true;
    for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/javascript', 'toString'])
      expect(viewerModeOf(type, everything)).toEqual({ mode: 'save', reason: 'inert' });
  });
});
