// `npm test`: every check, in the order that fails fastest. Each step's own output shows; the run
// stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check (astro check)', 'npx', ['astro', 'check']],
  ['seed overlap', 'node', ['../shared/tools/seed-overlap.mjs', 'content', 'src']],
  ['unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['build (content check, astro, pagefind)', 'npm', ['run', 'build']],
  ['checks over dist/ (vitest)', 'npx', ['vitest', 'run', '--config', 'vitest.dist.config.ts']],
  ['browser: find or install chromium', 'node', ['scripts/find-browser.mjs']],
  ['end-to-end (playwright)', 'npx', ['playwright', 'test']],
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const [name, cmd, args] of steps) {
  if (name === 'seed overlap' && !(await import('node:fs')).existsSync('../shared/tools/seed-overlap.mjs')) {
    console.log(`\n== ${name}: skipped (../shared/tools not present)`);
    continue;
  }
  console.log(`\n== ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log('\nAll checks passed.');
