/**
 * What the pre-flight check reads (content files) and what it hands on (entries that passed
 * their schema), and the stand-in for Astro's reference() that lets the same schemas run
 * outside Astro: a reference is kept as a Ref and checked against the files afterwards.
 */
import { z } from 'astro/zod';
import { ARTICLES, type ArticleCollection } from '../collections';
import type { ReferenceFn } from '../schemas/shared';
import type { ParsedYaml } from './frontmatter';

export interface ContentFile {
  /** Path from the repository root with forward slashes, e.g. content/causes/x.md. */
  path: string;
  /** The text; undefined for files that are not text (images). */
  text?: string | undefined;
}

/** An entry that passed its schema, for the checks that follow (links, reading level …). */
export interface Entry {
  collection: string;
  id: string;
  file: string;
  /** Parsed and transformed by the schema (references are Ref objects). */
  data: Record<string, unknown>;
  /** Raw frontmatter/YAML as written, for line lookups. */
  yaml: ParsedYaml;
  /** Markdown body ('' for YAML entries) and the file line it starts on. */
  body: string;
  bodyLine: number;
  draft: boolean;
}

/** A cross-reference as the stand-in reference() leaves it: checked against the files later. */
export class Ref {
  readonly collection: string;
  readonly id: string;
  // Plain fields, not parameter properties: Node's type stripping runs this file as is.
  constructor(collection: string, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/** What a reference field expects, in the words an editor needs. */
export function referenceTarget(collection: string): string {
  if (collection === 'people') return 'the file name of a person in content/people/ (without .yaml), e.g. jordan-avery';
  if (collection === 'sources') return 'a source key: the file name of an entry in content/sources/ (without .yaml)';
  const folder = ARTICLES[collection as ArticleCollection]?.folder ?? collection;
  return `the slug of a page in content/${folder}/ (its file name without .md)`;
}

export const reference: ReferenceFn = (collection) =>
  z
    .string({ error: `expected ${referenceTarget(collection)}` })
    .min(1, { error: `is empty; expected ${referenceTarget(collection)}` })
    .transform((id) => new Ref(collection, id)) as unknown as ReturnType<ReferenceFn>;
