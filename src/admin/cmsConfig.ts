/**
 * The Decap CMS configuration of /admin/, made from the registry (src/collections.ts), the zod
 * schemas (src/schemas/) and their JSDoc, never written by hand: a new field in a schema is a
 * new input in the editor at the next build, and tests/unit/cms-config.test.ts fails if the two
 * ever disagree. Pure: src/integrations/admin.ts reads the files and writes the result.
 */
import { z } from 'astro/zod';
import { ARTICLES, COLLECTION_SPECS, DATA, type ArticleCollection, type CollectionName, type CollectionSpec } from '../collections';
import { scaffoldBody } from '../editorial/scaffold';
import { cmsReference, fieldsOf, jsonSchemaOf, type CmsField, type JsonSchema } from './cmsFields';
import type { FieldDocs } from './fieldDocs';

/**
 * Collections the CMS leaves to git, and why. Decap edits a YAML file only when its top level
 * is a set of fields; locations.yaml is a list of places (decaporg/decap-cms#531, open since 2017).
 */
export const GIT_ONLY: Partial<Record<string, string>> = {
  locations: 'content/practice/locations.yaml is a list at its top level, which Decap CMS cannot edit (decaporg/decap-cms#531); edit it in git.',
};

export interface CmsBackend {
  /** owner/name of the GitHub repository editors commit to. */
  repo: string;
  branch: string;
  /** The OAuth proxy that lets an editor sign in with GitHub (left out: Netlify's, api.netlify.com). */
  authUrl?: string | undefined;
}

export interface CmsOptions {
  backend: CmsBackend;
  /** decap-server's API (http://localhost:8081/api/v1) for `npm run admin`: edits go to the working tree, no account. */
  localBackend?: string | undefined;
  /** The site's address, for the CMS's "view site" link. */
  siteUrl: string;
}

/** The Decap CMS configuration object (https://decapcms.org/docs/configuration-options/). */
export interface CmsConfig {
  load_config_file: false;
  backend: Record<string, string>;
  local_backend?: { url: string; allowed_hosts: string[] };
  publish_mode?: 'editorial_workflow';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  omit_empty_optional_fields: boolean;
  collections: CmsCollection[];
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  fields?: CmsField[];
}

const SCHEMAS = new Map(COLLECTION_SPECS.map((spec) => [spec.collection, spec.schema(cmsReference)]));
const JSON_SCHEMAS = new Map([...SCHEMAS].map(([name, schema]) => [name, jsonSchemaOf(schema)]));

/** What a relation to a collection shows and searches: the page or source title, or the person's name. */
const displayFieldOf = (collection: string) => (JSON_SCHEMAS.get(collection as CollectionName)?.properties?.title ? 'title' : 'name');

/** The body field of an article: the Markdown, starting from the same headings and TODOs as `npm run new`. */
function bodyField(collection: ArticleCollection): CmsField {
  return {
    name: 'body',
    label: 'Page text',
    widget: 'markdown',
    // Markdown only: Decap's rich-text mode saves the site's own syntax escaped, as plain text
    // (\[@key] instead of a citation, \[!emergency] instead of the emergency sentence).
    modes: ['raw'],
    default: scaffoldBody(collection),
    hint: 'Headings start at ##. Cite each fact as [@source-key] with the key in Sources; replace every TODO (the check fails while one is left).',
  };
}

/** A collection's fields as the CMS shows them (the body, for articles, is added by cmsConfig). */
export function collectionFields(spec: CollectionSpec, docs: Record<string, FieldDocs>): CmsField[] {
  const schema = SCHEMAS.get(spec.collection)!;
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
  return fieldsOf(JSON_SCHEMAS.get(spec.collection) as JsonSchema, docs[spec.collection], { displayFieldOf, shape });
}

export function cmsConfig(docs: Record<string, FieldDocs>, options: CmsOptions): CmsConfig {
  const collections: CmsCollection[] = [];
  for (const spec of COLLECTION_SPECS) {
    if (GIT_ONLY[spec.collection]) continue;
    const fields = collectionFields(spec, docs);
    if (spec.kind === 'article') {
      const article = ARTICLES[spec.collection as ArticleCollection];
      collections.push({
        name: spec.collection,
        label: article.label,
        label_singular: article.singular,
        description: `${article.intro} Every field is explained in CONTRIBUTING.md (${article.contributing}). MDX pages (components) are edited in git and are not listed here.`,
        folder: `content/${spec.folder}`,
        // Only .md: Decap would save an .mdx page's components as escaped text.
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'order', 'lastReviewed'],
        // Pictures sit next to the page, linked as ./images/… (CONTRIBUTING.md, Markdown cheat sheet).
        media_folder: 'images',
        public_folder: './images',
        fields: [...fields, bodyField(spec.collection as ArticleCollection)],
      });
    } else if (spec.kind === 'entries') {
      const data = DATA[spec.collection as 'sources' | 'people'];
      collections.push({
        name: spec.collection,
        label: labelOfData(spec.collection),
        label_singular: data.noun.charAt(0).toUpperCase() + data.noun.slice(1),
        description: spec.collection === 'sources' ? 'The bibliography: the file name is the key pages cite as [@key].' : 'Writers, the medical reviewer and therapists.',
        folder: `content/${spec.folder}`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{slug}}',
        identifier_field: displayFieldOf(spec.collection),
        summary: `{{${displayFieldOf(spec.collection)}}}`,
        fields,
      });
    } else if (spec.kind === 'single' && spec.file) {
      collections.push({
        name: spec.collection,
        label: 'Practice settings',
        description: 'Name, contact details, emergency number, colours and booking: CONTRIBUTING.md, "Other files".',
        files: [{ name: 'site', label: 'Practice settings', file: spec.file, fields }],
      });
    }
  }
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: options.backend.repo,
      branch: options.backend.branch,
      ...(options.backend.authUrl ? { base_url: options.backend.authUrl } : {}),
    },
    ...(options.localBackend
      ? { local_backend: { url: options.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] } }
      : // On GitHub each change is a pull request: the checks run on it, and merging publishes it.
        { publish_mode: 'editorial_workflow' as const }),
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: 'content/images',
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file, as the schemas expect, not written as "".
    omit_empty_optional_fields: true,
    collections,
  };
}

function labelOfData(collection: string): string {
  return collection.charAt(0).toUpperCase() + collection.slice(1);
}

/**
 * owner/name and branch from an "Edit this page" address on GitHub
 * (https://github.com/org/repo/edit/main/ → org/repo, main); anything else → undefined.
 */
export function githubRepoOf(editBaseUrl: string | undefined): { repo: string; branch: string } | undefined {
  const match = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/(?:edit|blob|tree)\/([^/]+)/.exec(editBaseUrl ?? '');
  return match ? { repo: `${match[1]}/${match[2]}`, branch: match[3]! } : undefined;
}
