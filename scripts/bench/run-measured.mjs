// Runs a command and measures its wall time and the peak memory of its whole process tree (the
// sum of RSS over the shell, node and anything they start, such as Pagefind's own binary), by
// sampling /proc. getrusage-based tools report only the largest single process and miss children
// that are never waited for.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pageSize = 4096;

function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * pageSize });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

function treeRss(root) {
  const table = processTable();
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * @returns {Promise<{ seconds: number, peakBytes: number | null, output: string }>}
 * Rejects when the command fails, with its last output.
 */
export function runMeasured(command, { cwd, env = process.env, sampleMs = 100 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const canSample = existsSync('/proc/self/stat');
    let peak = 0;
    const sample = () => {
      if (canSample) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    sample();
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`\`${command}\` failed (exit ${code}) in ${cwd}:\n${output}`));
      else resolve({ seconds, peakBytes: canSample ? peak : null, output });
    });
  });
}
