import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { ogImagePath, ogSize, ogSvg, textWidthEm, wrapTitle } from '../../src/lib/og-image.ts';
import { findCjkFont, renderOgPng, subsetFont } from '../../src/lib/og-render.ts';
import { statSync } from 'node:fs';
import { encodeIndexedPng } from '../../src/lib/png.ts';

/** Reads width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { signature: [...png.subarray(0, 8)], width: view.getUint32(16), height: view.getUint32(20), colourType: png[25] };
}
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('which preview image a page uses', () => {
  const provinces = new Map([['hangzhou', 'zhejiang']]);
  it('gives every page of a city that city’s image, and a province page its own', () => {
    expect(ogImagePath('/cities/hangzhou/', provinces)).toBe('/og/cities/hangzhou.png');
    expect(ogImagePath('/cities/hangzhou/balance/wechat/', provinces)).toBe('/og/cities/hangzhou.png');
    expect(ogImagePath('/provinces/zhejiang/', provinces)).toBe('/og/provinces/zhejiang.png');
    expect(ogImagePath('/cities/nowhere/', provinces)).toBe('/og/default.png');
  });
  it('gives guides and channel how-tos their own image, and index pages the default', () => {
    expect(ogImagePath('/guides/withdrawal/', provinces)).toBe('/og/guides/withdrawal.png');
    expect(ogImagePath('/channels/app/', provinces)).toBe('/og/channels/app.png');
    expect(ogImagePath('/cities/', provinces)).toBe('/og/default.png');
    expect(ogImagePath('/', provinces)).toBe('/og/default.png');
    expect(ogImagePath('/updates/', provinces)).toBe('/og/default.png');
  });
});

describe('the card drawing', () => {
  it('counts Chinese characters as twice as wide as digits', () => {
    expect(textWidthEm('杭州')).toBe(2);
    expect(textWidthEm('12393')).toBeCloseTo(2.75);
  });
  it('breaks a long title after punctuation and marks a cut with an ellipsis', () => {
    const lines = wrapTitle('子女怎样帮父母查医保、用家庭共济：手机上绑定家人的办法和注意事项一二三四五', 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('子女怎样帮父母查医保、');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(13);
  });
  it('keeps a short title on one line untouched', () => {
    expect(wrapTitle('杭州', 7, 1)).toEqual(['杭州']);
  });
  it('escapes text so a title cannot break the SVG', () => {
    const svg = ogSvg({ kicker: 'A&B', title: '<script>', lines: ['"x"'] });
    expect(svg).toContain('A&amp;B');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(`width="${ogSize.width}"`);
  });
});

describe('the palette PNG encoder', () => {
  it('writes a palette PNG whose pixels decode back to the rounded colours', () => {
    const [w, h] = [3, 2];
    const rgba = Uint8Array.from([11, 92, 173, 255, 255, 255, 255, 255, 11, 92, 173, 255, 0, 0, 0, 255, 255, 191, 71, 255, 255, 255, 255, 255]);
    const png = encodeIndexedPng(rgba, w, h)!;
    const header = pngHeader(png);
    expect(header).toEqual({ signature: pngSignature, width: 3, height: 2, colourType: 3 });
    const text = new TextDecoder('latin1').decode(png);
    const plteAt = text.indexOf('PLTE');
    const plteLength = new DataView(png.buffer).getUint32(plteAt - 4);
    expect(plteLength).toBe(4 * 3); // blue, white, black, yellow
    const idatAt = text.indexOf('IDAT');
    const idatLength = new DataView(png.buffer).getUint32(idatAt - 4);
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + idatLength));
    expect([...raw]).toEqual([0, 0, 1, 0, 0, 2, 3, 1]);
  });
  it('gives up on a picture with more than 256 colours so the caller keeps full colour', () => {
    const rgba = new Uint8Array(300 * 4);
    for (let i = 0; i < 300; i++) rgba.set([(i % 16) * 16, (Math.floor(i / 16) % 16) * 16, Math.floor(i / 256) * 16, 255], i * 4);
    expect(encodeIndexedPng(rgba, 300, 1)).toBeUndefined();
  });
  it('refuses pixels that do not match the size', () => {
    expect(() => encodeIndexedPng(new Uint8Array(7), 1, 2)).toThrow();
  });
});

describe('rendering a card', () => {
  const card = { kicker: '医保查询指南', title: '乌鲁木齐', lines: ['医保余额、取现、退休缴费、每月划入', '医保热线 0991-12393'] };
  it('draws a 1200×630 PNG under 50 KB even when no font is available', () => {
    const png = renderOgPng(card, undefined);
    expect(pngHeader(png)).toMatchObject({ signature: pngSignature, width: 1200, height: 630 });
    expect(png.length).toBeLessThan(50 * 1024);
  });
  it.runIf(findCjkFont() !== undefined)('draws the Chinese text with a CJK font and stays under 50 KB', () => {
    const withFont = renderOgPng({ ...card, title: '子女怎样帮父母查医保、用家庭共济：手机上绑定家人的办法' }, findCjkFont());
    const without = renderOgPng({ ...card, title: '子女怎样帮父母查医保、用家庭共济：手机上绑定家人的办法' }, undefined);
    expect(withFont.length).toBeLessThan(50 * 1024);
    // Glyph edges add detail: the same card with text is clearly bigger than without.
    expect(withFont.length).toBeGreaterThan(without.length * 1.3);
  });
});

describe('the font subset for preview cards', () => {
  const font = findCjkFont();
  it.skipIf(!font)('keeps only the cards’ characters, so each card parses a small font', async () => {
    const file = await subsetFont(font!, '杭州医保');
    expect(file).not.toBe(font);
    expect(statSync(file).size).toBeLessThan(100_000);
    const png = renderOgPng({ kicker: '医保', title: '杭州', lines: [] }, file);
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
  it('falls back to the whole font when subsetting fails', async () => {
    expect(await subsetFont('/nonexistent/font.ttc', '杭州')).toBe('/nonexistent/font.ttc');
  });
});
