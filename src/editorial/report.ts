/**
 * The steps of `npm run check` that look at content once it has been validated: review
 * dates, reading level, images without alt text and words copied between articles; and
 * the one readable report all steps print into. Pure: scripts/check.mjs runs astro check,
 * reads the files and prints what these functions return.
 */
import { formatProblem, type ContentProblem } from './problems';
import { findCopiedRuns } from './copiedText';
import { imagesWithoutAlt } from './imageAlt';
import { READING_EASE_ES_MIN, READING_GRADE_LIMIT, easeOfEs, gradeOf, proseFromMarkdown } from './readability';
import { splitCitations } from '../lib/citations';
import { isoDay, monthsBetween, nextReviewDue, reviewStatus } from '../lib/dates';
import type { Entry } from './entries';
import { productionFindings, type ProductionEnv } from './production';

export type StepStatus = 'ok' | 'listed' | 'failed' | 'skipped';

export interface StepResult {
  title: string;
  status: StepStatus;
  /** One line: what was checked, or what was found. */
  summary: string;
  /** Lines listed under the step (problems, or items to look at). */
  details: string[];
}

/** Builds a step from problems: errors fail it, warnings are listed. */
export function stepFromProblems(title: string, problems: readonly ContentProblem[], okSummary: string): StepResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const sorted = [...errors, ...warnings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const details = sorted.map((p) => `${p.severity === 'warning' ? '(to finish) ' : ''}${formatProblem(p)}`);
  if (errors.length) return { title, status: 'failed', summary: `${count(errors.length, 'problem')} to fix`, details };
  if (warnings.length) return { title, status: 'listed', summary: `${count(warnings.length, 'thing')} to finish before publishing`, details };
  return { title, status: 'ok', summary: okSummary, details: [] };
}

export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Published English articles: what a reader sees, so what the later steps judge. */
export const publishedArticles = (entries: readonly Entry[]) => entries.filter((e) => e.bodyLine > 0 && !e.draft && !e.collection.includes(':'));

/** Published translations (collection "es:causes"). */
export const publishedTranslations = (entries: readonly Entry[]) => entries.filter((e) => e.bodyLine > 0 && !e.draft && e.collection.includes(':'));

/** Fernández-Huerta reading ease of every Spanish page; below the site's floor fails, like the English grade. */
export function spanishReadingStep(translations: readonly Entry[], min = READING_EASE_ES_MIN): StepResult {
  const title = 'Reading ease (Spanish)';
  const scores = translations.map((entry) => ({ entry, ease: easeOfEs(entry.body) })).sort((a, b) => a.ease - b.ease);
  const hard = scores.filter((s) => s.ease < min);
  if (!scores.length) return { title, status: 'ok', summary: 'no Spanish pages yet', details: [] };
  if (!hard.length) {
    return { title, status: 'ok', summary: `every Spanish page at ${min} or above, "bastante fácil" (hardest: ${scores[0]!.ease.toFixed(1)}, ${scores[0]!.entry.file})`, details: [] };
  }
  return {
    title,
    status: 'failed',
    summary: `${count(hard.length, 'Spanish page')} below ${min}; shorter sentences and shorter words raise it`,
    details: hard.map(({ entry, ease }) => `${entry.file}: reading ease ${ease.toFixed(1)} (aim for ${min} or above)`),
  };
}

/**
 * Review dates are an editorial deadline, not a code fault: pages over 12 months since
 * lastReviewed are listed with the day they fall due (18 months). Only the production gate
 * (`npm run check -- --production`) fails on a page past that day.
 */
