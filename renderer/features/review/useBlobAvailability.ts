import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/visits/attachment';
import { useServices } from '../../app/services/servicesContext';
import { isBlobOnServer } from '../../sync/blobs/isBlobOnServer';

/**
 * Whether the court server holds each photo's bytes, asked once per photo when the review screen opens.
 * Unknown (null) while asking, when offline, or when not signed in.
 */
export function useBlobAvailability(attachments: readonly Attachment[]): (sha256: string) => boolean | null {
  const { court } = useServices();
  const [known, setKnown] = useState<ReadonlyMap<string, boolean | null>>(new Map());
  const hashes = [...new Set(attachments.map((a) => a.sha256))].sort().join(',');
  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      const session = hashes === '' ? null : await court.session();
      if (!session) return;
      const answers = new Map<string, boolean | null>();
      for (const sha of hashes.split(',')) answers.set(sha, await isBlobOnServer(session, sha));
      if (!isCancelled) setKnown(answers);
    })();
    return () => {
      isCancelled = true;
    };
  }, [court, hashes]);
  return (sha256) => known.get(sha256) ?? null;
}
