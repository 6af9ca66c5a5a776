/** Page metadata that is pure logic: breadcrumbs as JSON-LD, the prefilled error report. */

export interface CrumbLike {
  name: string;
  href?: string | undefined;
}

/**
 * schema.org BreadcrumbList. The last crumb (the page itself) has no link on the page, but gets
 * the page's own address here, so every element has an item.
 */
export function breadcrumbJsonLd(crumbs: readonly CrumbLike[], siteUrl: string, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.href ? new URL(c.href, siteUrl).href : pageUrl,
    })),
  };
}

/** A mailto: (or issue-tracker URL) prefilled with the page and the facts on it. */
export function reportHref(reportTo: string, pageUrl: string, title: string, factIds: readonly string[]): string {
  const body = [`页面：${pageUrl}`, factIds.length ? `涉及的事实：${factIds.join('、')}` : '', '哪里不对（请尽量附上官方来源）：', ''].filter(Boolean).join('\n');
  const params = new URLSearchParams({ subject: `报告错误：${title}`, body });
  // URLSearchParams writes spaces as "+", which mail clients show literally.
  const query = params.toString().replace(/\+/g, '%20');
  return `${reportTo}${reportTo.includes('?') ? '&' : '?'}${query}`;
}
