import { notifications } from '@mantine/notifications';
import { checkAttachmentBytes } from '../../../shared/media/checkAttachmentBytes';
import { captureTimeOf } from '../../../shared/media/captureTimeOf';
import { declaredMediaType } from '../../../shared/media/declaredMediaType';
import { hashInChunks } from '../../../shared/media/hashInChunks';
import type { ReadAt } from '../../../shared/media/readMvhdCreationTime';
import { SNIFF_BYTES } from '../../../shared/media/sniffMediaType';
import { MAX_BLOB_BYTES, STORED_CHUNK_BYTES, WHOLE_BLOB_MAX_BYTES } from '../../../shared/sync/blobProtocol';
import { appClock } from '../../../shared/time/appClock';
import type { Attachment, AttachmentTarget } from '../../../shared/visits/attachment';
import type { Visit } from '../../../shared/visits/visit';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useMutationContext } from '../../app/session/useMutationContext';
import { useCodeText } from '../../app/text/useCodeText';
import { toOffsetIso } from '../../app/time/localDateTime';
import { InvalidDataError } from '../../data/errors';
import { newId } from '../../data/newId';
import { sha256Hex } from '../../data/sha256Hex';
import { logger } from '../../logger';
import { downloadFile } from '../../platform/downloadFile';
import { openAttachmentBytes, type OpenedAttachment } from '../../sync/blobs/openAttachmentBytes';
import { makeThumbnail } from './makeThumbnail';

/** What a new attachment is linked to. */
export type AttachmentLink = { entity: AttachmentTarget; entityId: string };

/** Reads a File (or Blob) a slice at a time: never the whole of a 4 GiB recording at once. */
const readerOf =
  (file: Blob): ReadAt =>
  async (offset, length) =>
    new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());

/**
 * Photos, recordings and files: for each file, decide its type from its leading bytes (an HTML page named
 * `查封清单.pdf` is refused here, before anything is stored), read its own capture time (EXIF, `mvhd`, the
 * file's date), hash it (SHA-256; a large recording incrementally, chunk by chunk) and make a thumbnail,
 * store the bytes content-addressed (small files through the platform: a file fsync'd by the desktop
 * shell, IndexedDB in the browser; large ones as sealed chunk rows), and only then add the record — so a
 * record never names bytes that are missing.
 */
export function useAttachmentActions() {
  const { repos, platform, court } = useServices();
  const ctx = useMutationContext();
  const t = useT();
  const codeText = useCodeText();

  async function capture(visit: Visit, link: AttachmentLink, file: File): Promise<void> {
    // Refused before reading: a file the court server would never accept must not sit on the device.
    if (file.size > MAX_BLOB_BYTES) throw new InvalidDataError(['attachment.tooLarge']);
    const readAt = readerOf(file);
    const check = checkAttachmentBytes(
      declaredMediaType(file.name, file.type),
      await readAt(0, Math.min(file.size, SNIFF_BYTES)),
    );
    if (!check.ok) throw new InvalidDataError([check.code]);
    const { mediaType } = check;
    const captured = await captureTimeOf(file, mediaType, readAt, appClock.now());
    let sha256: string;
    let thumbnail: string | null = null;
    if (file.size <= WHOLE_BLOB_MAX_BYTES) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      sha256 = await sha256Hex(bytes);
      // The sniffed type, not the declared one: only what really is an image is drawn.
      thumbnail = await makeThumbnail(new Blob([bytes], { type: mediaType }));
      await platform.storeBlob(sha256, bytes);
    } else {
      const progress = notifications.show({
        loading: true,
        autoClose: false,
        message: t('attachments.storing', { name: file.name, percent: 0 }),
      });
      try {
        sha256 = await hashInChunks(readAt, file.size, STORED_CHUNK_BYTES);
        await repos.blobs.putChunked(sha256, file.size, readAt, (stored) =>
          notifications.update({
            id: progress,
            loading: true,
            message: t('attachments.storing', {
              name: file.name,
              percent: Math.floor((stored / file.size) * 100),
            }),
          }),
        );
      } finally {
        notifications.hide(progress);
      }
    }
    await repos.attachments.add(ctx, {
      id: newId(),
      caseId: visit.caseId,
      visitId: visit.id,
      entity: link.entity,
      entityId: link.entityId,
      sha256,
      size: file.size,
      mediaType,
      fileName: file.name.slice(0, 255),
      capturedAt: toOffsetIso(new Date(captured.atMs)),
      capturedAtSource: captured.source,
      thumbnail,
    });
    performance.mark('fw:attachment-saved', { detail: { size: file.size } });
  }

  return {
    /** Attaches every file; returns how many were saved. Each file succeeds or fails on its own. */
    async attach(visit: Visit, link: AttachmentLink, files: readonly File[]): Promise<number> {
      let saved = 0;
      for (const file of files) {
        try {
          await capture(visit, link, file);
          saved++;
        } catch (error) {
          logger.error('attachment not saved', error);
          const reason =
            error instanceof InvalidDataError
              ? error.codes.map(codeText).join(t('visits.text.clauses'))
              : describeWriteError(error, t, codeText);
          notifications.show({
            color: 'red',
            autoClose: false,
            message: t('visits.photos.failed', { name: file.name, reason }),
          });
        }
      }
      if (saved > 0)
        notifications.show({ color: 'teal', message: t('visits.photos.saved', { count: saved }) });
      return saved;
    },

    /**
     * The bytes for the viewer: from this device (whole, or a recording's chunks), else — a colleague's
     * file, whose record arrived by sync — from the court server, checked against its hash; in every case
     * checked again by their leading bytes and typed with what those show.
     */
    async open(attachment: Attachment): Promise<OpenedAttachment> {
      try {
        return await openAttachmentBytes(attachment, {
          readLocal: async (sha256) => {
            const whole = await platform.readBlob(sha256);
            return whole ? new Blob([whole as Uint8Array<ArrayBuffer>]) : repos.blobs.openBlob(sha256);
          },
          session: () => court.session(),
          storeChunked: (sha256, size, readAt) => repos.blobs.putChunked(sha256, size, readAt),
        });
      } catch (error) {
        logger.warn('attachment download failed', error);
        return { status: 'unavailable' };
      }
    },

    /** Saves checked bytes to disk through the platform's download (never opened in the app). */
    save(fileName: string, opened: OpenedAttachment): void {
      if (opened.status === 'ready' || opened.status === 'refused')
        downloadFile(fileName, opened.blob, 'application/octet-stream');
    },
  };
}
