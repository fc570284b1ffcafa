// The default favicon: the site's mark in the practice's light accent colour
// (lib/theme.ts). A practice with its own icon names it as `favicon` in site.yaml, and
// Base.astro links that one instead.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { faviconSvg } from '../lib/theme';

export const GET: APIRoute = async () => {
  const { practice } = await loadSite();
  return new Response(faviconSvg(practice.colors.light), { headers: { 'Content-Type': 'image/svg+xml' } });
};
