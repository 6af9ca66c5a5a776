// Helpers for checks over dist/: every built HTML page with its address.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(import.meta.dirname, '../../dist');

/** Every HTML page in dist/ as [address, html], e.g. ['/cities/hangzhou/', '<!DOCTYPE html>…']. */
export function htmlPages(): [string, string][] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files
    .map((file): [string, string] => {
      const rel = relative(dist, join(dist, file)).split('\\').join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return [path, readFileSync(join(dist, file), 'utf8')];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The JSON-LD blocks of a page, parsed (throws with the page's address if one does not parse). */
export function jsonLdOf(path: string, html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    try {
      return JSON.parse(m[1]!) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path}: JSON-LD does not parse: ${String(error)}`);
    }
  });
}

export const attr = (html: string, pattern: RegExp): string | undefined => pattern.exec(html)?.[1];
