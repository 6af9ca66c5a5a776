/** schema.org descriptions: GovernmentService for city hubs, HowTo for channel how-tos. Pure. */
import type { CityView } from './cities.ts';
import type { ChannelEntry } from './collections.ts';

/**
 * The city's medical-insurance service as a GovernmentService: where it applies (areaServed) and
 * the ways to reach it (availableChannel). The 12393 hotline is always a channel: every city has it.
 * Each channel's url is our how-to page; serviceUrl, when a source gives one, the official entry.
 */
export function cityServiceJsonLd(view: CityView, channels: ReadonlyMap<string, ChannelEntry>, siteUrl: string): Record<string, unknown> {
  const listed = view.channels.some((g) => g.id === 'hotline') ? view.channels : [...view.channels, { id: 'hotline' as const, local: [] }];
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: `${view.city.name}职工医保个人账户查询与办理`,
    description: `${view.city.fullName}职工医保个人账户：查余额、能不能取出来、退休要交满几年、每月划入多少。`,
    serviceType: '基本医疗保险个人账户查询',
    areaServed: { '@type': 'City', name: view.city.fullName, alternateName: view.city.name, containedInPlace: { '@type': 'AdministrativeArea', name: view.province.data.name } },
    url: new URL(`/cities/${view.id}/`, siteUrl).href,
    availableChannel: listed.map((g) => {
      const official = g.local.find((l) => l.url)?.url;
      return {
        '@type': 'ServiceChannel',
        name: g.local[0]?.name ?? channels.get(g.id)?.data.name ?? g.id,
        url: new URL(`/cities/${view.id}/balance/${g.id}/`, siteUrl).href,
        ...(official ? { serviceUrl: official } : {}),
        ...(g.id === 'hotline' ? { servicePhone: { '@type': 'ContactPoint', telephone: view.hotline, contactType: '医保服务热线' } } : {}),
      };
    }),
  };
}

/** A how-to with numbered steps; each step's url is its #step-N anchor on the page. */
export function howToJsonLd(
  name: string,
  description: string,
  steps: readonly { title: string; text: string }[],
  pageUrl: string,
  supplies: readonly string[] = [],
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name,
    description,
    url: pageUrl,
    ...(supplies.length ? { supply: supplies.map((s) => ({ '@type': 'HowToSupply', name: s })) } : {}),
    step: steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: s.text, url: `${pageUrl}#step-${i + 1}` })),
  };
}
