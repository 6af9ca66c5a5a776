// Reads a built site from disk for the budget checks in src/lib/budgets.ts (which never touch the disk).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ReadSiteFile } from '../../src/lib/budgets.ts';

export interface SiteOnDisk {
  /** URL paths of every file: `/index.html`, `/_astro/a.css`. */
  files: string[];
  read: ReadSiteFile;
}

export function siteOnDisk(root: string): SiteOnDisk {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
  const known = new Set(files);
  return { files, read: (path) => (known.has(path) ? readFileSync(join(root, path)) : undefined) };
}
