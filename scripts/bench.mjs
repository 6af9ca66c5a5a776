// `npm run bench`: builds the real site and a synthetic site ten times larger, each cold in its own
// copy under bench/tmp/, and reports build time per step, pages per second, peak memory, dist/ size,
// first-load bytes per page type, Pagefind bytes for a first query, the city picker's speed under
// CPU throttling and Lighthouse mobile scores. Prints a table and writes bench/latest.json.
// A benchmark, not a test: figures move with the machine and its load, which is recorded too.
//
//   npm run bench                  everything (about 10 minutes on 2 cores)
//   npm run bench -- --no-x10      skip the ten-times site
//   npm run bench -- --no-browser  skip Pagefind, picker and Lighthouse
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSite, budgets, compression, pageTypeOf } from '../src/lib/budgets.ts';
import { siteOnDisk } from './bench/site-files.ts';
import { cleanBuildOutput, makeSiteCopy } from './bench/site-copy.mjs';
import { addSyntheticCities } from './bench/synthetic-cities.mjs';
import { runMeasured } from './bench/run-measured.mjs';
import { launchBrowser, lighthouse, pagefindFirstQuery, pickerTiming } from './bench/browser.mjs';
import { serveDist } from './serve-dist.mjs';

const projectRoot = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const scale = 10;
const mb = (bytes) => (bytes == null ? null : Math.round(bytes / 1024 / 1024));
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...line) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...line);

/** The steps of `npm run build`, read from package.json so the bench builds exactly what CI builds. */
function buildSteps() {
  const script = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts.build;
  return script.split('&&').map((command) => {
    const c = command.trim();
    const label = /validate-content/.test(c) ? 'content check' : /\bastro build\b/.test(c) ? 'astro' : /search-index|pagefind/.test(c) ? 'pagefind' : c;
    return { label, command: c };
  });
}

