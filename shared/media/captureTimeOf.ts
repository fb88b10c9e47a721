import type { CaptureTimeSource } from '../visits/attachment';
import { readExifDateTime, EXIF_SCAN_BYTES } from './readExifDateTime';
import { readMvhdCreationTime, type ReadAt } from './readMvhdCreationTime';

/** What `captureTimeOf` needs of a captured file (a DOM `File` has all of it). */
export type CapturedFile = { size: number; lastModified: number };

/** The capture instant (epoch ms) and where it came from. */
export type CaptureTime = { atMs: number; source: CaptureTimeSource };

/** A file "modified" later than now (plus this much clock drift) has a wrong clock, not a real time. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

function exifInstant(e: NonNullable<ReturnType<typeof readExifDateTime>>): number {
  if (e.offsetMinutes !== null)
    return Date.UTC(e.year, e.month - 1, e.day, e.hour, e.minute, e.second) - e.offsetMinutes * 60_000;
  // No offset written: the camera showed the officer's local time, the time zone this device is in.
  return new Date(e.year, e.month - 1, e.day, e.hour, e.minute, e.second).getTime();
}

/**
 * When a file was captured, by its own account where it has one: a JPEG's EXIF DateTimeOriginal, an
 * MP4/MOV/M4A recording's `mvhd` creation time, else the file's last-modified time (a recorder's file
 * copied to the laptop keeps it), and only when none is usable, the moment it was attached (`nowMs`).
 * `mediaType` is the sniffed type: the declared one may lie.
 */
export async function captureTimeOf(
  file: CapturedFile,
  mediaType: string,
  readAt: ReadAt,
  nowMs: number,
): Promise<CaptureTime> {
  const isPlausible = (ms: number) => Number.isFinite(ms) && ms > 0 && ms <= nowMs + FUTURE_TOLERANCE_MS;
  if (mediaType === 'image/jpeg') {
    const exif = readExifDateTime(await readAt(0, Math.min(file.size, EXIF_SCAN_BYTES)));
    if (exif && isPlausible(exifInstant(exif))) return { atMs: exifInstant(exif), source: 'exif' };
  }
  if (mediaType === 'video/mp4' || mediaType === 'video/quicktime' || mediaType === 'audio/mp4') {
    const created = await readMvhdCreationTime(readAt, file.size);
    if (created !== null && isPlausible(created)) return { atMs: created, source: 'media' };
  }
  if (isPlausible(file.lastModified)) return { atMs: file.lastModified, source: 'file' };
  return { atMs: nowMs, source: 'attached' };
}
