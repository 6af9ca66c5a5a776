// A throwaway copy of the project under bench/tmp/<name>/ to build in: the real tree and its dist/
// stay untouched, and each copy has its own Astro cache, so every measured build starts cold.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build needs; tests, docs and the bench itself stay out. */
const copied = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function makeSiteCopy(projectRoot, name) {
  const root = resolve(projectRoot, 'bench', 'tmp', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of copied) {
    if (existsSync(join(projectRoot, item))) cpSync(join(projectRoot, item), join(root, item), { recursive: true });
  }
  // node_modules is linked entry by entry, not as a whole: Astro keeps its content cache in
  // node_modules/.astro, and copies that shared it would warm each other's builds.
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
  return root;
}

/** Removes everything a previous build left, so the next one is cold. */
export function cleanBuildOutput(root) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(root, dir), { recursive: true, force: true });
}
