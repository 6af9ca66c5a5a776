/** The picker's city index and the open-data city list, built from city views. Pure given the views. */
import type { CityIndexEntry } from './city-match.ts';
import { initialsOf, syllablesOf } from './pinyin.ts';
import { provinceShortName } from './place-names.ts';

/** 计划单列市: sub-provincial cities that rank with capitals for picker ties. */
const subProvincial = new Set(['440300', '210200', '370200', '330200', '350200']);

export interface CityBase {
  id: string;
  name: string;
  fullName: string;
  code: string;
  pinyin: string;
  kind: string;
  capital?: boolean | undefined;
  aliases: readonly string[];
  provinceName: string;
}

export function sizeRank(city: Pick<CityBase, 'kind' | 'capital' | 'code'>): number {
  if (city.kind === 'municipality') return 3;
  if (city.capital) return 2;
  return subProvincial.has(city.code) ? 1 : 0;
}

export function cityIndexEntry(city: CityBase): CityIndexEntry {
  // The stored pinyin is authoritative (it is the slug's source); initials follow its syllables.
  const syllables = syllablesOf(city.name);
  const initials = syllables.join('') === city.pinyin ? initialsOf(city.name) : city.pinyin.slice(0, 1);
  return {
    s: city.id,
    n: city.name,
    f: city.fullName,
    p: provinceShortName(city.provinceName),
    y: city.pinyin,
    i: initials,
    a: [...city.aliases],
    r: sizeRank(city),
  };
}

/** First letter of the pinyin, upper case, for the A–Z index on /cities/. */
export const initialLetter = (pinyin: string): string => pinyin.slice(0, 1).toUpperCase();
