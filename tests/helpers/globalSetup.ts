// Builds the real site once for every build and browser test of the run.
import { rmSync } from 'node:fs';
import { buildSite } from './buildSite';
import { distDir, TEST_BOOKING_ENDPOINT } from './paths';

export default async function setup() {
  if (process.env.REUSE_TEST_BUILD === '1') return;
  rmSync(distDir, { recursive: true, force: true });
  const { code, output } = await buildSite(distDir, { PUBLIC_BOOKING_ENDPOINT: TEST_BOOKING_ENDPOINT, SITE_URL: 'https://sciatica.example.com' });
  if (code !== 0) throw new Error(`The site failed to build:\n${output.slice(-4000)}`);
}
