import { createHash, randomBytes } from 'node:crypto';
import { createConnection, createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CourtSession } from '../../../renderer/sync/court/CourtConnection';
import type { BlobSource, PendingBlob } from '../../../renderer/sync/blobs/BlobSource';
import { downloadBlob } from '../../../renderer/sync/blobs/downloadBlob';
import { uploadBlob } from '../../../renderer/sync/blobs/uploadBlob';
import { uploadPendingBlobs } from '../../../renderer/sync/blobs/uploadPendingBlobs';
import type { BlobUploadProgress } from '../../../renderer/sync/blobs/uploadPendingBlobs';
import { CourtHttpError } from '../../../renderer/sync/court/CourtHttpError';
import {
  DEFAULT_CHUNK_BYTES,
  MAX_CHUNK_BYTES,
  MIN_FALLBACK_CHUNK_BYTES,
} from '../../../shared/sync/blobProtocol';
import { countRows, createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TestDevice } from './support/TestDevice';
import { authStateOf, courtSessionFor } from '../sync/support/courtSessionFor';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const CHUNK = 64 * 1024;

/** One request the app sent: method, path and body length. */
type Sent = { method: string; path: string; bodyBytes: number };

/** fetch that logs every request it sends (the app's fetchImpl seam), optionally failing chosen answers. */
function loggingFetch(
  sent: Sent[],
  loseAnswer: (request: Sent, index: number) => boolean = () => false,
): typeof fetch {
  return async (input, init) => {
    const body = init?.body;
    const request: Sent = {
      method: init?.method ?? 'GET',
      path: new URL(String(input)).pathname,
      bodyBytes: body instanceof Uint8Array ? body.byteLength : typeof body === 'string' ? body.length : 0,
    };
    sent.push(request);
    const response = await fetch(input, init);
    if (loseAnswer(request, sent.length - 1)) {
      // The server handled the request; the answer never reaches the app (connection dropped mid-response).
      await response.arrayBuffer();
      throw new TypeError('fetch failed');
    }
    return response;
  };
}

/**
 * A TCP proxy that forwards everything, except that once the bytes sent by the client (all connections
 * together) pass `cutAfter`, it forwards exactly up to that byte and then cuts that connection: a request
 * dropped mid-body, the server receiving part of a chunk.
 */
function startCuttingProxy(
  target: string,
  cutAfter: number,
): Promise<{ url: string; cuts: () => number; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target);
  let forwarded = 0;
  let cuts = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    sockets.add(client).add(upstream);
    client.on('data', (data: Buffer) => {
      if (cuts === 0 && forwarded + data.length > cutAfter) {
        upstream.write(data.subarray(0, cutAfter - forwarded));
        forwarded = cutAfter;
        cuts++;
        // Give the partial body a moment to reach the server before the line goes dead.
        setTimeout(() => {
          client.destroy();
          upstream.destroy();
        }, 20);
        return;
      }
      forwarded += data.length;
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => client.write(data));
    const cleanup = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', cleanup);
      socket.on('close', cleanup);
    }
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        cuts: () => cuts,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Blobs held in memory the way the attachment store holds them on a device. */
function memorySource(
  blobs: { bytes: Uint8Array; declaredSha256?: string }[],
  caseId: string,
): BlobSource & { marked: string[] } {
  const entries = blobs.map((b) => ({ ...b, sha256: b.declaredSha256 ?? sha(b.bytes) }));
  const marked: string[] = [];
  return {
    marked,
    pendingUploads: async (): Promise<PendingBlob[]> =>
      entries
        .filter((e) => !marked.includes(e.sha256))
        .map((e) => ({ sha256: e.sha256, size: e.bytes.byteLength, mediaType: 'image/jpeg', caseId })),
    read: async (sha256, offset, length) => {
      const entry = entries.find((e) => e.sha256 === sha256);
      if (!entry) throw new Error(`no bytes for ${sha256}`);
      return entry.bytes.slice(offset, offset + length);
    },
    markUploaded: async (sha256) => {
      marked.push(sha256);
    },
  };
}

