/** schema.org descriptions: GovernmentService for city hubs, HowTo for channel how-tos. Pure. */
import type { CityView } from './cities.ts';
import type { ChannelEntry } from './collections.ts';

export function cityServiceJsonLd(view: CityView, channels: ReadonlyMap<string, ChannelEntry>, siteUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: `${view.city.name}职工医保个人账户查询与办理`,
    serviceType: '基本医疗保险个人账户查询',
    areaServed: { '@type': 'City', name: view.city.fullName, containedInPlace: { '@type': 'AdministrativeArea', name: view.province.data.name } },
    url: new URL(`/cities/${view.id}/`, siteUrl).href,
    availableChannel: view.channels.map((g) => ({
      '@type': 'ServiceChannel',
      name: channels.get(g.id)?.data.name ?? g.id,
      url: new URL(`/cities/${view.id}/balance/${g.id}/`, siteUrl).href,
      ...(g.id === 'hotline' ? { servicePhone: { '@type': 'ContactPoint', telephone: view.hotline } } : {}),
    })),
  };
}

export function howToJsonLd(name: string, description: string, steps: readonly { title: string; text: string }[], pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name,
    description,
    step: steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: s.text, url: `${pageUrl}#step-${i + 1}` })),
  };
}