export function reviewStep(articles: readonly Entry[], today: Date, { production = false } = {}): StepResult {
  const title = 'Review dates';
  const rows = articles
    .map((entry) => {
      const date = entry.data.lastReviewed as Date;
      return { entry, date, status: reviewStatus(date, today), months: monthsBetween(date, today) };
    })
    .filter((r) => r.status !== 'current')
    .sort((a, b) => a.date.getTime() - b.date.getTime());
  const details = rows.map(({ entry, date, status, months }) => {
    const where = `${entry.file}:${entry.yaml.lineOf(['lastReviewed']) ?? 1} field "lastReviewed"`;
    const due = new Date(date);
    due.setUTCMonth(due.getUTCMonth() + 18);
    return status === 'expired'
      ? `${where}: last reviewed ${isoDay(date)}, ${months} months ago; it was due by ${isoDay(due)}. Ask the medical reviewer to check it, then set lastReviewed to that day`
      : `${where}: last reviewed ${isoDay(date)}, ${months} months ago; due for review since ${isoDay(nextReviewDue(date))}, and it must be reviewed by ${isoDay(due)}`;
  });
  const expired = rows.filter((r) => r.status === 'expired').length;
  const summary = `${count(rows.length, 'page')} due for review${expired ? ` (${expired} past the 18-month limit)` : ''}`;
  if (expired && production) return { title, status: 'failed', summary: `${summary}; a page past its review date cannot be published`, details };
  if (rows.length) return { title, status: 'listed', summary, details };
  return { title, status: 'ok', summary: `all ${count(articles.length, 'page')} reviewed in the last 12 months`, details: [] };
}

/**
 * The production gate's settings (src/editorial/production.ts): listed as things to finish in
 * a normal check, failed with `--production`. Pages past their review date are the review step's.
 */
export function productionStep(entries: readonly Entry[], env: ProductionEnv, { production = false } = {}): StepResult {
  const title = 'Ready to publish';
  const findings = productionFindings(entries, env);
  const details = findings.map((f) => formatProblem({ ...f, severity: 'error', step: 'content' }));
  if (!findings.length) return { title, status: 'ok', summary: 'no demo or placeholder settings left', details: [] };
  if (production) return { title, status: 'failed', summary: `${count(findings.length, 'demo or placeholder setting')} to change before publishing (README, "Make it yours")`, details };
  return { title, status: 'listed', summary: `${count(findings.length, 'demo or placeholder setting')} to change before publishing; \`npm run check -- --production\` lists them, and fails until they are done`, details: [] };
}

/** Flesch-Kincaid grade of every page; above the site's limit fails (the same limit the tests hold). */
export function readingStep(articles: readonly Entry[], limit = READING_GRADE_LIMIT): StepResult {
  const title = 'Reading level';
  const grades = articles.map((entry) => ({ entry, grade: gradeOf(entry.body) })).sort((a, b) => b.grade - a.grade);
  const hard = grades.filter((g) => g.grade > limit);
  const highest = grades[0];
  if (hard.length === 0) {
    return {
      title,
      status: 'ok',
      summary: `every page at grade ${limit} or below${highest ? ` (hardest: ${highest.grade.toFixed(1)}, ${highest.entry.file})` : ''}`,
      details: [],
    };
  }
  return {
    title,
    status: 'failed',
    summary: `${count(hard.length, 'page')} above grade ${limit}; shorter sentences and everyday words bring it down`,
    details: hard.map(({ entry, grade }) => `${entry.file}: grade ${grade.toFixed(1)} (aim for ${limit} or below)`),
  };
}

/** The most of an article's visible text that citation markers may take. */
export const CITATION_SHARE_LIMIT = 0.05;

/**
 * The share of a page's visible text that is citation markers ("1", "2, 5"), as a reader sees
 * it once src/markdown/citations.ts has numbered them: a page should read as prose, not references.
 */
export function citationShare(body: string): number {
  const numbers = new Map<string, number>();
  let markers = 0;
  for (const { keys = [] } of splitCitations(body)) {
    const group = [...new Set(keys)];
    for (const key of group) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    markers += group.map((k) => String(numbers.get(k))).join(', ').length;
  }
  const prose = proseFromMarkdown(body).replace(/\s+/g, ' ').trim().length;
  return prose + markers === 0 ? 0 : markers / (prose + markers);
}

/** Citation markers above the limit fail; the page with the highest share is named either way. */
export function citationStep(articles: readonly Entry[], limit = CITATION_SHARE_LIMIT): StepResult {
  const title = 'Citation text';
  const shares = articles.map((entry) => ({ entry, share: citationShare(entry.body) })).sort((a, b) => b.share - a.share);
  const over = shares.filter((s) => s.share > limit);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const highest = shares[0];
  if (over.length === 0) {
    return { title, status: 'ok', summary: `citation markers are at most ${pct(highest?.share ?? 0)} of a page's text (limit ${pct(limit)}${highest ? `; ${highest.entry.file}` : ''})`, details: [] };
  }
  return {
    title,
    status: 'failed',
    summary: `${count(over.length, 'page')} where citation markers are over ${pct(limit)} of the text`,
    details: over.map(({ entry, share }) => `${entry.file}: ${pct(share)}; cite once per paragraph when one source covers it`),
  };
}

