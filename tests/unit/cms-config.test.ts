// The CMS configuration of /admin/ is made from the zod schemas (src/admin/): these tests fail
// when a schema field is missing from it, when it names a field no schema has (the drift test),
// or when a field gets the wrong input, limit or hint.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTION_SPECS } from '../../src/collections';
import { reference } from '../../src/editorial/entries';
import { scaffoldBody } from '../../src/editorial/scaffold';
import { cmsConfig, collectionFields, GIT_ONLY, githubRepoOf } from '../../src/admin/cmsConfig';
import type { CmsField } from '../../src/admin/cmsFields';
import { fieldDocsFromSources } from '../../src/admin/fieldDocs';
import { adminCsp, adminPage } from '../../src/admin/adminPage';
import { readFieldDocs } from '../../src/integrations/admin';
import { root } from '../helpers/paths';

const docs = readFieldDocs(root);
const config = cmsConfig(docs, { backend: { repo: 'clinic/site', branch: 'main' }, siteUrl: 'https://sciatica.example.com/' });

interface Json {
  properties?: Record<string, Json>;
  items?: Json;
}
/** Every field path of a schema ("evidence.level", "hours.monday.opens"), from zod's own JSON Schema. */
function schemaPaths(node: Json, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const inner = child.items?.properties ? child.items : child;
    return [`${prefix}${name}`, ...schemaPaths(inner, `${prefix}${name}.`)];
  });
}
/** Every field path the CMS shows. */
function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...cmsPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}
const byName = (fields: CmsField[] | undefined, name: string) => fields?.find((f) => f.name === name);
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

describe('the generated CMS configuration and the schemas cannot drift', () => {
  it.each(COLLECTION_SPECS.map((s) => [s.collection, s] as const))('%s: the same fields, at every level', (_, spec) => {
    const expected = schemaPaths(z.toJSONSchema(spec.schema(reference), { io: 'input', unrepresentable: 'any' }) as Json).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(cmsPaths(collectionFields(spec, docs)).sort()).toEqual(expected);
  });

  it('has every collection, except those left to git with the reason why', () => {
    const listed = config.collections.map((c) => c.name);
    for (const spec of COLLECTION_SPECS) {
      if (GIT_ONLY[spec.collection]) expect(listed).not.toContain(spec.collection);
      else expect(listed).toContain(spec.collection);
    }
    expect(GIT_ONLY.locations).toMatch(/list at its top level/);
    // What the editor edits is what the collection holds: the body only for Markdown pages.
    for (const c of config.collections) {
      const fields = c.fields ?? c.files?.[0]?.fields ?? [];
      const spec = COLLECTION_SPECS.find((s) => s.collection === c.name)!;
      expect(cmsPaths(fields).filter((p) => !p.includes('.')).sort()).toEqual(
        [...cmsPaths(collectionFields(spec, docs)).filter((p) => !p.includes('.')), ...(spec.kind === 'article' ? ['body'] : [])].sort(),
      );
    }
  });
});

