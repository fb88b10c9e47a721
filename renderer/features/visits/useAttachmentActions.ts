import { notifications } from '@mantine/notifications';
import { MAX_BLOB_BYTES } from '../../../shared/sync/blobProtocol';
import type { Visit } from '../../../shared/visits/visit';
import { InvalidDataError } from '../../data/errors';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { newId } from '../../data/newId';
import type { AttachmentTarget } from '../../../shared/visits/attachment';
import { sha256Hex } from '../../data/sha256Hex';
import { logger } from '../../logger';
import { downloadBlob } from '../../sync/blobs/downloadBlob';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { nowIso } from '../../app/time/localDateTime';
import { makeThumbnail } from './makeThumbnail';
import { useCodeText } from '../../app/text/useCodeText';
import { useMutationContext } from '../../app/session/useMutationContext';

/** What a new attachment is linked to. */
export type AttachmentLink = { entity: AttachmentTarget; entityId: string };

/**
 * Photos and files: for each file, read the bytes, hash them (SHA-256) and make a thumbnail at capture,
 * store the bytes content-addressed through the platform (a file written and fsync'd by the desktop shell,
 * IndexedDB in the browser), and only then add the record — so a record never names bytes that are missing.
 */
export function useAttachmentActions() {
  const { repos, platform, court } = useServices();
  const ctx = useMutationContext();
  const t = useT();
  const codeText = useCodeText();

  return {
    /** Attaches every file; returns how many were saved. Each file succeeds or fails on its own. */
    async attach(visit: Visit, link: AttachmentLink, files: readonly File[]): Promise<number> {
      let saved = 0;
      for (const file of files) {
        try {
          // Refused before reading: a file the court server would never accept must not sit on the device.
          if (file.size > MAX_BLOB_BYTES) throw new InvalidDataError(['attachment.tooLarge']);
          const bytes = new Uint8Array(await file.arrayBuffer());
          const sha256 = await sha256Hex(bytes);
          const capturedAt = nowIso();
          const thumbnail = await makeThumbnail(file);
          await platform.storeBlob(sha256, bytes);
          await repos.attachments.add(ctx, {
            id: newId(),
            caseId: visit.caseId,
            visitId: visit.id,
            entity: link.entity,
            entityId: link.entityId,
            sha256,
            size: bytes.byteLength,
            mediaType: file.type || 'application/octet-stream',
            fileName: file.name.slice(0, 255),
            capturedAt,
            thumbnail,
          });
          performance.mark('fw:attachment-saved', { detail: { size: bytes.byteLength } });
          saved++;
        } catch (error) {
          logger.error('attachment not saved', error);
          notifications.show({
            color: 'red',
            autoClose: false,
            message: t('visits.photos.failed', {
              name: file.name,
              reason: describeWriteError(error, t, codeText),
            }),
          });
        }
      }
      if (saved > 0)
        notifications.show({ color: 'teal', message: t('visits.photos.saved', { count: saved }) });
      return saved;
    },

    /**
     * The bytes as an object URL for viewing: from this device, else (a colleague's photo, whose record
     * arrived by sync) fetched from the court server — checked against its hash. `notUploaded`: the server
     * does not have the bytes yet (the colleague's upload is still pending); `unavailable`: offline or not
     * signed in.
     */
    async openUrl(sha256: string, mediaType: string): Promise<string | 'notUploaded' | 'unavailable'> {
      const local = await platform.readBlob(sha256);
      const toUrl = (bytes: Uint8Array) =>
        URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
      if (local) return toUrl(local);
      try {
        const session = await court.session();
        if (!session) return 'unavailable';
        const remote = await downloadBlob(session, sha256);
        return remote ? toUrl(remote.bytes) : 'notUploaded';
      } catch (error) {
        logger.warn('photo download failed', error);
        return 'unavailable';
      }
    },
  };
}
