// Where each recorded conflict must appear in the built site, and what of it a page is missing.
import { readPage } from '../../../src/lib/html-checks.ts';
import type { Conflict } from '../../../src/schemas/shared.ts';

type Group = { conflicts?: Conflict[] } | undefined;
export interface ConflictPlace { file: string; field: string; page: string; conflict: Conflict }

const topicPage = { withdrawal: 'withdrawal', retirement: 'retirement', monthlyCredit: 'monthly-credit' } as const;

/** The pages that must show a file's conflicts: a city's topic and channel pages, a province's page. */
export function conflictPlaces(
  file: { path: string; id: string; data: Record<string, unknown> },
  kind: 'city' | 'province',
  municipality = false,
): ConflictPlace[] {
  const places: ConflictPlace[] = [];
  const add = (field: string, page: string, group: Group) => group?.conflicts?.forEach((conflict) => places.push({ file: file.path, field, page, conflict }));
  for (const [key, slug] of Object.entries(topicPage)) {
    const group = file.data[key] as Group;
    if (kind === 'city') add(key, `/cities/${file.id}/${slug}/`, group);
    // A municipality's rules live in its province file and show on the city's own pages.
    else add(key, municipality ? `/cities/${file.id}/${slug}/` : `/provinces/${file.id}/`, group);
  }
  const channels = (file.data['channels'] as ({ channel: string } & Group)[] | undefined) ?? [];
  channels.forEach((entry, i) => add(`channels[${i}]`, `/cities/${file.id}/balance/${entry.channel}/`, entry));
  return places;
}

/** Visible text of a page (read as every dist check reads pages), with white space removed so layout cannot hide a match. */
export const pageText = (path: string, html: string): string => readPage(path, html).text.replace(/\s+/g, '');

/** The parts of a conflict (what it is about, each claim, why one is relied on) a page does not show. */
export function missingParts(text: string, conflict: Conflict): string[] {
  const parts = [conflict.about, ...conflict.claims.map((c) => c.text), conflict.why];
  return parts.filter((p) => !text.includes(p.replace(/\s+/g, '')));
}