describe.each(STORAGES)("the app's blob client against the court server (%s)", (kind) => {
  const ctx = useServerSuite(kind);
  let baseUrl = '';
  beforeAll(async () => {
    baseUrl = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });

  /** A signed-in session of `username` as the app holds one (its home, the court connection). */
  const contextFor = async (
    username: string,
    sent: Sent[] = [],
    fetchImpl?: typeof fetch,
    url = baseUrl,
  ): Promise<CourtSession> => {
    const device = await TestDevice.login(ctx.app, username);
    const auth = authStateOf(url, device.session);
    return (await courtSessionFor(auth, { fetchImpl: fetchImpl ?? loggingFetch(sent) })).session;
  };
  const upload = (session: CourtSession, bytes: Uint8Array, progress: number[] = []) =>
    uploadBlob({
      session,
      sha256: sha(bytes),
      size: bytes.byteLength,
      mediaType: 'image/jpeg',
      readChunk: async (offset, length) => bytes.slice(offset, offset + length),
      chunkSize: CHUNK,
      retryDelayMs: 10,
      onProgress: (bytesSent) => progress.push(bytesSent),
    });
  const patchBytes = (sent: Sent[]) =>
    sent.filter((s) => s.method === 'PATCH').reduce((n, s) => n + s.bodyBytes, 0);

  it('uploads in chunks, then finds the same bytes already on the server for their uploader (nothing sent twice)', async () => {
    const sent: Sent[] = [];
    const context = await contextFor('a1', sent);
    const bytes = randomBytes(5 * CHUNK + 123);
    const progress: number[] = [];
    expect(await upload(context, bytes, progress)).toBe('stored');
    expect(sent.filter((s) => s.method === 'PATCH')).toHaveLength(6);
    expect(patchBytes(sent)).toBe(bytes.byteLength);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5].map((i) => i * CHUNK).concat(bytes.byteLength));

    // Its uploader announcing it again sends nothing; anyone else proves possession by sending the
    // bytes (blobs by right, blobRights.test.ts), which the server still keeps once.
    const againSent: Sent[] = [];
    expect(await upload(await contextFor('a1', againSent), bytes)).toBe('exists');
    expect(againSent.map((s) => s.method)).toEqual(['POST']);
    expect(await upload(await contextFor('b1'), bytes)).toBe('stored');
    expect(await countRows(ctx.sql, 'blob', 'sha256 = $1', [sha(bytes)])).toBe(1);
  });

  it('sends chunks of the default size, up to 4 MiB, which the server takes over real HTTP', async () => {
    const sent: Sent[] = [];
    const device = await TestDevice.login(ctx.app, 'a1');
    const context = (
      await courtSessionFor(authStateOf(baseUrl, device.session), { fetchImpl: loggingFetch(sent) })
    ).session;
    const bytes = randomBytes(MAX_CHUNK_BYTES + 1_000);
    const outcome = await uploadBlob({
      session: context,
      sha256: sha(bytes),
      size: bytes.byteLength,
      mediaType: 'image/jpeg',
      readChunk: async (offset, length) => bytes.slice(offset, offset + length),
    });
    expect(outcome).toBe('stored');
    expect(sent.filter((s) => s.method === 'PATCH').map((s) => s.bodyBytes)).toEqual([
      DEFAULT_CHUNK_BYTES,
      1_000,
    ]);
    expect(sha((await downloadBlob(context, sha(bytes)))!.bytes)).toBe(sha(bytes));

    // One byte over the limit is answered 413 over a real connection (not a reset), so the app can tell.
    const tooBig = await fetch(
      `${baseUrl}/sync/v1/blobs/uploads/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`,
      {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${device.token}`,
          'content-type': 'application/octet-stream',
          'upload-offset': '0',
          'chunk-sha256': sha(new Uint8Array(1)),
        },
        body: new Uint8Array(MAX_CHUNK_BYTES + 1),
      },
    );
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe('blob.chunkTooLarge');
  });

  it('halves its chunks for a court server of an older build that takes at most 1 MiB', async () => {
    const sent: Sent[] = [];
    const real = loggingFetch(sent);
    const olderServer: typeof fetch = async (input, init) => {
      const body = init?.body;
      if (
        init?.method === 'PATCH' &&
        body instanceof Uint8Array &&
        body.byteLength > MIN_FALLBACK_CHUNK_BYTES
      ) {
        sent.push({ method: 'PATCH', path: new URL(String(input)).pathname, bodyBytes: -body.byteLength });
        const message = {
          'zh-CN': '单个分块过大（上限 1 MB），请使用更小的分块',
          en: 'The chunk is too large (limit 1 MB)',
        };
        return Response.json({ error: { code: 'blob.chunkTooLarge', message } }, { status: 413 });
      }
      return real(input, init);
    };
    const context = await contextFor('a1', sent, olderServer);
    const bytes = randomBytes(3 * MIN_FALLBACK_CHUNK_BYTES + 500);
    const outcome = await uploadBlob({
      session: context,
      sha256: sha(bytes),
      size: bytes.byteLength,
      mediaType: 'image/jpeg',
      readChunk: async (offset, length) => bytes.slice(offset, offset + length),
      maxAttempts: 1,
    });
    expect(outcome).toBe('stored');
    // Refused (negative): 4 MiB, then 2 MiB; then 1 MiB chunks from where the server is, nothing lost.
    const MiB = MIN_FALLBACK_CHUNK_BYTES;
    expect(sent.filter((s) => s.method === 'PATCH').map((s) => s.bodyBytes)).toEqual([
      -bytes.byteLength,
      -2 * MiB,
      MiB,
      MiB,
      MiB,
      500,
    ]);
    expect(sha((await downloadBlob(context, sha(bytes)))!.bytes)).toBe(sha(bytes));
  });

  it('resumes from the server offset after the connection is cut mid-chunk (bytes sent ≤ size + one chunk)', async () => {
    const proxy = await startCuttingProxy(baseUrl, CHUNK + CHUNK / 2 + 2_000);
    try {
      const sent: Sent[] = [];
      const context = await contextFor('a1', sent, undefined, proxy.url);
      const bytes = randomBytes(4 * CHUNK + 999);
      const progress: number[] = [];
      expect(await upload(context, bytes, progress)).toBe('stored');
      expect(proxy.cuts()).toBe(1);
      // Chunk 2 was cut: the app asked the server where it was and went on from the end of chunk 1.
      expect(sent.map((s) => s.method)).toEqual([
        'POST',
        'PATCH',
        'PATCH',
        'HEAD',
        'PATCH',
        'PATCH',
        'PATCH',
        'PATCH',
        'POST',
      ]);
      expect(progress).toEqual([0, CHUNK, CHUNK, 2 * CHUNK, 3 * CHUNK, 4 * CHUNK, bytes.byteLength]);
      expect(patchBytes(sent)).toBeLessThanOrEqual(bytes.byteLength + CHUNK);
      expect(patchBytes(sent)).toBe(bytes.byteLength + CHUNK);
      const back = await downloadBlob(context, sha(bytes));
      expect(back && sha(back.bytes)).toBe(sha(bytes));
    } finally {
      await proxy.close();
    }
  });

  it('does not resend a chunk the server stored when only its answer was lost', async () => {
    const sent: Sent[] = [];
    let lost = 0;
    const fetchImpl = loggingFetch(
      sent,
      (request) =>
        request.method === 'PATCH' && sent.filter((s) => s.method === 'PATCH').length === 3 && lost++ === 0,
    );
    const context = await contextFor('a1', sent, fetchImpl);
    const bytes = randomBytes(4 * CHUNK);
    expect(await upload(context, bytes)).toBe('stored');
    expect(lost).toBe(1);
    expect(sent.map((s) => s.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH', 'HEAD', 'PATCH', 'POST']);
    expect(patchBytes(sent)).toBe(bytes.byteLength);
  });

  it('continues in a later run from where an interrupted run stopped', async () => {
    const bytes = randomBytes(6 * CHUNK);
    const firstSent: Sent[] = [];
    const first = await contextFor('a2', firstSent);
    await expect(
      uploadBlob({
        session: first,
        sha256: sha(bytes),
        size: bytes.byteLength,
        mediaType: 'image/jpeg',
        chunkSize: CHUNK,
        // The app was closed while the third chunk was being read.
        readChunk: async (offset, length) => {
          if (offset >= 2 * CHUNK) throw new Error('app closed');
          return bytes.slice(offset, offset + length);
        },
      }),
    ).rejects.toThrow('app closed');
    expect(patchBytes(firstSent)).toBe(2 * CHUNK);

    const laterSent: Sent[] = [];
    const progress: number[] = [];
    expect(await upload(await contextFor('a2', laterSent), bytes, progress)).toBe('stored');
    expect(progress[0]).toBe(2 * CHUNK);
    expect(patchBytes(laterSent)).toBe(4 * CHUNK);
  });

  it('refreshes the token once on 401 and sends the same request again', async () => {
    const device = await TestDevice.login(ctx.app, 'a1');
    const sent: Sent[] = [];
    // A token the server refuses, though the device believes it has minutes left.
    const auth = { ...authStateOf(baseUrl, device.session), accessToken: 'expired.token.value' };
    const { session } = await courtSessionFor(auth, { fetchImpl: loggingFetch(sent) });
    const bytes = randomBytes(1_000);
    expect(await upload(session, bytes)).toBe('stored');
    expect(sent.filter((s) => s.path === '/auth/v1/refresh').length).toBeGreaterThan(0);
  });

  it('downloads whole blobs (checked against their hash) and ranges, and null for a blob not there yet', async () => {
    const context = await contextFor('a1');
    const bytes = randomBytes(3 * CHUNK + 10);
    await upload(context, bytes);
    const reader = await contextFor('a1');
    const whole = await downloadBlob(reader, sha(bytes));
    expect(
      whole && {
        sha: sha(whole.bytes),
        offset: whole.offset,
        totalSize: whole.totalSize,
        mediaType: whole.mediaType,
      },
    ).toEqual({
      sha: sha(bytes),
      offset: 0,
      totalSize: bytes.byteLength,
      mediaType: 'image/jpeg',
    });
    const part = await downloadBlob(reader, sha(bytes), { offset: CHUNK - 5, length: CHUNK + 10 });
    expect(part && Buffer.compare(part.bytes, bytes.subarray(CHUNK - 5, 2 * CHUNK + 5))).toBe(0);
    expect(part && { offset: part.offset, totalSize: part.totalSize }).toEqual({
      offset: CHUNK - 5,
      totalSize: bytes.byteLength,
    });
    const tail = await downloadBlob(reader, sha(bytes), { offset: 3 * CHUNK });
    expect(tail?.bytes.byteLength).toBe(10);
    expect(await downloadBlob(reader, sha(randomBytes(4)))).toBeNull();
    const beyond = downloadBlob(reader, sha(bytes), { offset: bytes.byteLength });
    await expect(beyond).rejects.toBeInstanceOf(CourtHttpError);
    await expect(beyond).rejects.toMatchObject({
      status: 416,
      problem: { code: 'blob.rangeNotSatisfiable' },
    });
  });

  it('uploads every pending blob, marks each, and reports one that does not match its hash without stopping', async () => {
    const good = [randomBytes(2 * CHUNK + 7), randomBytes(100)];
    const corrupt = randomBytes(CHUNK);
    const { cases } = await createCases(ctx.sql, ctx.court.teamA);
    const source = memorySource(
      [{ bytes: good[0]! }, { bytes: corrupt, declaredSha256: sha(randomBytes(CHUNK)) }, { bytes: good[1]! }],
      cases[0]!.id,
    );
    const progress: BlobUploadProgress[] = [];
    const result = await uploadPendingBlobs(source, await contextFor('a1'), (p) => progress.push(p), {
      chunkSize: CHUNK,
      retryDelayMs: 10,
    });
    expect(result.uploaded).toEqual(good.map(sha));
    expect(source.marked).toEqual(good.map(sha));
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]!.error).toMatchObject({ status: 422, problem: { code: 'blob.hashMismatch' } });
    const total = good[0]!.byteLength + corrupt.byteLength + good[1]!.byteLength;
    expect(progress.at(-1)).toEqual({ blobsDone: 3, blobsTotal: 3, bytesDone: total, bytesTotal: total });
    const done = progress.map((p) => p.bytesDone);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    for (const bytes of good)
      expect(sha((await downloadBlob(await contextFor('a1'), sha(bytes)))!.bytes)).toBe(sha(bytes));

    // Next run: only the one that failed is still pending.
    expect((await source.pendingUploads()).map((p) => p.size)).toEqual([CHUNK]);
  });

  it('stops the run when the server is unreachable, marking nothing', async () => {
    const source = memorySource([{ bytes: randomBytes(500) }], 'case-never-reached');
    const context = await contextFor('a1', [], undefined, 'http://127.0.0.1:9');
    await expect(
      uploadPendingBlobs(source, context, undefined, { retryDelayMs: 1, maxAttempts: 2 }),
    ).rejects.toMatchObject({
      status: 0,
    });
    expect(source.marked).toEqual([]);
  });
});
