#!/usr/bin/env node
/**
 * Writes a deterministic corpus of N articles into a throwaway copy of the project, so
 * the benchmark builds them through the real schemas, loaders, layouts and Pagefind.
 *
 *   node scripts/generate-corpus.mjs --count 1000 --out /tmp/corpus-1000
 *
 * The copy keeps the project's config, src, public, sources, people and practice
 * settings; its six article collections are replaced by N generated Markdown files
 * (same seed → same files, byte for byte), spread over the sections in the mix a large
 * health site has: many causes, symptoms, guides and FAQs, few red flags. Each file
 * uses every feature editors use: citations, lists, a table now and then, links to
 * other generated pages, related entries, aliases.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Section folder, share of the corpus, and the schema's type-specific fields. */
const SECTIONS = [
  { folder: 'causes', path: 'causes', share: 0.2 },
  { folder: 'symptoms', path: 'symptoms', share: 0.2 },
  { folder: 'massage-types', path: 'massage-types', share: 0.1 },
  // Red flags are listed in the panel on every article: a real site has a couple of dozen, not hundreds.
  { folder: 'red-flags', path: 'red-flags', share: 0.02 },
  { folder: 'faqs', path: 'faq', share: 0.2 },
  { folder: 'guides', path: 'guides', share: 0.28 },
];

const WORDS = {
  topics: ['disc', 'nerve root', 'hip', 'buttock', 'hamstring', 'lower back', 'calf', 'foot', 'piriformis', 'sitting', 'sleep', 'walking', 'stretching', 'posture', 'work', 'driving', 'lifting', 'pregnancy', 'exercise', 'heat'],
  qualities: ['gentle', 'steady', 'short', 'daily', 'careful', 'slow', 'light', 'regular', 'simple', 'mild'],
  verbs: ['ease', 'calm', 'loosen', 'support', 'settle', 'relax', 'warm', 'soften'],
  sentences: [
    'Many people find that {quality} movement helps the {topic} more than rest does',
    'A therapist can {verb} tight muscles around the {topic}, but the effect is short',
    'Tell your therapist if pain spreads below the knee or gets worse during a session',
    'Most sciatica settles within weeks, and staying active helps it settle',
    'Massage does not fix a disc or a nerve, yet it can make moving easier for a while',
    'Short walks spread over the day are kinder to the {topic} than one long one',
    'If you feel numbness in the groin or lose control of your bladder, get emergency help',
    'A {quality} routine is easier to keep than a hard one, and it works better over time',
    'Heat can {verb} the {topic} for a while; some people prefer a cold pack',
    'Your doctor can check for warning signs before you book a massage',
    'Pressure should stay comfortable; say so at once if it does not',
    'Sleeping on your side with a pillow between the knees can {verb} the {topic}',
  ],
};

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many articles each section gets, adding up to exactly `count`. */
export function sectionCounts(count) {
  const counts = SECTIONS.map((s) => Math.max(1, Math.floor(count * s.share)));
  let total = counts.reduce((a, b) => a + b, 0);
  for (let i = SECTIONS.length - 1; total < count; i = (i + SECTIONS.length - 1) % SECTIONS.length) {
    if (SECTIONS[i].folder !== 'red-flags') {
      counts[i]++;
      total++;
    }
  }
  while (total > count) {
    const i = counts.indexOf(Math.max(...counts));
    counts[i]--;
    total--;
  }
  return counts;
}

function readYamlDir(dir) {
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
    .sort()
    .map((n) => ({ id: n.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join(dir, n), 'utf8')) }));
}

