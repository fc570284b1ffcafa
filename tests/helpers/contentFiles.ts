/** Reads content files the way the loaders do, for tests that check them without a build. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './paths';
import { ARTICLES, type ArticleCollection } from '../../src/collections';

export interface ContentFile {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Frontmatter and body of a Markdown/MDX file. */
export function readArticle(path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  const name = path.split('/').pop() ?? path;
  return { file: path, id: name.replace(/\.mdx?$/, ''), data: parse(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

export function articlesIn(folder: string): ContentFile[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_'))
    .map((n) => readArticle(join(dir, n)));
}

export function yamlIn(folder: string): ContentFile[] {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
    .map((n) => ({ file: join(dir, n), id: n.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join(dir, n), 'utf8')), body: '' }));
}

/** Folder of each article collection under content/ (from the collection registry). */
export const FOLDERS = Object.fromEntries(Object.entries(ARTICLES).map(([collection, spec]) => [collection, spec.folder])) as {
  [C in ArticleCollection]: (typeof ARTICLES)[C]['folder'];
};
