/**
 * One collection's fields as Decap CMS widgets, made from its zod schema: the JSON Schema zod
 * gives (z.toJSONSchema, the public API) says the type, enum values, required or optional,
 * defaults and most limits; the schema itself is asked for what JSON Schema cannot show (a
 * date, a length limit written as a refine); the JSDoc of src/schemas/ (fieldDocs.ts) is the
 * hint. Pure: no file system, no Astro.
 */
import { z } from 'astro/zod';
import type { ReferenceFn } from '../schemas/shared';
import type { FieldDocs } from './fieldDocs';

/** A Decap CMS field (https://decapcms.org/docs/widgets/), as much of it as this site uses. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: (string | number | { label: string; value: string | number })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: ('raw' | 'rich_text')[];
}

/** The JSON Schema zod writes for a field, as far as it is read here. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  const?: string | number;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  /** Set by the stand-in reference() below: the collection a field points into. */
  reference?: string;
}

/**
 * reference() for the CMS: a plain string that remembers which collection it points into, so
 * the JSON Schema carries it and the field becomes a relation widget.
 */
export const cmsReference: ReferenceFn = (collection) => z.string().meta({ reference: collection }) as unknown as ReturnType<ReferenceFn>;

/** A collection's schema as JSON Schema (input side: a field with a default is optional). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

export interface FieldContext {
  /** The field other collections show in a relation (title for pages and sources, name for people). */
  displayFieldOf: (collection: string) => string;
  /** The zod schema of each top-level field, to ask what JSON Schema cannot say. */
  shape: Record<string, z.ZodType> | undefined;
}

/** "lastReviewed" → "Last reviewed"; "postalCode" → "Postal code". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every field of an object schema, in the schema's order. */
export function fieldsOf(node: JsonSchema, docs: FieldDocs | undefined, context: FieldContext): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, docs?.[name], required.has(name), context, context.shape?.[name]),
  );
}

/** A YYYY-MM-DD date: the schema turns the text of a date into a Date. */
function isDate(schema: z.ZodType | undefined): boolean {
  const parsed = schema?.safeParse('2000-01-02');
  return Boolean(parsed?.success && parsed.data instanceof Date);
}

/**
 * The longest text a string field accepts, when its schema says so only in a refine (the page
 * description's 160 characters): the last length that passes before one that fails.
 */
export function longestAccepted(schema: z.ZodType | undefined, from = 0, upTo = 2000): number | undefined {
  if (!schema) return undefined;
  let accepted = false;
  for (let length = from; length <= upTo; length++) {
    const ok = schema.safeParse('a'.repeat(length)).success;
    if (accepted && !ok) return length - 1;
    accepted ||= ok;
  }
  return undefined;
}

/**
 * A Decap pattern for a length limit and/or a regular expression, with the message the editor
 * sees after "<Label> didn't match the pattern: " (Decap adds the full stop).
 */
function patternFor(min: number | undefined, max: number | undefined, regex: string | undefined): [string, string] | undefined {
  const length = min !== undefined && max !== undefined ? (min === max ? `${min}` : `${min},${max}`) : max !== undefined ? `0,${max}` : min ? `${min},` : undefined;
  const lengthWords =
    min !== undefined && max !== undefined
      ? min === max
        ? `exactly ${min} characters`
        : `${min} to ${max} characters`
      : max !== undefined
        ? `at most ${max} characters`
        : min
          ? `at least ${min} characters`
          : undefined;
  if (!length && !regex) return undefined;
  if (!regex) return [`^[\\s\\S]{${length}}$`, `write ${lengthWords}`];
  const source = length ? `(?=^[\\s\\S]{${length}}$)${regex}` : regex;
  return [source, `see the hint below the field${lengthWords ? ` (${lengthWords})` : ''}`];
}

function fieldOf(name: string, node: JsonSchema, doc: FieldDocs[string] | undefined, required: boolean, context: FieldContext, schema?: z.ZodType): CmsField {
  const base: CmsField = { name, label: labelOf(name), widget: 'string', required, ...(doc?.doc ? { hint: doc.doc } : {}) };
  const scalarDefault = node.default !== undefined && typeof node.default !== 'object' ? { default: node.default } : {};

  // A reference without its own JSDoc still says where it points.
  const pointsInto = (collection: string) => (doc?.doc ? {} : { hint: `Entries of ${labelOf(collection)}.` });
  if (node.reference) return { ...base, ...relation(node.reference, context), ...pointsInto(node.reference) };
  if (node.type === 'array' && node.items) {
    const items = node.items;
    const counts = { ...(node.minItems ? { min: node.minItems } : {}), ...(node.maxItems !== undefined ? { max: node.maxItems } : {}) };
    if (items.reference) return { ...base, ...relation(items.reference, context), ...pointsInto(items.reference), multiple: true, ...counts };
    if (items.enum) return { ...base, widget: 'select', multiple: true, options: items.enum, ...counts };
    // One input per item (never Decap's comma-separated list: an item may hold a comma).
    const item =
      items.type === 'object'
        ? { fields: fieldsOf(items, doc?.fields, { ...context, shape: undefined }) }
        : { field: fieldOf('item', items, undefined, true, { ...context, shape: undefined }) };
    return { ...base, widget: 'list', ...counts, ...item, ...(Array.isArray(node.default) ? { default: node.default } : {}) };
  }
  if (node.type === 'object' || node.properties) {
    return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(node, doc?.fields, { ...context, shape: undefined }) };
  }
  if (node.enum) return { ...base, widget: 'select', options: node.enum, ...scalarDefault };
  const consts = node.anyOf?.map((option) => option.const);
  if (consts?.length && consts.every((c) => c !== undefined)) return { ...base, widget: 'select', options: consts as (string | number)[] };
  if (node.type === 'boolean') return { ...base, widget: 'boolean', ...scalarDefault };
  if (node.type === 'integer' || node.type === 'number') {
    const sane = (n: number | undefined) => n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER;
    return {
      ...base,
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(sane(node.minimum) ? { min: node.minimum! } : {}),
      ...(sane(node.maximum) ? { max: node.maximum! } : {}),
      ...scalarDefault,
    };
  }
  if (node.format === 'date' || isDate(schema)) {
    // A required date starts at today, as `npm run new` fills in lastReviewed.
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, ...(required ? { default: '{{now}}' } : {}) };
  }
  if (node.format === 'uri') return { ...base, pattern: ['^https?://\\S+$', 'write the full address, starting with https://'] };
  // Strings: a limit only a refine knows (the description's 160) is found by asking the schema.
  const max = node.maxLength ?? (node.type === 'string' && !node.pattern ? longestAccepted(schema, node.minLength ?? 0) : undefined);
  const pattern = patternFor(node.minLength, max, node.pattern);
  // Long free text (a biography) gets a box of several lines.
  const widget = max !== undefined && max > 240 ? 'text' : 'string';
  return { ...base, widget, ...(pattern ? { pattern } : {}), ...scalarDefault };
}

function relation(collection: string, context: FieldContext): Partial<CmsField> {
  const display = context.displayFieldOf(collection);
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [display], display_fields: [display] };
}
