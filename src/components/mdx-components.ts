/** The one reviewed vocabulary MDX guides may use; guides import nothing themselves. */
import Callout from './Callout.astro';

export const mdxComponents = { Callout };
