/**
 * Social preview images (Open Graph), drawn at build time: an SVG from the page's words, which
 * og-render.ts turns into a PNG. Pure: no files, no fonts. No external service.
 *
 * One image per city (used by all of that city's pages, so the card names the city), one per province,
 * guide and channel how-to, and a default. og-render.ts cuts the CJK font down to the cards' characters
 * first: parsing the whole 20 MB font for every card made 338 city cards cost minutes per build. When no CJK font is installed the images are still drawn, with
 * the shapes only: a missing font must never fail the build.
 */
export const ogSize = { width: 1200, height: 630 } as const;

/** What an image says: a small line above, the big title, and up to two lines below. */
export interface OgCard {
  kicker: string;
  title: string;
  lines: readonly string[];
}

/** The image a page uses, from its path alone (the map says which city slugs exist), so layouts need no extra prop. */
export function ogImagePath(pathname: string, provinceOfCity: ReadonlyMap<string, string>): string {
  const [first, id] = pathname.split('/').filter(Boolean);
  if (!id) return '/og/default.png';
  if (first === 'cities') return provinceOfCity.has(id) ? `/og/cities/${id}.png` : '/og/default.png';
  if (first === 'provinces') return `/og/provinces/${id}.png`;
  if (first === 'guides' || first === 'channels') return `/og/${first}/${id}.png`;
  return '/og/default.png';
}

/** Counts a CJK character as one em and a Latin letter or digit as about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff]/.test(ch) ? 0.55 : 1;
  return width;
}

/**
 * Breaks a title into at most `maxLines` lines of at most `maxEm` ems, preferring to break after
 * Chinese punctuation; the last line ends in “…” when the title does not fit.
 */
export function wrapTitle(title: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = [...title.trim()];
  while (rest.length && lines.length < maxLines) {
    let take = 0;
    let width = 0;
    while (take < rest.length && width + textWidthEm(rest[take]!) <= maxEm) width += textWidthEm(rest[take++]!);
    if (take < rest.length) {
      // Break after the last punctuation mark in the second half of the line, if there is one.
      const punct = rest.slice(0, take).findLastIndex((ch) => /[：，、；。？！）]/.test(ch));
      if (punct >= take / 2) take = punct + 1;
    }
    let line = rest.slice(0, take).join('');
    rest = rest.slice(take);
    if (lines.length === maxLines - 1 && rest.length) {
      line = [...line].slice(0, -1).join('') + '…';
      rest = [];
    }
    lines.push(line);
  }
  return lines;
}

/** Words on every card besides the card's own, so a font subset includes them (… ends wrapped titles). */
export const ogFixedText = '每条都注明出处和核实日期… 0123456789-';

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The card as SVG: flat colours and large type, which keeps the PNG small and readable as a thumbnail. */
export function ogSvg(card: OgCard, fontFamily = 'Noto Sans CJK SC'): string {
  const { width, height } = ogSize;
  const short = textWidthEm(card.title) <= 8;
  const titleSize = short ? 132 : 72;
  const titleLines = wrapTitle(card.title, Math.floor(960 / titleSize), short ? 1 : 3);
  const titleTop = short ? 290 : 230;
  const text = (x: number, y: number, size: number, weight: number, value: string, fill = '#ffffff') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`;
  const linesTop = titleTop + titleLines.length * titleSize * 1.2 + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#0b5cad"/>`,
    `<rect x="0" y="${height - 24}" width="${width}" height="24" fill="#ffbf47"/>`,
    // A plain medical cross, so the card is recognisable even when no font could be found.
    `<rect x="${width - 200}" y="70" width="120" height="120" rx="22" fill="#ffffff"/>`,
    `<path d="M${width - 156} 92h32v36h36v32h-36v36h-32v-36h-36v-32h36z" fill="#0b5cad"/>`,
    text(80, 130, 44, 700, card.kicker),
    ...titleLines.map((line, i) => text(80, titleTop + i * titleSize * 1.2, titleSize, 700, line)),
    ...card.lines.slice(0, 2).map((line, i) => text(80, linesTop + i * 60, 42, 400, line, '#e6eef7')),
    text(80, height - 60, 34, 400, ogFixedText.split('…')[0]!, '#e6eef7'),
    '</svg>',
  ].join('');
}
