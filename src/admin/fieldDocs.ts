/**
 * The JSDoc line above each schema field, read from the source of src/schemas/ at build time,
 * so the CMS can show it as the field's hint. The comments are the one place a field is
 * documented (CONTRIBUTING.md's tables follow them); zod never sees them at run time, and
 * copying each into a `.describe()` would make a second copy to keep in step.
 *
 * Reads with the TypeScript parser (no type checking): from each collection's `schema:` in
 * src/collections.ts to the object literal its zod schema is built from, following what the
 * schema files actually do: `z.strictObject({...})`, `...articleFields(reference)`, a
 * shorthand field (`evidence,`) or a named group (`light: schemeColours`), and wrappers such
 * as `.optional()`, `.default()` and `z.array(...)`. A field without a comment has no hint.
 */
import ts from 'typescript';

/** The documentation of one field, and of the fields of its group or list items. */
export interface FieldDoc {
  doc?: string;
  fields?: FieldDocs;
}
export type FieldDocs = Record<string, FieldDoc>;

/** A source file by path, e.g. { 'src/schemas/shared.ts': '…' }. */
export type Sources = Record<string, string>;

/** Collection name → its documented fields, for every collection of src/collections.ts. */
export function fieldDocsFromSources(collectionsSource: string, schemaSources: Sources): Record<string, FieldDocs> {
  const files = Object.entries(schemaSources).map(([path, text]) => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
  const registry = ts.createSourceFile('collections.ts', collectionsSource, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, ts.Node>();
  for (const file of files) {
    file.forEachChild((statement) => {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) declarations.set(d.name.text, d);
      } else if (ts.isFunctionDeclaration(statement) && statement.name) declarations.set(statement.name.text, statement);
    });
  }
  const result: Record<string, FieldDocs> = {};
  // ARTICLES = { causes: { …, schema: causeSchema } } and DATA = { sources: { …, schema: (_) => sourceSchema } }.
  registry.forEachChild((statement) => {
    if (!ts.isVariableStatement(statement)) return;
    for (const d of statement.declarationList.declarations) {
      const table = d.initializer && unwrap(d.initializer);
      if (!table || !ts.isObjectLiteralExpression(table)) continue;
      for (const row of table.properties) {
        if (!ts.isPropertyAssignment(row) || !ts.isObjectLiteralExpression(row.initializer)) continue;
        const schema = row.initializer.properties.find((p) => p.name && propertyName(p.name) === 'schema');
        if (!schema || !ts.isPropertyAssignment(schema)) continue;
        const object = new Resolver(declarations).object(schema.initializer);
        if (object) result[propertyName(row.name)] = object;
      }
    }
  });
  return result;
}

/** The zod constructors whose first argument is a group's fields or a list's item. */
const GROUPS = new Set(['object', 'strictObject', 'looseObject', 'array']);

class Resolver {
  private seen = new Set<ts.Node>();
  private declarations: Map<string, ts.Node>;
  constructor(declarations: Map<string, ts.Node>) {
    this.declarations = declarations;
  }

  /** The documented fields of the object a schema expression builds, or undefined when it builds none. */
  object(node: ts.Node): FieldDocs | undefined {
    node = unwrap(node);
    if (this.seen.has(node)) return undefined;
    this.seen.add(node);
    try {
      if (ts.isObjectLiteralExpression(node)) return this.fields(node);
      if (ts.isIdentifier(node)) {
        const declaration = this.declarations.get(node.text);
        return declaration ? this.object(declaration) : undefined;
      }
      if (ts.isVariableDeclaration(node)) return node.initializer ? this.object(node.initializer) : undefined;
      if (ts.isArrowFunction(node) || ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) {
        if (!node.body) return undefined;
        if (!ts.isBlock(node.body)) return this.object(node.body);
        const returned = node.body.statements.find(ts.isReturnStatement);
        return returned?.expression ? this.object(returned.expression) : undefined;
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        // z.strictObject({...}), z.object({...}), z.array(item): the first argument holds the fields.
        if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'z') {
          return GROUPS.has(callee.name.text) && node.arguments[0] ? this.object(node.arguments[0]) : undefined;
        }
        // articleFields(reference): a helper function that returns the fields.
        if (ts.isIdentifier(callee)) return this.object(callee);
        // .optional(), .default(…), .refine(…), .prefault(…): the schema they wrap.
        if (ts.isPropertyAccessExpression(callee)) return this.object(callee.expression);
      }
      return undefined;
    } finally {
      this.seen.delete(node);
    }
  }

  private fields(literal: ts.ObjectLiteralExpression): FieldDocs {
    const fields: FieldDocs = {};
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        Object.assign(fields, this.object(property.expression));
        continue;
      }
      if (!property.name) continue;
      const name = propertyName(property.name);
      // A shorthand field (`evidence,`) is documented where it is used, or else where it is declared.
      const target = ts.isShorthandPropertyAssignment(property)
        ? this.declarations.get(name)
        : ts.isPropertyAssignment(property)
          ? property.initializer
          : undefined;
      const doc = jsDoc(property) ?? (ts.isShorthandPropertyAssignment(property) && target ? jsDoc(declarationStatement(target)) : undefined);
      const nested = target ? this.object(target) : undefined;
      fields[name] = { ...(doc ? { doc } : {}), ...(nested && Object.keys(nested).length ? { fields: nested } : {}) };
    }
    return fields;
  }
}

function unwrap(node: ts.Node): ts.Node {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression;
  return node;
}

function propertyName(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : name.getText();
}

/** `export const evidence = …` is documented on its statement, not on the declaration inside it. */
function declarationStatement(node: ts.Node): ts.Node {
  return ts.isVariableDeclaration(node) && ts.isVariableDeclarationList(node.parent) ? node.parent.parent : node;
}

/** The text of the JSDoc comment right above a node, on one line. */
function jsDoc(node: ts.Node): string | undefined {
  const text = node.getSourceFile().getFullText();
  // A comment on the line of the `{` before the field counts as that token's trailing comment in TypeScript's terms.
  const ranges = [...(ts.getTrailingCommentRanges(text, node.getFullStart()) ?? []), ...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [])];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  if (!last) return undefined;
  const body = text
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
  return body || undefined;
}
