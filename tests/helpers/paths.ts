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
/** The loopback booking receiver the test build posts to. */
export const TEST_BOOKING_PORT = Number(process.env.TEST_BOOKING_PORT || 47613);
export const TEST_BOOKING_ENDPOINT = `http://127.0.0.1:${TEST_BOOKING_PORT}/f/test-form`;
