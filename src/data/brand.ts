/**
 * The practice's look and region as pages use them: the logo and favicon as URLs (a file in
 * content/practice/ is bundled by Vite with a hashed name; a /path is a file in public/),
 * the logo's size, the hour cycle and the interface's words. Loaded once per build with
 * the rest of the site (data/site.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { href } from '../lib/urls';
import { defaultHourCycle, type HourCycle, type Locale } from '../lib/i18n';
import type { CollectionEntry } from 'astro:content';

type Settings = CollectionEntry<'practice'>['data'];

// Files in content/practice/ that site.yaml may name, as bundled URLs. `no-inline` keeps a
// small SVG a file: structured data and share previews need an address, not a data: URI.
const bundled = import.meta.glob<string>('../../content/practice/*.{svg,png,ico}', { eager: true, query: '?url&no-inline', import: 'default' });

export interface Brand {
  logo?: { src: string; width: number; height: number; alt: string } | undefined;
  favicon: { href: string; type: string };
  /** The name saved with a bookmark or a home-screen icon. */
  shortName: string;
  hourCycle: HourCycle;
}

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' };

/** The URL of a file site.yaml names, and where it is on disk. */
function resolve(file: string): { url: string; path: string } {
  if (file.startsWith('/')) return { url: href(file.slice(1)), path: join(process.cwd(), 'public', file) };
  const url = bundled[`../../content/practice/${file}`];
  if (!url) throw new Error(`content/practice/${file} is missing although the content check passed`);
  return { url, path: join(process.cwd(), 'content/practice', file) };
}

/** `locale`: the page's (es-US on /es/); the hour cycle follows it unless site.yaml sets one. */
export async function loadBrand(settings: Settings, locale: Locale = settings.lang): Promise<Brand> {
  let logo: Brand['logo'];
  if (settings.logo) {
    const { url, path } = resolve(settings.logo.file);
    const meta = await sharp(readFileSync(path)).metadata();
    logo = { src: url, width: meta.width ?? 64, height: meta.height ?? 64, alt: settings.logo.alt };
  }
  const favicon = settings.favicon
    ? { href: resolve(settings.favicon).url, type: TYPES[settings.favicon.split('.').pop()!.toLowerCase()] ?? 'image/png' }
    : { href: href('favicon.svg'), type: TYPES.svg! };
  return {
    logo,
    favicon,
    shortName: settings.shortName ?? settings.name,
    hourCycle: settings.hourCycle ?? defaultHourCycle(locale),
  };
}
