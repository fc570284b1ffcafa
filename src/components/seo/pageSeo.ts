/**
 * The SEO data of pages with structured data of their own: articles (share image,
 * breadcrumb trail, MedicalWebPage), the FAQ page (FAQPage) and the practice page (the
 * business and its opening hours). Maps the site's data (data/site.ts) onto the pure
 * builders in lib/jsonLd.ts, so layouts and routes stay thin.
 */
import type { Article, LocationEntry, Practice } from '../../data/site';
import { href } from '../../lib/urls';
import { isoDay } from '../../lib/dates';
import { faqPage, localBusiness, markdownToText, medicalWebPage } from '../../lib/jsonLd';
import { fillTokens } from '../../lib/urgency';
import { ogImagePath } from '../../lib/ogImage';
import type { SeoProps } from './seoProps';

/** An absolute URL for a site path (with the base), as structured data wants. */
const absolute = (site: URL | undefined, path: string) => new URL(path, site).href;

export function articleSeo(article: Article, practice: Practice, site: URL | undefined, breadcrumbs: { label: string; href: string }[]): SeoProps {
  // The page's own share image, in its language: og/causes/x.png, og/es/causes/x.png.
  const image = ogImagePath(article.href.slice(import.meta.env.BASE_URL.length));
  const data = article.entry.data;
  return {
    image,
    type: 'article',
    modified: isoDay(data.lastReviewed),
    breadcrumbs,
    jsonLd: [
      medicalWebPage({
        collection: article.collection,
        url: absolute(site, article.href),
        title: article.title,
        description: article.description,
        aliases: data.aliases,
        lastReviewed: isoDay(data.lastReviewed),
        author: article.author.data,
        reviewer: article.reviewer.data,
        sources: article.sources.map((s) => s.data),
        image: absolute(site, href(image)),
        lang: practice.lang,
        publisher: { name: practice.name, url: absolute(site, href(article.href.slice(import.meta.env.BASE_URL.length).startsWith('es/') ? 'es/' : '/')) },
      }),
    ],
  };
}

/** The FAQ page: FAQPage with every question and its answer as plain text. */
export function faqSeo(faqs: Article[], practice: Practice, site: URL | undefined, breadcrumbs: { label: string; href: string }[], title = 'Questions about massage for sciatica', pageHref = href('faq/')): SeoProps {
  return {
    breadcrumbs,
    jsonLd: [
      faqPage(
        absolute(site, pageHref),
        title,
        faqs.map((a) => ({ question: a.heading, answer: markdownToText(fillTokens(a.body, practice)) })),
      ),
    ],
  };
}

/** The practice page: the practice as a local business, each location with its opening hours. */
export function practiceSeo(practice: Practice, locations: LocationEntry[], site: URL | undefined, logo?: string): SeoProps {
  return {
    jsonLd: [
      localBusiness(
        {
          name: practice.name,
          description: practice.tagline,
          email: practice.email,
          phone: practice.phone,
          url: absolute(site, href('practice/')),
          homeUrl: absolute(site, href('/')),
          image: absolute(site, href(ogImagePath(''))),
          logo: logo && absolute(site, logo),
        },
        locations.map((l) => l.data),
      ),
    ],
  };
}
