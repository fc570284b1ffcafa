// Translations as the pre-flight sees them: which English changes make a translation out of
// date, how a link to an English section finds the translated one, and the emergency sentence
// of each language following site.yaml's number.
import { describe, expect, it } from 'vitest';
import { readContentFiles, staticRoutes } from '../../src/editorial/files';
import { validateContent } from '../../src/editorial/validate';
import { headingIds, translatedFragment, versionOf } from '../../src/editorial/translations';
import { root } from '../helpers/paths';

const page = (fields: string, body: string) => `---\n${fields}\n---\n\n${body}\n`;
const base = 'title: Heat or ice\ndescription: Use whichever feels better.\norder: 120\nreviewer: dr-priya-raman';

describe('the version a translation names', () => {
  it('changes with the words a translator translates, and with nothing else', () => {
    const v = versionOf(page(base, 'Use whichever feels better.'));
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(versionOf(page(base.replace('order: 120', 'order: 10').replace('dr-priya-raman', 'sam-rivera'), 'Use whichever feels better.'))).toBe(v);
    expect(versionOf(page(base, 'Use whichever feels better. Never on numb skin.'))).not.toBe(v);
    expect(versionOf(page(base.replace('Heat or ice', 'Heat or cold'), 'Use whichever feels better.'))).not.toBe(v);
  });
});

describe('links to a section of a translated page', () => {
  const english = '## What it is\n\ntext\n\n## Warning signs in pregnancy\n\n### What to do\n';
  const spanish = '## Qué es\n\ntexto\n\n## Señales de alarma en el embarazo\n\n### Qué hacer\n';
  it('land on the translated heading in the same place', () => {
    expect(headingIds(spanish)).toEqual(['qué-es', 'señales-de-alarma-en-el-embarazo', 'qué-hacer']);
    expect(translatedFragment(english, spanish, 'warning-signs-in-pregnancy')).toBe('señales-de-alarma-en-el-embarazo');
    expect(translatedFragment(english, spanish, 'no-such-heading')).toBeUndefined();
  });
});

describe('the Spanish emergency sentence', () => {
  const files = readContentFiles(root);
  const withNumber = (number: string) =>
    files.map((f) => (f.path === 'content/practice/site.yaml' ? { ...f, text: f.text!.replace(/^emergencyNumber: .*$/m, `emergencyNumber: "${number}"`).replace(/^emergencyWording: .*$/m, `emergencyWording: call ${number} now`) } : f));

  it('passes when it gives the number site.yaml gives', () => {
    const { problems } = validateContent(files, { mode: 'check', routes: staticRoutes(root) });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('fails, at its line, when site.yaml has a new number and it still says the old one', () => {
    const { problems } = validateContent(withNumber('999'), { mode: 'check', routes: staticRoutes(root) });
    const wrong = problems.filter((p) => p.severity === 'error');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ file: 'content/es/practice.yaml', field: 'emergencyWording', line: 3 });
    expect(wrong[0]!.message).toContain('the emergency number in content/practice/site.yaml is 999; write this sentence with 999');
  });
});
