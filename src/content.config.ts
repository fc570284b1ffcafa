// Every collection of the site: where it is loaded from and which schema checks it.
// The schemas themselves live in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { articles, yamlEntries, yamlFile, yamlList } from './data/loaders';
import {
  causeSchema,
  faqSchema,
  guideSchema,
  massageTypeSchema,
  redFlagSchema,
  symptomSchema,
} from './schemas/articles';
import { locationSchema, personSchema, practiceSchema, sourceSchema } from './schemas/data';
import type { ReferenceFn } from './schemas/shared';

const ref = reference as unknown as ReferenceFn;

export const collections = {
  causes: defineCollection({ loader: articles('causes'), schema: causeSchema(ref) }),
  symptoms: defineCollection({ loader: articles('symptoms'), schema: symptomSchema(ref) }),
  massageTypes: defineCollection({ loader: articles('massage-types'), schema: massageTypeSchema(ref) }),
  redFlags: defineCollection({ loader: articles('red-flags'), schema: redFlagSchema(ref) }),
  faqs: defineCollection({ loader: articles('faqs'), schema: faqSchema(ref) }),
  guides: defineCollection({ loader: articles('guides'), schema: guideSchema(ref) }),
  sources: defineCollection({ loader: yamlEntries('sources'), schema: sourceSchema }),
  people: defineCollection({ loader: yamlEntries('people'), schema: personSchema }),
  locations: defineCollection({ loader: yamlList('content/practice/locations.yaml'), schema: locationSchema }),
  // content/practice/site.yaml holds the one settings entry (id "site").
  practice: defineCollection({ loader: yamlFile('practice', 'site.yaml'), schema: practiceSchema }),
};
