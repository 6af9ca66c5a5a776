// Finds a Chromium for the browser tests: Debian's /usr/bin/chromium where present; else, when
// running as root with apt, installs Debian's chromium and fonts-noto-cjk; else Playwright's own.
// Run directly (`node scripts/find-browser.mjs`) it makes sure a browser exists and says which.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const debianChromium = '/usr/bin/chromium';

/** Flags the closed network here needs: without them Chromium keeps trying to reach Google. */
export const chromiumArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  if (existsSync(debianChromium)) return debianChromium;
  return undefined; // Playwright's own browser, if installed.
}

export function browserLaunchOptions() {
  const executablePath = findChromium();
  return { headless: true, args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}

function ensureBrowser() {
  if (findChromium()) return findChromium();
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium and fonts-noto-cjk for the browser tests…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
    return findChromium();
  }
  console.log('No system Chromium: the tests use Playwright\'s own browser (npx playwright install chromium).');
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = ensureBrowser();
  console.log(`Browser for tests: ${found ?? "Playwright's own chromium"}`);
}
