#!/usr/bin/env node
// npm run check: everything an editor needs to know before publishing, in one report.
//   1. astro check (types, .astro templates)   2. content validation   3. internal links and citations
//   4. review dates   5. reading level   6. citation text   7. images without alt text   8. words copied between articles
//   9. ready to publish (demo and placeholder settings, src/editorial/production.ts)
//   10. translations (out of date or missing, src/editorial/translations.ts)   11. Spanish reading ease
// Exits 1 when a step fails. Options: --skip-astro, --today=YYYY-MM-DD, --copy-words=12, --all,
// --root=<folder> (check another copy of the site), --production (the gate before publishing:
// pages past their review date and demo or placeholder settings fail it; otherwise both are listed).
// SITE_URL and PUBLIC_BOOKING_ENDPOINT are read from the environment (and .env) as the build reads them.
// In GitHub Actions (GITHUB_ACTIONS=true) it also prints one annotation per problem, so the pull
// request shows it on the line it names, and adds the report as a list to the job summary
// (GITHUB_STEP_SUMMARY); see "Checks and deploys" in README.md.
import './lib/ts-imports.mjs';
import { annotation, cliOptions } from './lib/cli.mjs';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

// Dynamic imports: the hook above must be in place before the TypeScript modules load.
const { checkContent } = await import('../src/editorial/pipeline.ts');
const { citedKeys } = await import('../src/lib/citations.ts');
const report = await import('../src/editorial/report.ts');

const options = cliOptions();
const root = resolve(typeof options.root === 'string' ? options.root : process.cwd());
const today = typeof options.today === 'string' ? new Date(`${options.today}T00:00:00Z`) : new Date();
const copyWords = Number(options['copy-words'] ?? 12);

/** Step 1: astro check, summarised; its own output only when it finds something. */
function astroCheck() {
  const title = 'Type check (astro check)';
  if (options['skip-astro']) return { title, status: 'skipped', summary: 'skipped (--skip-astro)', details: [] };
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 32 * 1024 * 1024,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  const files = /Result \((\d+) files?\)/.exec(output)?.[1];
  if (run.status === 0) return { title, status: 'ok', summary: `no errors in ${files ?? 'the'} files`, details: [] };
  if (output.includes('content problems are fixed')) {
    return { title, status: 'failed', summary: 'stopped at the content problems listed in step 2', details: [] };
  }
  const lines = output.split('\n');
  const diagnostics = lines.filter((l) => /^\S.*:\d+:\d+ - (error|warning)/.test(l)).map((l) => l.trim());
  const counts = /- (\d+) errors?/.exec(output)?.[1];
  return {
    title,
    status: 'failed',
    summary: counts ? `${counts} error${counts === '1' ? '' : 's'} in the code (not in content)` : 'astro check failed',
    details: diagnostics.length ? diagnostics.slice(0, 30) : lines.filter((l) => l.trim()).slice(-15),
  };
}

const steps = [astroCheck()];

const { files, problems, entries } = checkContent(root, 'check');
const articles = report.publishedArticles(entries);
const articleCount = entries.filter((e) => e.bodyLine > 0).length;
steps.push(
  report.stepFromProblems(
    'Content validation',
    problems.filter((p) => p.step === 'content'),
    `${files.length} files: ${articleCount} pages and ${entries.length - articleCount} data entries match their fields`,
  ),
);
const citations = articles.reduce((n, e) => n + citedKeys(e.body).length, 0);
const links = articles.reduce((n, e) => n + (e.body.match(/\]\(\//g) ?? []).length, 0);
steps.push(
  report.stepFromProblems(
    'Internal links and citations',
    problems.filter((p) => p.step === 'links'),
    `${links} internal links lead to pages that exist; ${citations} cited sources are in content/sources/ and in each page's list`,
  ),
);
steps.push(report.reviewStep(articles, today, { production: Boolean(options.production) }));
steps.push(report.readingStep(articles));
steps.push(report.citationStep(articles));
steps.push(report.altTextStep(articles));
steps.push(report.copiedStep(articles, copyWords, options.all ? Infinity : 12));
// The .env files Vite reads for a production build, then the environment, which wins (as in the build).
const dotenv = ['.env', '.env.local', '.env.production', '.env.production.local']
  .map((name) => resolve(root, name))
  .filter((file) => existsSync(file))
  .reduce((vars, file) => ({ ...vars, ...parseEnv(readFileSync(file, 'utf8')) }), {});
const env = { ...dotenv, ...process.env };
steps.push(report.productionStep(entries, env, { production: Boolean(options.production) }));
// Pages in other languages (content/es/): each of the current English version, and plain enough.
const translations = report.publishedTranslations(entries);
const translationProblems = problems.filter((p) => p.step === 'translations');
steps.push(
  report.stepFromProblems(
    'Translations',
    translationProblems,
    `${translations.length} translated pages, each of the current English version`,
  ),
);
steps.push(report.spanishReadingStep(translations));

const { text, failed } = report.formatReport(steps);
console.log(text);
if (process.env.GITHUB_ACTIONS === 'true') {
  const annotations = githubAnnotations(steps, problems);
  if (annotations.length) console.log(`\n${annotations.join('\n')}`);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(steps, failed));
}
process.exit(failed ? 1 : 0);

/**
 * One annotation per problem: steps 2 and 3 from the problems themselves (file, line, field,
 * message); the later steps from their lines that name a file ("content/x.md:6 field "y": …").
 * A failed step's lines are errors, a listed step's warnings; copied words name two files, so
 * they stay in the report and the summary only.
 */
function githubAnnotations(steps, problems) {
  const out = [];
  const byStep = { content: 'Content validation', links: 'Internal links and citations', translations: 'Translations' };
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const p of sorted) {
    const message = p.note ? `${p.message}\n${p.note}` : p.message;
    out.push(annotation(p.severity === 'warning' ? 'warning' : 'error', { file: p.file, line: p.line, title: p.field ?? byStep[p.step], message }));
  }
  const located = /^(\S+?\.(?:mdx?|ya?ml|json|svg|png))(?::(\d+))?(?: field "([^"]+)"(, item \d+)?)?: (.+)$/s;
  for (const step of steps) {
    if (Object.values(byStep).includes(step.title) || step.title === 'Words copied between articles') continue;
    if (step.status !== 'failed' && step.status !== 'listed') continue;
    for (const detail of step.details) {
      const m = located.exec(detail);
      if (!m) continue;
      const [, file, line, field, item = ''] = m;
      out.push(annotation(step.status === 'failed' ? 'error' : 'warning', { file, line: line && Number(line), title: field ? `${field}${item}` : step.title, message: m[5] }));
    }
  }
  return out;
}

/** The report as Markdown for the job summary: each step, then its lines as a list. */
function jobSummary(steps, failed) {
  const mark = { ok: '✅', listed: '⚠️', failed: '❌', skipped: '➖' };
  const code = (s) => s.replace(/^(\S+?\.(?:mdx?|ya?ml|json|svg|png)(?::\d+)?)/, '`$1`');
  const lines = ['## npm run check', ''];
  lines.push(failed ? '**The check failed.** Fix each line marked ❌ below; every line names the file, the line and the field, and says what to change (CONTRIBUTING.md, "What the checks say and how to fix it").' : '**The check passed.**', '');
  steps.forEach((step, i) => {
    lines.push(`${mark[step.status]} **${i + 1}. ${step.title}**: ${step.summary}`, '');
    for (const detail of step.details) lines.push(`- ${code(detail)}`);
    if (step.details.length) lines.push('');
  });
  return `${lines.join('\n')}\n`;
}
