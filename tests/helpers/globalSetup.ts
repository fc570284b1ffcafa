// Builds, once for every build and browser test of the run, the real site and its one variant:
// the second practice of tests/fixtures/practice-uk/ (a UK clinic: its own name, colours, logo,
// font, people and two locations; 999, en-GB, 24-hour times; booking by phone only) laid over a
// copy of the site, deployed under a base path with another SITE_URL, and carrying the GFM fixture
// pages of tests/build/gfm.test.ts and one out-of-date and one missing Spanish page (translationFixture.ts). The two builds run side by side.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './buildSite';
import { GFM_FILES } from './gfmFixture';
import { TRANSLATION_STATES } from './translationFixture';
import { practiceFixture } from './practiceFixture';
import { distDir, tmpDir, TEST_BOOKING_ENDPOINT, TEST_SITE_URL, VARIANT, variantDistDir } from './paths';

export default async function setup() {
  rmSync(join(tmpDir, 'builds.log'), { force: true });
  if (process.env.REUSE_TEST_BUILD === '1') return;
  rmSync(distDir, { recursive: true, force: true });
  rmSync(variantDistDir, { recursive: true, force: true });
  const secondPractice = practiceFixture(VARIANT.practice, 'variant', { ...GFM_FILES, ...TRANSLATION_STATES });
  const [real, variant] = await Promise.all([
    buildSite(distDir, { PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT, SITE_URL: TEST_SITE_URL }),
    // No endpoint: a phone-only practice needs none, and the build must not ask for one.
    buildSite(variantDistDir, { PUBLIC_BOOKING_ENDPOINT: '', SITE_URL: VARIANT.site, BASE_PATH: VARIANT.base }, secondPractice),
  ]);
  if (real.code !== 0) throw new Error(`The site failed to build:\n${real.output.slice(-4000)}`);
  if (variant.code !== 0) throw new Error(`The variant (the ${VARIANT.practice} practice, base path ${VARIANT.base}, phone-only booking) failed to build:\n${variant.output.slice(-4000)}`);
}
