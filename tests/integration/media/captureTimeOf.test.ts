import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureTimeOf } from '../../../shared/media/captureTimeOf';
import { readExifDateTime } from '../../../shared/media/readExifDateTime';
import { readMvhdCreationTime, type ReadAt } from '../../../shared/media/readMvhdCreationTime';

// Written by tests/fixtures/media/makeMediaFixtures.py: a real JPEG with a hand-built EXIF APP1 segment,
// an MP4 whose moov (with mvhd) comes after mdat, as body-cams write it.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/media/${name}`, import.meta.url)));
const readerOf =
  (bytes: Uint8Array): ReadAt =>
  async (offset, length) =>
    bytes.slice(offset, offset + length);

const NOW = Date.UTC(2025, 5, 3, 1, 0, 0);
const SHOT = Date.UTC(2024, 2, 15, 1, 41, 27);

describe('readExifDateTime', () => {
  it('reads DateTimeOriginal and OffsetTimeOriginal (big-endian TIFF)', () => {
    expect(readExifDateTime(fixture('photo-exif.jpg'))).toEqual({
      year: 2024,
      month: 3,
      day: 15,
      hour: 9,
      minute: 41,
      second: 27,
      offsetMinutes: 480,
    });
  });

  it('reads DateTimeOriginal without an offset (little-endian TIFF)', () => {
    expect(readExifDateTime(fixture('photo-exif-local.jpg'))).toMatchObject({ hour: 9, offsetMinutes: null });
  });

  it('answers null, never throws, for a JPEG without EXIF and for damaged or truncated segments', () => {
    const photo = fixture('photo-exif.jpg');
    expect(readExifDateTime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBeNull();
    for (let cut = 0; cut < photo.length; cut += 7)
      expect(() => readExifDateTime(photo.slice(0, cut))).not.toThrow();
    const damaged = photo.slice();
    // The IFD0 offset pointed far outside the segment.
    damaged.set([0x7f, 0xff, 0xff, 0xff], 2 + 4 + 6 + 4);
    expect(readExifDateTime(damaged)).toBeNull();
  });
});

describe('readMvhdCreationTime', () => {
  it('finds the movie header in a moov written after mdat', async () => {
    const mp4 = fixture('recording.mp4');
    expect(await readMvhdCreationTime(readerOf(mp4), mp4.length)).toBe(SHOT);
  });

  it('answers null for files without moov and for damaged box sizes', async () => {
    const wav = fixture('recording.wav');
    expect(await readMvhdCreationTime(readerOf(wav), wav.length)).toBeNull();
    const mp4 = fixture('recording.mp4');
    const damaged = mp4.slice();
    damaged.set([0, 0, 0, 3], 0);
    expect(await readMvhdCreationTime(readerOf(damaged), damaged.length)).toBeNull();
  });
});

describe('captureTimeOf', () => {
  const lastModified = Date.UTC(2024, 4, 1, 2, 0, 0);

  it("prefers the file's own time: EXIF for a JPEG, mvhd for a recording", async () => {
    const jpeg = fixture('photo-exif.jpg');
    const mp4 = fixture('recording.mp4');
    expect(
      await captureTimeOf({ size: jpeg.length, lastModified }, 'image/jpeg', readerOf(jpeg), NOW),
    ).toEqual({
      atMs: SHOT,
      source: 'exif',
    });
    expect(await captureTimeOf({ size: mp4.length, lastModified }, 'video/mp4', readerOf(mp4), NOW)).toEqual({
      atMs: SHOT,
      source: 'media',
    });
  });

  it('falls back to the last-modified time, then to the attach time', async () => {
    const wav = fixture('recording.wav');
    const read = readerOf(wav);
    expect(await captureTimeOf({ size: wav.length, lastModified }, 'audio/wav', read, NOW)).toEqual({
      atMs: lastModified,
      source: 'file',
    });
    // A clock far in the future (or none at all) is not the file's time.
    for (const bad of [0, NOW + 24 * 3600_000])
      expect(await captureTimeOf({ size: wav.length, lastModified: bad }, 'audio/wav', read, NOW)).toEqual({
        atMs: NOW,
        source: 'attached',
      });
  });

  it('does not read EXIF from bytes whose sniffed type is not JPEG', async () => {
    const jpeg = fixture('photo-exif.jpg');
    const found = await captureTimeOf({ size: jpeg.length, lastModified }, 'image/png', readerOf(jpeg), NOW);
    expect(found.source).toBe('file');
  });
});
