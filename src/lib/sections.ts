/**
 * The article sections of the site: which collection lives at which URL, and what the
 * section is called. One table, so navigation, breadcrumbs, search filters and the
 * sitemap can never disagree.
 */
import type { ArticleCollection } from '../schemas/shared';

export interface Section {
  collection: ArticleCollection;
  /** URL segment: /causes/… */
  path: string;
  /** Plural name for navigation and headings. */
  label: string;
  /** Singular, for result labels ("Cause"). */
  singular: string;
  /** One line under the section heading. */
  intro: string;
}

export const SECTIONS: readonly Section[] = [
  {
    collection: 'causes',
    path: 'causes',
    label: 'Causes',
    singular: 'Cause',
    intro: 'What can press on or irritate the sciatic nerve, and where massage fits for each.',
  },
  {
    collection: 'symptoms',
    path: 'symptoms',
    label: 'Symptoms',
    singular: 'Symptom',
    intro: 'How sciatica can feel, in everyday words, and which signs need a doctor.',
  },
  {
    collection: 'massageTypes',
    path: 'massage-types',
    label: 'Massage types',
    singular: 'Massage type',
    intro: 'What each kind of massage feels like, when it may help, and when to skip it.',
  },
  {
    collection: 'redFlags',
    path: 'red-flags',
    label: 'Red flags',
    singular: 'Red flag',
    intro: 'Signs that need a doctor or an emergency department before any massage.',
  },
  {
    collection: 'faqs',
    path: 'faq',
    label: 'FAQ',
    singular: 'Question',
    intro: 'Short answers to the questions people ask most, each with a link to more.',
  },
  {
    collection: 'guides',
    path: 'guides',
    label: 'Guides',
    singular: 'Guide',
    intro: 'Longer reads: the evidence, your first session, positions, self-care and costs.',
  },
];

export function sectionOf(collection: ArticleCollection): Section {
  const section = SECTIONS.find((s) => s.collection === collection);
  if (!section) throw new Error(`No section for collection ${collection}`);
  return section;
}

export function sectionByPath(path: string): Section | undefined {
  return SECTIONS.find((s) => s.path === path);
}

/** Site path of an article, without the base: "causes/herniated-disc/". */
export function articlePath(collection: ArticleCollection, id: string): string {
  return `${sectionOf(collection).path}/${id}/`;
}