/** Every image needs alt text (alt="" marks decoration on purpose). */
export function altTextStep(articles: readonly Entry[]): StepResult {
  const title = 'Images without alt text';
  const details = articles.flatMap((entry) =>
    imagesWithoutAlt(entry.body).map(
      ({ line, text }) =>
        `${entry.file}:${entry.bodyLine + line - 1}: the image ${text} has no alt text; describe what it shows, e.g. ![A person lying on their side, a pillow held between the knees](…), or alt="" if it is only decoration`,
    ),
  );
  if (details.length) return { title, status: 'failed', summary: `${count(details.length, 'image')} without alt text`, details };
  return { title, status: 'ok', summary: 'every image has alt text', details: [] };
}

/** Runs of `words` or more words shared by two pages; the longest per pair is shown. */
export function copiedStep(articles: readonly Entry[], words = 12, show = 12): StepResult {
  const title = 'Words copied between articles';
  const runs = findCopiedRuns(
    articles.map((e) => ({ id: e.file, body: e.body })),
    words,
  );
  const pairs = new Map<string, { a: string; b: string; longest: number; total: number; passages: number; text: string }>();
  for (const run of runs) {
    const key = `${run.a}\u0000${run.b}`;
    const pair = pairs.get(key) ?? { a: run.a, b: run.b, longest: 0, total: 0, passages: 0, text: '' };
    pair.total += run.words;
    pair.passages += 1;
    if (run.words > pair.longest) Object.assign(pair, { longest: run.words, text: run.text });
    pairs.set(key, pair);
  }
  const sorted = [...pairs.values()].sort((x, y) => y.total - x.total || x.a.localeCompare(y.a));
  if (sorted.length === 0) return { title, status: 'ok', summary: `no run of ${words} or more words appears in two pages`, details: [] };
  const cut = (t: string) => (t.split(' ').length > 14 ? `${t.split(' ').slice(0, 14).join(' ')} …` : t);
  const details = sorted
    .slice(0, show)
    .map((p) => `${p.a} and ${p.b}: ${p.total} words in ${count(p.passages, 'passage')}, e.g. "${cut(p.text)}"`);
  if (sorted.length > show) details.push(`… and ${count(sorted.length - show, 'more pair')} (npm run check -- --all lists every one)`);
  return {
    title,
    status: 'listed',
    summary: `${count(sorted.length, 'pair')} of pages share runs of ${words}+ words; say it once and link to it, or reword`,
    details,
  };
}

const MARK: Record<StepStatus, string> = { ok: '✔ ok', listed: '! to review', failed: '✖ failed', skipped: '- skipped' };

/** The whole report: numbered steps, their lists, and one closing line. */
export function formatReport(steps: readonly StepResult[]): { text: string; failed: boolean } {
  const width = Math.max(...steps.map((s, i) => `${i + 1}. ${s.title}`.length)) + 2;
  const lines = ['npm run check', ''];
  steps.forEach((step, i) => {
    const label = `${i + 1}. ${step.title}`;
    lines.push(`${label} ${'.'.repeat(Math.max(2, width - label.length))} ${MARK[step.status]}: ${step.summary}`);
    for (const detail of step.details) lines.push(`     - ${detail}`);
  });
  const failed = steps.map((s, i) => ({ s, i })).filter(({ s }) => s.status === 'failed');
  const listed = steps.filter((s) => s.status === 'listed').length;
  lines.push('');
  if (failed.length) {
    lines.push(
      `✖ The check failed: ${failed.map(({ s, i }) => `${i + 1}. ${s.title}`).join(', ')}. Fix the lines under ${failed.length === 1 ? 'it' : 'them'} and run npm run check again (CONTRIBUTING.md, "What the checks say").`,
    );
  } else {
    lines.push(`✔ The check passed${listed ? `, with ${count(listed, 'step')} listing things to review` : ''}.`);
  }
  return { text: lines.join('\n'), failed: failed.length > 0 };
}
