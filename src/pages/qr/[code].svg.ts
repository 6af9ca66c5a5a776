// QR codes for every page that shows one (city hubs and checklists), drawn at build time.
import type { APIRoute } from 'astro';
import QRCode from 'qrcode';
import { cityViews } from '../../lib/cities.ts';
import { siteConfig } from '../../site.config.ts';

const encode = (path: string) => Buffer.from(path).toString('base64url');

export async function getStaticPaths() {
  const paths = (await cityViews()).flatMap((v) => [`/cities/${v.id}/`, `/cities/${v.id}/withdrawal/`]);
  return paths.map((path) => ({ params: { code: encode(path) }, props: { url: new URL(path, siteConfig.siteUrl).href } }));
}

export const GET: APIRoute = async ({ props }) => {
  const svg = await QRCode.toString(props['url'] as string, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
