import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Scratch space for a test run. TEST_TMP_DIR lets two runs on one machine (two
 * developers' checkouts, or CI beside a dev) keep their builds apart.
 */
export const tmpDir = process.env.TEST_TMP_DIR || join(root, 'tests/.tmp');
/** Where the test run builds the real site (kept apart from ./dist so a dev's build is never clobbered). */
export const distDir = join(tmpDir, 'dist');
/**
 * The one variant build of the run, shared by every test of a setting that differs from the
 * real site's: a second practice (tests/fixtures/practice-uk/: a UK clinic with its own name,
 * colours, logo, people and locations, 999, en-GB and 24-hour times, booking by phone only, so
 * no booking endpoint at all), deployed under a base path with another SITE_URL. It also carries
 * the GFM fixture pages (tests/helpers/gfmFixture.ts). Built beside the real site by the global setup.
 */
export const variantDistDir = join(tmpDir, 'dist-variant');
export const VARIANT = { base: '/sciatica/', site: 'https://clinic.example.org', practice: 'practice-uk' } as const;
/** The SITE_URL of the real test build. */
export const TEST_SITE_URL = 'https://sciatica.example.com';
/** The booking inbox (scripts/booking-inbox.mjs) the test build posts to, on loopback. */
export const TEST_BOOKING_PORT = Number(process.env.TEST_BOOKING_PORT || 47613);
export const TEST_BOOKING_ENDPOINT = `http://127.0.0.1:${TEST_BOOKING_PORT}/f/test-form`;
