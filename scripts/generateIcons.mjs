#!/usr/bin/env node
// Renders build/icons/icon.svg into the PNG sizes electron-builder wants for Linux (build/icons/NxN.png) and
// a Windows icon.ico that embeds the PNGs. Uses a headless Chromium to rasterise the SVG, so nothing beyond
// the browser the end-to-end tests already use is needed. Run: npm run build:icons
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ICONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icons');
const SOURCE = path.join(ICONS_DIR, 'icon.svg');
const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 32, 48, 64, 128, 256];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const work = mkdtempSync(path.join(tmpdir(), 'fieldwrit-icons-'));
try {
  const pngs = new Map();
  for (const size of PNG_SIZES) {
    const page = path.join(work, `icon-${size}.html`);
    // An <img> of exactly the target size: Chromium scales the vector, not a bitmap.
    writeFileSync(
      page,
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${pathToFileURL(SOURCE).href}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    const out = path.join(work, `${size}.png`);
    execFileSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        '--default-background-color=00000000',
        '--force-device-scale-factor=1',
        `--window-size=${size},${size}`,
        `--screenshot=${out}`,
        pathToFileURL(page).href,
      ],
      { stdio: 'ignore' },
    );
    const png = readFileSync(out);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (width !== size || height !== size)
      throw new Error(`Rendered ${width}x${height} instead of ${size}x${size}`);
    pngs.set(size, png);
    writeFileSync(path.join(ICONS_DIR, `${size}x${size}.png`), png);
  }
  writeFileSync(
    path.join(ICONS_DIR, 'icon.ico'),
    icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
  );
  process.stdout.write(
    `Wrote ${PNG_SIZES.map((s) => `${s}x${s}.png`).join(', ')} and icon.ico to ${ICONS_DIR}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** An ICO file whose images are PNG streams (supported since Windows Vista; 256 px must be PNG). */
function icoOf(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width, 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}
