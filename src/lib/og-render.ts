/** Renders og-image.ts cards to PNG with resvg, using a CJK font found on this machine (if any). */
import { existsSync } from 'node:fs';
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