async function buildSite(name, cityFactor) {
  log(`${name}: copying the project to bench/tmp/${name}/`);
  const root = makeSiteCopy(projectRoot, name);
  const citiesDir = join(root, 'content', 'cities');
  const synthetic = cityFactor > 1 ? addSyntheticCities(citiesDir, cityFactor) : 0;
  cleanBuildOutput(root);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH}` };
  const steps = [];
  const loadBefore = loadavg()[0];
  for (const step of buildSteps()) {
    log(`${name}: ${step.label} …`);
    const run = await runMeasured(step.command, { cwd: root, env });
    steps.push({ ...step, seconds: round(run.seconds, 2), peakMB: mb(run.peakBytes) });
    log(`${name}: ${step.label} ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)} MB`);
  }
  const site = siteOnDisk(join(root, 'dist'));
  const pages = site.files.filter((f) => f.endsWith('.html')).length;
  const bytes = site.files.reduce((n, f) => n + (site.read(f)?.byteLength ?? 0), 0);
  const seconds = steps.reduce((n, s) => n + s.seconds, 0);
  return {
    name,
    root,
    cities: countCities(citiesDir),
    syntheticCities: synthetic,
    steps,
    seconds: round(seconds, 2),
    pages,
    pagesPerSecond: round(pages / seconds, 1),
    peakMB: Math.max(...steps.map((s) => s.peakMB ?? 0)),
    dist: { files: site.files.length, MB: round(bytes / 1024 / 1024, 1) },
    loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
  };
}

const countCities = (dir) => siteOnDisk(dir).files.filter((f) => f.endsWith('.md')).length;

/** First-load bytes per page type: the heaviest page of each type and the median of its type. */
function pageWeights(distDir) {
  const site = siteOnDisk(distDir);
  const report = checkSite(site.files, site.read);
  const byType = new Map();
  for (const page of report.pages) {
    const type = pageTypeOf(page.page);
    byType.set(type, [...(byType.get(type) ?? []), page]);
  }
  const order = ['home', 'city list', 'city hub', 'city topic', 'city channel how-to', 'channel', 'guide', 'search', 'other'];
  const types = order.filter((t) => byType.has(t)).map((type) => {
    const list = byType.get(type).sort((a, b) => a.total.brotli - b.total.brotli);
    const heaviest = list.at(-1);
    return {
      type,
      pages: list.length,
      heaviest: heaviest.page,
      html: heaviest.html,
      firstLoad: heaviest.total,
      script: heaviest.script,
      medianFirstLoadBrotli: list[Math.floor(list.length / 2)].total.brotli,
      maxScriptBrotli: Math.max(...list.map((p) => p.script.brotli)),
      maxHtmlRaw: Math.max(...list.map((p) => p.html.raw)),
    };
  });
  return { types, violations: report.violations };
}

async function browserFigures(distDir) {
  const server = await serveDist(distDir, 0, '127.0.0.1', { compress: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const browser = await launchBrowser();
    log('browser: Pagefind first query …');
    const pagefind = await pagefindFirstQuery(browser, base);
    log('browser: city picker under 4x CPU throttling …');
    const picker = await pickerTiming(browser, base, { runs: 7 });
    await browser.close();
    const city = existsSync(join(distDir, 'cities', 'hangzhou')) ? 'hangzhou' : siteOnDisk(join(distDir, 'cities')).files[0].split('/')[1];
    const channel = existsSync(join(distDir, 'cities', city, 'balance', 'wechat')) ? 'wechat' : 'hotline';
    const urls = { home: '/', 'city hub': `/cities/${city}/`, 'channel how-to': `/cities/${city}/balance/${channel}/`, search: '/search/' };
    const scores = [];
    for (const [type, path] of Object.entries(urls)) {
      log(`browser: Lighthouse ${path} …`);
      scores.push({ type, ...(await lighthouse(projectRoot, base + path)) });
    }
    return { pagefind, picker, lighthouse: scores };
  } finally {
    server.close();
  }
}

function machine() {
  const cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return { cpus: cpus().length, memoryGB: round(totalmem() / 1024 ** 3, 1), cpuModel, node: process.version };
}

function printTable(result) {
  const out = [];
  const row = (...cells) => out.push(cells.map((c, i) => String(c ?? '–').padEnd(i === 0 ? 24 : 12)).join(' '));
  out.push(`\nBuild (cold, ${result.machine.cpus} CPUs, ${result.machine.cpuModel}, ${result.machine.memoryGB} GB)`);
  row('site', 'cities', 'pages', 'total s', ...result.builds[0].steps.map((s) => `${s.label} s`), 'pages/s', 'peak MB', 'dist MB', 'dist files', 'load avg');
  for (const b of result.builds) {
    row(b.name, b.cities, b.pages, b.seconds, ...b.steps.map((s) => s.seconds), b.pagesPerSecond, b.peakMB, b.dist.MB, b.dist.files, `${b.loadAverage.before}→${b.loadAverage.after}`);
  }
  if (result.scaling) {
    const s = result.scaling;
    out.push(`${scale}x site: ${s.pagesRatio}x the pages in ${s.timeRatio}x the time (target ≤ 12x), peak ${s.peakMB} MB (target < 2048); real site in ${s.realSeconds} s (target ≤ 60)`);
  }
  out.push(`\nFirst load per page type, heaviest page of each type (KB; brotli ${compression.brotliQuality}, gzip ${compression.gzipLevel})`);
  row('type', 'pages', 'raw', 'gzip', 'brotli', 'median br', 'JS br max', 'HTML raw max', 'heaviest page');
  for (const t of result.pageWeights.types) {
    row(t.type, t.pages, kb(t.firstLoad.raw), kb(t.firstLoad.gzip), kb(t.firstLoad.brotli), kb(t.medianFirstLoadBrotli), kb(t.maxScriptBrotli), kb(t.maxHtmlRaw), t.heaviest);
  }
  out.push(`budget violations: ${result.pageWeights.violations.length} (budgets: ${kb(budgets.firstLoadBrotli)} KB first load, ${kb(budgets.scriptBrotli)} KB JS, ${kb(budgets.htmlRaw)} KB HTML raw, ${kb(budgets.imageRaw)} KB per image)`);
  if (result.browser) {
    const { pagefind: p, picker: k, lighthouse: l } = result.browser;
    out.push(`\nPagefind first query “${p.query}” (${p.method}): ${p.requests} requests, ${kb(p.transferBytes)} KB over the wire, ${kb(p.bytes)} KB decoded`);
    out.push(`City picker, key “${k.key}” to first suggestion at 4x CPU throttling, median of ${k.runs}: first key ${k.firstKeyMedianMs} ms (loads engine and index), next key ${k.nextKeyMedianMs} ms`);
    out.push('\nLighthouse mobile');
    row('page', 'performance', 'a11y', 'best pract.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS');
    for (const s of l) row(`${s.type} ${s.url}`, s.performance, s.accessibility, s.bestPractices, s.seo, s.fcpMs, s.lcpMs, s.tbtMs, s.cls);
  }
  console.log(out.join('\n'));
}

const started = performance.now();
const result = { date: new Date().toISOString().slice(0, 10), machine: machine(), compression, builds: [] };
const real = await buildSite('real', 1);
result.builds.push(real);
if (!args.has('--no-x10')) {
  const big = await buildSite(`x${scale}`, scale);
  rmSync(big.root, { recursive: true, force: true }); // over half a gigabyte, and only its figures matter
  result.builds.push(big);
  result.scaling = {
    pagesRatio: round(big.pages / real.pages, 2),
    timeRatio: round(big.seconds / real.seconds, 2),
    stepRatios: Object.fromEntries(real.steps.map((s, i) => [s.label, round(big.steps[i].seconds / s.seconds, 2)])),
    peakMB: big.peakMB,
    realSeconds: real.seconds,
  };
}
log('measuring first-load bytes of every page …');
result.pageWeights = pageWeights(join(real.root, 'dist'));
if (!args.has('--no-browser')) result.browser = await browserFigures(join(real.root, 'dist'));
result.benchSeconds = round((performance.now() - started) / 1000, 0);
for (const b of result.builds) b.root = b.root.replace(`${projectRoot}/`, '');

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(join(projectRoot, 'bench', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
printTable(result);
console.log(`\nWrote bench/latest.json (bench took ${result.benchSeconds} s).`);
