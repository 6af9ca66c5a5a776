/**
 * Channels that exist everywhere in mainland China: the national app and 医保电子凭证 in WeChat and
 * Alipay work for every 统筹区, every city has 区号-12393, service windows and 定点药店.
 * Kiosks and bank passbooks depend on the place, so a city has them only when a source says so.
 * Kept free of zod so the search page can import it without pulling the schemas into the browser.
 */
import type { ChannelId } from '../schemas/shared.ts';

export const everywhereChannels: ReadonlySet<ChannelId | string> = new Set(['app', 'wechat', 'alipay', 'hotline', 'window', 'pharmacy']);
