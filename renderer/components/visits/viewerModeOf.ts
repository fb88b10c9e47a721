import { attachmentKind } from '../../../shared/media/attachmentMediaTypes';
import { unreachable } from '../../../shared/util/assert';

/**
 * How the one viewer shows a file, decided from its sniffed type. Images, audio and video inline (officers
 * bring recorder and body-cam files: they must play); everything else is only ever saved to disk, never
 * opened in the app's origin: documents (PDF, Office, OFD — Chromium's PDF viewer does not run in a
 * sandboxed frame, and the app's CSP allows no frames: see docs/attachments.md), formats Chromium cannot
 * decode (AMR recordings, AVI, HEIC photos), and inert files off the allowlist.
 */
export type ViewerMode =
  | { mode: 'image' }
  | { mode: 'audio' | 'video'; playAs: string }
  | { mode: 'save'; reason: 'document' | 'cannotPlay' | 'cannotShow' | 'inert' };

/** Whether this browser plays a type (`HTMLMediaElement.canPlayType` is not ''). */
export type CanPlay = (mediaType: string) => boolean;

/** Image types Chromium and Electron decode in an <img>. */
const SHOWN_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

export function viewerModeOf(mediaType: string, canPlay: CanPlay): ViewerMode {
  const kind = attachmentKind(mediaType);
  switch (kind) {
    case null:
      return { mode: 'save', reason: 'inert' };
    case 'document':
      return { mode: 'save', reason: 'document' };
    case 'image':
      return SHOWN_IMAGES.has(mediaType) ? { mode: 'image' } : { mode: 'save', reason: 'cannotShow' };
    case 'audio':
    case 'video': {
      if (canPlay(mediaType)) return { mode: kind, playAs: mediaType };
      // A MOV is the same ISO container as an MP4: Chromium plays its usual H.264/AAC as one.
      if (mediaType === 'video/quicktime' && canPlay('video/mp4')) return { mode: kind, playAs: 'video/mp4' };
      return { mode: 'save', reason: 'cannotPlay' };
    }
    default:
      return unreachable(kind);
  }
}
