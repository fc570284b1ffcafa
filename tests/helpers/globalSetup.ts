// Builds, once for every build and browser test of the run, the real site and its one variant
// (base path, another SITE_URL, booking by phone only, and the GFM fixture pages of
// tests/build/gfm.test.ts). The two builds run side by side.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildSite } from './buildSite';
import { fixtureProject } from './fixtureProject';
import { GFM_FILES } from './gfmFixture';
import { distDir, root, tmpDir, TEST_BOOKING_ENDPOINT, TEST_SITE_URL, VARIANT, variantDistDir } from './paths';

export default async function setup() {
  rmSync(join(tmpDir, 'builds.log'), { force: true });
  if (process.env.REUSE_TEST_BUILD === '1') return;
  rmSync(distDir, { recursive: true, force: true });
  rmSync(variantDistDir, { recursive: true, force: true });
  const settings = parse(readFileSync(join(root, 'content/practice/site.yaml'), 'utf8'));
  const phoneOnly = fixtureProject('variant', {
    'content/practice/site.yaml': stringify({ ...settings, booking: { ...settings.booking, mode: 'phone-only' } }),
    ...GFM_FILES,
  });
  const [real, variant] = await Promise.all([
    buildSite(distDir, { PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT, SITE_URL: TEST_SITE_URL }),
    // No endpoint: a phone-only practice needs none, and the build must not ask for one.
    buildSite(variantDistDir, { PUBLIC_BOOKING_ENDPOINT: '', SITE_URL: VARIANT.site, BASE_PATH: VARIANT.base }, phoneOnly),
  ]);
  if (real.code !== 0) throw new Error(`The site failed to build:\n${real.output.slice(-4000)}`);
  if (variant.code !== 0) throw new Error(`The variant (base path ${VARIANT.base}, phone-only booking) failed to build:\n${variant.output.slice(-4000)}`);
}