/** The Markdown files of the corpus: { 'causes/gen-causes-0001.md': '---\n…' }. */
export function corpusFiles(count, { sources, authors, reviewers, seed = 20261123 }) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pickSome = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
    return out;
  };
  const counts = sectionCounts(count);
  const ids = Object.fromEntries(
    SECTIONS.map((s, i) => [s.folder, Array.from({ length: counts[i] }, (_, n) => `gen-${s.folder}-${String(n + 1).padStart(4, '0')}`)]),
  );
  const PLURAL = { topic: 'topics', quality: 'qualities', verb: 'verbs' };
  const fill = (template) => template.replace(/\{(\w+)\}/g, (_, key) => pick(WORDS[PLURAL[key]]));
  const yamlList = (list) => `[${list.join(', ')}]`;
  const files = {};

  SECTIONS.forEach((section, s) => {
    ids[section.folder].forEach((id, n) => {
      const topic = pick(WORDS.topics);
      const cited = pickSome(sources, 2 + Math.floor(rand() * 4));
      const title = `${section.folder === 'faqs' ? 'Question' : 'Topic'} ${n + 1}: ${topic} and ${pick(WORDS.qualities)} care`;
      const related = (folder, k) => pickSome(ids[folder].filter((x) => x !== id), k);
      const fm = [
        `title: "${title}"`,
        `description: "What to know about the ${topic} with sciatica, in plain words, with sources and when to see a doctor first."`,
        `author: ${pick(authors)}`,
        `reviewer: ${pick(reviewers)}`,
        `lastReviewed: 2026-${String(1 + Math.floor(rand() * 10)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`,
        `sources: ${yamlList(cited)}`,
        `aliases: [${topic} pain, sore ${topic}]`,
        `order: ${n + 1}`,
      ];
      if (section.folder === 'causes') {
        fm.push(`massageRole: ${pick(['helpful', 'adjunct', 'not-advised'])}`, 'positions: [side-with-pillow, reclined]');
        fm.push(`relatedSymptoms: ${yamlList(related('symptoms', 3))}`, `relatedMassageTypes: ${yamlList(related('massage-types', 2))}`, `relatedCauses: ${yamlList(related('causes', 2))}`);
      } else if (section.folder === 'symptoms') {
        fm.push(`relatedCauses: ${yamlList(related('causes', 2))}`, `relatedRedFlags: ${yamlList(related('red-flags', 1))}`, `relatedSymptoms: ${yamlList(related('symptoms', 2))}`);
      } else if (section.folder === 'massage-types') {
        fm.push(
          `pressure: ${pick(['light', 'moderate', 'firm', 'varies'])}`,
          'feelsLike: "Slow, steady strokes that warm the muscles; it should never feel sharp."',
          'avoidWhen: ["You have a fever or feel unwell", "The area is newly injured or swollen"]',
          'evidence: { level: limited, reason: "A few small trials in low back pain, none in sciatica alone." }',
          `relatedCauses: ${yamlList(related('causes', 2))}`,
        );
      } else if (section.folder === 'red-flags') {
        fm.push(
          `urgency: ${['emergency', 'urgent', 'see-a-doctor'][n % 3]}`,
          'action: "Stop and get medical help before any massage."',
          `check: "Do you have this warning sign (${n + 1}) right now?"`,
        );
      } else if (section.folder === 'faqs') {
        fm.push(`question: "What helps the ${topic}, question ${n + 1}?"`, `more: guides/${pick(ids.guides)}`);
      } else {
        fm.push(
          'evidence: { level: moderate, reason: "Several trials in low back pain point the same way." }',
          `relatedGuides: ${yamlList(related('guides', 2))}`,
          `relatedCauses: ${yamlList(related('causes', 1))}`,
        );
      }

      const cite = () => `[@${pickSome(cited, 1 + Math.floor(rand() * 2)).join('; @')}]`;
      const paragraph = (k) => Array.from({ length: k }, () => `${fill(pick(WORDS.sentences))} ${cite()}.`).join(' ');
      const link = () => {
        const other = SECTIONS[Math.floor(rand() * SECTIONS.length)];
        return `[${pick(WORDS.topics)}](/${other.path}/${pick(ids[other.folder])}/)`;
      };
      const body =
        section.folder === 'faqs'
          ? [`${paragraph(3)} Read more about the ${link()}.`]
          : [
              `## What it is`,
              paragraph(3),
              paragraph(2),
              `## What helps`,
              Array.from({ length: 4 }, () => `- ${fill(pick(WORDS.sentences))} ${cite()}.`).join('\n'),
              `## Where massage fits`,
              paragraph(3),
              ...(n % 4 === 0
                ? [['| Option | What it does |', '| --- | --- |', `| Walking | Keeps the ${topic} moving |`, '| Heat | Eases tight muscles for a while |'].join('\n')]
                : []),
              `See also the ${link()} and the ${link()}.`,
              `## When to see a doctor first`,
              paragraph(2),
            ];
      files[`${section.folder}/${id}.md`] = `---\n${fm.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
    });
  });
  return files;
}

/** Copies the project to `out` and writes the corpus into it. Returns the number of files written. */
export function writeCorpus(out, count, seed) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, entry), join(out, entry), { recursive: true });
  }
  for (const folder of ['sources', 'people', 'practice']) {
    cpSync(join(root, 'content', folder), join(out, 'content', folder), { recursive: true });
  }
  // English only, like the anchor sites it is compared with: the generated articles have no
  // translations, and /es/ twins of 1,000 untranslated pages would measure something else.
  const settings = join(out, 'content/practice/site.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^otherLanguages:.*\n/m, ''));
  if (!existsSync(join(out, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');

  const people = readYamlDir(join(root, 'content/people'));
  const files = corpusFiles(count, {
    seed,
    sources: readYamlDir(join(root, 'content/sources')).map((s) => s.id),
    authors: people.filter((p) => p.data.role === 'author').map((p) => p.id),
    reviewers: people.filter((p) => p.data.role === 'medical-reviewer').map((p) => p.id),
  });
  for (const folder of SECTIONS.map((s) => s.folder)) mkdirSync(join(out, 'content', folder), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, 'content', path)), { recursive: true });
    writeFileSync(join(out, 'content', path), text);
  }
  return Object.keys(files).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '20261123' } },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 10) throw new Error('--count must be a whole number of at least 10');
  const out = values.out ?? join(root, 'tests/.tmp', `corpus-${count}`);
  const written = writeCorpus(out, count, Number(values.seed));
  console.log(`Wrote ${written} articles into ${out}/content (build it with: cd ${out} && npx astro build)`);
}