describe('each field gets the input, the limits and the hint of its schema', () => {
  const causes = collection('causes').fields;
  const massage = collection('massageTypes').fields;

  it('text with its length limits, including the description\'s 160 that only a refine states', () => {
    expect(byName(causes, 'title')).toMatchObject({ widget: 'string', required: true, pattern: ['^[\\s\\S]{3,90}$', 'write 3 to 90 characters'] });
    const description = byName(causes, 'description')!;
    expect(description.pattern).toEqual(['^[\\s\\S]{20,160}$', 'write 20 to 160 characters']);
    expect(new RegExp(description.pattern![0]).test('x'.repeat(160))).toBe(true);
    expect(new RegExp(description.pattern![0]).test('x'.repeat(161))).toBe(false);
  });

  it('a date picker that writes YYYY-MM-DD and starts at today', () => {
    expect(byName(causes, 'lastReviewed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true, default: '{{now}}' });
    expect(byName(collection('sources').fields, 'checked')).toMatchObject({ widget: 'datetime', required: false });
  });

  it('references as pickers of the other collection, several where the schema takes a list', () => {
    expect(byName(causes, 'author')).toMatchObject({ widget: 'relation', collection: 'people', value_field: '{{slug}}', search_fields: ['name'] });
    expect(byName(causes, 'sources')).toMatchObject({ widget: 'relation', collection: 'sources', multiple: true, min: 1, display_fields: ['title'] });
    expect(byName(causes, 'relatedSymptoms')).toMatchObject({ widget: 'relation', collection: 'symptoms', multiple: true, required: false });
  });

  it('enums as selects, lists one input per item, groups as objects, defaults as optional', () => {
    expect(byName(causes, 'massageRole')).toMatchObject({ widget: 'select', options: ['helpful', 'adjunct', 'not-advised'], required: true });
    expect(byName(causes, 'positions')).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(byName(causes, 'aliases')).toMatchObject({ widget: 'list', required: false, field: { widget: 'string' } });
    expect(byName(massage, 'avoidWhen')).toMatchObject({ widget: 'list', min: 1, required: true });
    const evidence = byName(massage, 'evidence')!;
    expect(evidence.widget).toBe('object');
    expect(byName(evidence.fields, 'level')).toMatchObject({ widget: 'select', options: ['strong', 'moderate', 'limited', 'none'] });
    expect(byName(causes, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(byName(causes, 'order')).toMatchObject({ widget: 'number', value_type: 'int', default: 100 });
  });

  it('the JSDoc of each field as its hint, nested groups and shared fields included', () => {
    expect(byName(causes, 'description')!.hint).toBe('One or two sentences for search engines and link previews; 160 characters at most.');
    // Written where the schema uses the shared group, not where the group is declared.
    expect(byName(massage, 'evidence')!.hint).toBe('How strong the evidence is, and why, in one line.');
    expect(byName(byName(massage, 'evidence')!.fields, 'reason')!.hint).toMatch(/^One plain sentence saying why/);
    const colours = byName(collection('practice').files![0]!.fields, 'colors')!;
    expect(byName(byName(colours.fields, 'dark')!.fields, 'accent')!.hint).toBe('The brand colour: links, buttons, highlights.');
    // Every top-level field of every article has one.
    for (const c of config.collections.filter((c) => c.folder?.startsWith('content/') && c.format === 'frontmatter')) {
      expect(c.fields!.filter((f) => !f.hint).map((f) => `${c.name}.${f.name}`)).toEqual([]);
    }
  });
});

describe('the "new page" form and the files', () => {
  it('each section creates .md pages from the scaffold of npm run new, in Markdown', () => {
    for (const name of ['causes', 'symptoms', 'massageTypes', 'redFlags', 'faqs', 'guides'] as const) {
      const c = collection(name);
      expect(c).toMatchObject({ create: true, extension: 'md', format: 'frontmatter', slug: '{{slug}}' });
      expect(byName(c.fields, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'], default: scaffoldBody(name) });
    }
    expect(scaffoldBody('causes')).toContain('## Where massage fits');
  });

  it('GitHub with pull requests in production; decap-server and no pull requests locally', () => {
    expect(config).toMatchObject({ backend: { name: 'github', repo: 'clinic/site', branch: 'main' }, publish_mode: 'editorial_workflow', omit_empty_optional_fields: true });
    expect(config.local_backend).toBeUndefined();
    const local = cmsConfig(docs, { backend: { repo: 'a/b', branch: 'main' }, localBackend: 'http://127.0.0.1:8081/api/v1', siteUrl: 'http://localhost:4322/' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
    expect(local.publish_mode).toBeUndefined();
  });

  it('reads the repository from a GitHub "Edit this page" address', () => {
    expect(githubRepoOf('https://github.com/clinic/site/edit/main/')).toEqual({ repo: 'clinic/site', branch: 'main' });
    expect(githubRepoOf('https://gitlab.example/org/site/-/edit/main')).toBeUndefined();
    expect(githubRepoOf(undefined)).toBeUndefined();
  });
});

describe('the JSDoc reader', () => {
  it('follows spreads, helpers, shorthand fields, named groups and wrappers', () => {
    const collections = `export const ARTICLES = { notes: { folder: 'notes', schema: noteSchema } };\nexport const DATA = { tags: { schema: (_: R) => tagSchema } };`;
    const schemas = {
      'src/schemas/a.ts': `
        /** Shared group. */
        export const group = z.strictObject({ /** Inner. */ inner: z.string() });
        export function common() { return { /** Common. */ common: z.string({ error: 'x' }).min(2) }; }
        export const noteSchema = (reference: R) => z.strictObject({
          ...common(),
          /** Used here. */
          group,
          /** Optional wrapped. */
          wrapped: z.object({ /** Deep. */ deep: z.number() }).optional(),
          plain: z.string(),
        });
        export const tagSchema = z.strictObject({ /** A tag. */ name: z.string() });`,
    };
    expect(fieldDocsFromSources(collections, schemas)).toEqual({
      notes: {
        common: { doc: 'Common.' },
        group: { doc: 'Used here.', fields: { inner: { doc: 'Inner.' } } },
        wrapped: { doc: 'Optional wrapped.', fields: { deep: { doc: 'Deep.' } } },
        plain: {},
      },
      tags: { name: { doc: 'A tag.' } },
    });
  });
});

describe('the /admin/ page', () => {
  it('has its own CSP: eval and inline styles for the CMS, GitHub in production, the proxy only locally', () => {
    const production = adminCsp();
    expect(production).toContain("script-src 'self' 'unsafe-eval'");
    expect(production).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(production).toContain('https://api.github.com');
    expect(production).not.toContain('localhost');
    const local = adminCsp({ localBackend: 'http://127.0.0.1:8081/api/v1' });
    expect(local).toContain("connect-src 'self' blob: http://127.0.0.1:8081");
    expect(local).not.toContain('github');
  });

  it('is noindex, and loads only scripts of this site, none inline', () => {
    const html = adminPage({ base: '/sub/', practiceName: 'A & B', lang: 'en-GB', csp: adminCsp() });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Content editor | A &amp; B</title>');
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])).toEqual(['/sub/admin/manual-init.js', '/sub/admin/decap/decap-cms.js', '/sub/admin/cms.js']);
    expect(scripts.every((m) => m[2] === '')).toBe(true);
  });
});
