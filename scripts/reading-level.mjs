#!/usr/bin/env node
// Prints the Flesch-Kincaid grade of each article (or of the files given), highest first.
// Usage: node scripts/reading-level.mjs [files…]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gradeOf, readingStats, proseFromMarkdown } from '../src/lib/readability.ts';

const folders = ['causes', 'symptoms', 'massage-types', 'red-flags', 'faqs', 'guides'].map((f) => join('content', f));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : folders.flatMap((dir) => {
      try {
        return readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).map((n) => join(dir, n));
      } catch {
        return [];
      }
    });
const rows = files
  .filter((f) => statSync(f).isFile())
  .map((file) => ({ file, grade: gradeOf(readFileSync(file, 'utf8')), ...readingStats(proseFromMarkdown(readFileSync(file, 'utf8'))) }))
  .sort((a, b) => b.grade - a.grade);
for (const r of rows) console.log(`${r.grade.toFixed(1).padStart(5)}  ${r.file}  (${r.words} words, ${r.sentences} sentences)`);
