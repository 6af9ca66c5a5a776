/** Settings that are one value for the whole site. */
export const siteConfig = {
  /** Where reports of errors go: a maintainers' mailbox (no backend needed). */
  reportTo: 'mailto:corrections@yibao-guide.example',
  /** The public address of the site; canonical URLs and QR codes use it. */
  siteUrl: process.env['SITE_URL'] ?? 'https://yibao-guide.example',
} as const;
