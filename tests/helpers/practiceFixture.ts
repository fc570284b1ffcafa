/**
 * A copy of the site made into another practice: the settings, logo, locations and people of
 * a folder in tests/fixtures/ (e.g. practice-uk/) laid over a copy of the real site, with every
 * page's author and reviewer pointed at that practice's people (its fixture.json says which).
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from './fixtureProject';
import { root } from './paths';

interface Overlay {
  replaceFolders: string[];
  people: Record<string, string>;
}

/** The fixture folder of a practice, e.g. practiceDir('practice-uk'). */
export const practiceDir = (name: string) => join(root, 'tests/fixtures', name);

export function practiceFixture(name: string, projectName = name, files: Record<string, string | null> = {}): string {
  const from = practiceDir(name);
  const overlay = JSON.parse(readFileSync(join(from, 'fixture.json'), 'utf8')) as Overlay;
  // Extra files (e.g. fixture pages) go in first, so their authors are remapped with the rest.
  const dir = fixtureProject(projectName, files);
  for (const folder of overlay.replaceFolders) rmSync(join(dir, folder), { recursive: true, force: true });
  cpSync(join(from, 'content'), join(dir, 'content'), { recursive: true });
  for (const entry of readdirSync(join(dir, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/^(author|reviewer): ([a-z0-9-]+)$/gm, (line, field: string, id: string) =>
      overlay.people[id] ? `${field}: ${overlay.people[id]}` : line,
    );
    if (changed !== text) writeFileSync(file, changed);
  }
  return dir;
}
