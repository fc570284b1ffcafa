import type { JsonLdNode } from '../../lib/jsonLd';

/** What a page can tell SeoHead.astro beyond its title and description. */
export interface SeoProps {
  /** Site path of the share image without the base, e.g. og/causes/herniated-disc.png. */
  image?: string;
  type?: 'website' | 'article';
  /** YYYY-MM-DD of the last review, for article:modified_time. */
  modified?: string;
  /** The visible breadcrumb trail (hrefs with the base, as Breadcrumbs.astro gets them). */
  breadcrumbs?: { label: string; href: string }[];
  /** Page-specific structured data. */
  jsonLd?: JsonLdNode[];
}
