// Writes tests/fixtures/heavy-site/: a tiny built site whose /heavy/ page breaks every budget and
// whose other pages show what must not count. Seeded, so running it again writes the same bytes.
//   node scripts/bench/make-heavy-fixture.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';

const root = 'tests/fixtures/heavy-site';
let seed = 20261122;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const cjk = (n) => Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a5))).join('');
const noise = (n) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(random() * 64)]).join('');
const write = (path, content) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};

/** A valid PNG of random pixels: noise does not compress, so it stays over 50 KB. */
function noisePng(width, height) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < rows.length; i++) rows[i] = i % (width * 3 + 1) === 0 ? 0 : Math.floor(random() * 256);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const page = (title, head, body) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>\n`;

// Within budget: a module script with one static import and one dynamic import, and structured data.
write('index.html', page('轻页面', '<link rel="stylesheet" href="/light.css"><script type="module" src="/light.js"></script>'
  + `<script type="application/ld+json">{"@context":"https://schema.org","name":"${noise(6000)}"}</script>`
  + '<script>document.documentElement.dataset.js="1"</script>', '<h1>轻页面</h1><p>读得快。</p>'));
write('light.css', 'body{font-family:system-ui,sans-serif;line-height:1.7}\n');
write('light.js', 'import{greet as g}from"./shared.js";g();document.querySelector("h1").addEventListener("click",()=>import("./lazy.js").then(m=>m.run()));\n');
write('shared.js', 'export function greet(){document.body.dataset.ready="1"}\n');
// Loaded on first use only: far over the script budget, but it must not count.
write('lazy.js', `export const data="${noise(12000)}";export function run(){console.log(data.length)}\n`);

// Over every budget: HTML over 60 KB, first load over 30 KB brotli, over 3 KB of script, a web font, a big image.
write('heavy/index.html', page('重页面', '<link rel="stylesheet" href="/heavy.css"><script type="module" src="/heavy.js"></script>',
  `<h1>重页面</h1><img src="/heavy.png" alt=""><p>${cjk(21000)}</p>`));
write('heavy.css', `@font-face{font-family:Heavy;src:url(/fonts/heavy.woff2) format("woff2")}\nbody{font-family:Heavy,sans-serif}\n`);
write('heavy.js', `const blob="${noise(5000)}";document.body.dataset.n=String(blob.length);\n`);
write('heavy.png', noisePng(140, 140));
// Only the name and extension matter to the check; the bytes are a stand-in for a real font.
write('fonts/heavy.woff2', 'wOF2 stand-in\n');

// Search loads its engine on purpose: exempt from the first-load and script budgets.
write('search/index.html', page('搜索', '<script type="module" src="/heavy.js"></script>', '<h1>搜索</h1>'));

// Asks for a script the build does not contain.
write('broken/index.html', page('缺文件', '<script type="module" src="/missing.js"></script>', '<h1>缺文件</h1>'));
console.log(`wrote ${root}/`);
