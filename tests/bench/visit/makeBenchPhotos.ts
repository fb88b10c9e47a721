/*
 * Runs INSIDE Chromium. Photos for the capture benchmark: a real JPEG (a 4000 × 3000 camera frame of
 * noise over a gradient, which compresses about as badly as a photo of a workshop), encoded by the
 * browser at the highest quality that stays under `bytes`, then padded after its end-of-image marker to
 * exactly `bytes`. Decoders stop at that marker, so every copy still decodes (the thumbnail is real work),
 * and each copy's padding is random, so every photo has its own SHA-256 (the blob store keeps a photo
 * attached twice only once, which would turn later captures into no-ops).
 */

const WIDTH = 4000;
const HEIGHT = 3000;

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', quality),
  );
}

function drawFrame(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(WIDTH, HEIGHT);
  const px = image.data;
  // A fixed linear congruential generator: the same frame every run.
  let seed = 20250701;
  for (let i = 0; i < px.length; i += 4) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const x = (i / 4) % WIDTH;
    const y = Math.floor(i / 4 / WIDTH);
    px[i] = ((x * 255) / WIDTH + (seed & 0x3f)) & 0xff;
    px[i + 1] = ((y * 255) / HEIGHT + ((seed >>> 8) & 0x3f)) & 0xff;
    px[i + 2] = (128 + ((seed >>> 16) & 0x7f)) & 0xff;
    px[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** `count` distinct JPEG files of exactly `bytes` each, named like a camera's. */
export async function makeBenchPhotos(count: number, bytes: number): Promise<File[]> {
  const canvas = drawFrame();
  // Bisect the quality: the largest encoding that leaves room for some padding.
  let low = 0.3;
  let high = 1;
  let best: Blob | null = null;
  for (let i = 0; i < 7; i++) {
    const quality = (low + high) / 2;
    const blob = await encode(canvas, quality);
    if (blob.size <= bytes - 1024) {
      best = blob;
      low = quality;
    } else high = quality;
  }
  if (best === null) throw new Error(`no JPEG of the bench frame fits in ${bytes} bytes`);
  const jpeg = new Uint8Array(await best.arrayBuffer());
  return Array.from({ length: count }, (_, n) => {
    const photo = new Uint8Array(bytes);
    photo.set(jpeg);
    // getRandomValues fills at most 65,536 bytes per call.
    for (let offset = jpeg.length; offset < bytes; offset += 65_536)
      crypto.getRandomValues(photo.subarray(offset, Math.min(bytes, offset + 65_536)));
    return new File([photo], `IMG_${String(n + 1).padStart(4, '0')}.jpg`, { type: 'image/jpeg' });
  });
}
