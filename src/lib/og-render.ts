/** Renders og-image.ts cards to PNG with resvg, using a CJK font found on this machine (if any). */
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { ogSize, ogSvg, type OgCard } from './og-image.ts';
import { encodeIndexedPng } from './png.ts';

const fontCandidates = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
];

/** A font file with Chinese glyphs, or undefined: known places first, then fontconfig if present. */
export function findCjkFont(candidates: readonly string[] = fontCandidates): string | undefined {
  const known = candidates.find((file) => existsSync(file));
  if (known) return known;
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', 'sans-serif:lang=zh-cn:weight=bold'], { encoding: 'utf8', timeout: 5000 }).trim();
    const chinese = execFileSync('fc-list', [':lang=zh-cn', 'file'], { encoding: 'utf8', timeout: 5000 });
    return file && chinese.includes(file) ? file : undefined;
  } catch {
    return undefined; // No fontconfig either.
  }
}

/**
 * A copy of the font holding only `text`'s characters, written to a temp file, so resvg parses
 * about 20 KB per image instead of the 20 MB collection (0.4 s an image, minutes a build).
 * Uses HarfBuzz's subsetter (WebAssembly). In a .ttc the Simplified Chinese face is picked by index.
 * Returns the original file when subsetting fails: slower, never wrong.
 */
export async function subsetFont(fontFile: string, text: string): Promise<string> {
  try {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const noop = () => 0;
    const { instance } = await WebAssembly.instantiate(wasm, {
      env: { abort: () => { throw new Error('harfbuzz abort'); } },
      wasi_snapshot_preview1: { proc_exit: noop, fd_write: noop, fd_close: noop, fd_seek: noop },
    });
    const hb = instance.exports as Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };
    const font = readFileSync(fontFile);
    const at = hb['malloc']!(font.length);
    new Uint8Array(hb.memory.buffer).set(font, at);
    const blob = hb['hb_blob_create']!(at, font.length, 2 /* writable */, 0, 0);
    // Noto CJK collections order their faces JP, KR, SC, TC, HK: SC is face 2.
    const face = hb['hb_face_create']!(blob, fontFile.endsWith('.ttc') ? 2 : 0);
    const input = hb['hb_subset_input_create_or_fail']!();
    const unicodes = hb['hb_subset_input_unicode_set']!(input);
    for (const ch of new Set(text)) hb['hb_set_add']!(unicodes, ch.codePointAt(0)!);
    const subset = hb['hb_subset_or_fail']!(face, input);
    if (!subset) return fontFile;
    const out = hb['hb_face_reference_blob']!(subset);
    const length = hb['hb_blob_get_length']!(out);
    const data = hb['hb_blob_get_data']!(out, 0);
    const file = join(mkdtempSync(join(tmpdir(), 'og-font-')), 'subset.otf');
    writeFileSync(file, new Uint8Array(hb.memory.buffer).slice(data, data + length));
    return file;
  } catch (error) {
    console.warn(`[og] font subsetting failed, using the whole font: ${String(error)}`);
    return fontFile;
  }
}

let warned = false;

/**
 * The card as a PNG, with the font file from findCjkFont(). Without one the text is left out (resvg skips glyphs it cannot find)
 * and the build goes on with a warning: a preview card is never worth a failed deploy.
 */
export function renderOgPng(card: OgCard, fontFile: string | undefined): Uint8Array {
  if (!fontFile && !warned) {
    warned = true;
    console.warn('[og] no CJK font found (install fonts-noto-cjk): preview images are drawn without text');
  }
  const resvg = new Resvg(ogSvg(card), {
    font: { loadSystemFonts: false, fontFiles: fontFile ? [fontFile] : [], defaultFontFamily: 'Noto Sans CJK SC' },
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  return encodeIndexedPng(image.pixels, ogSize.width, ogSize.height) ?? image.asPng();
}
