// No sentence anywhere on the built site repeats a "do not say" claim from the brief.
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';
import { findDoNotSay } from '../helpers/medicalClaims';

// The visible text of the body, one line per block, so a heading never runs into the next paragraph.
const textOf = (html: string) =>
  html
    .replace(/^[\s\S]*?<body[^>]*>/, '')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|dd|dt|td|th|figcaption|summary|caption|a|label|button|div|section)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;/g, '’');

describe('the site never says what the brief rules out, in English or Spanish', () => {
  it('no built page makes a do-not-say claim', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    const hits = pages.flatMap((page) => findDoNotSay(textOf(readPage(page)), page.startsWith('/es/') ? 'es' : 'en').map((h) => `${page}: [${h.rule}] "${h.sentence}" — ${h.why}`));
    expect(hits).toEqual([]);
  });
});
