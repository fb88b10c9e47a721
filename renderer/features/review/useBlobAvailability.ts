import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/visits/attachment';
import { isBlobOnServer } from '../../sync/blobs/isBlobOnServer';
import { syncEngine } from '../../sync/syncEngineInstance';

/**
 * Whether the court server holds each photo's bytes, asked once per photo when the review screen opens.
 * Unknown (null) while asking, when offline, or when not signed in.
 */
export function useBlobAvailability(attachments: readonly Attachment[]): (sha256: string) => boolean | null {
  const [known, setKnown] = useState<ReadonlyMap<string, boolean | null>>(new Map());
  const hashes = [...new Set(attachments.map((a) => a.sha256))].sort().join(',');
  useEffect(() => {
    let isCancelled = false;
    void (async () => {
      const context = await syncEngine()?.serverContext();
      if (!context || hashes === '') return;
      const answers = new Map<string, boolean | null>();
      for (const sha of hashes.split(',')) answers.set(sha, await isBlobOnServer(context, sha));
      if (!isCancelled) setKnown(answers);
    })();
    return () => {
      isCancelled = true;
    };
  }, [hashes]);
  return (sha256) => known.get(sha256) ?? null;
}
