import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where the test run builds the real site (kept apart from ./dist so a dev's build is never clobbered). */
export const distDir = join(root, 'tests/.tmp/dist');
/** The loopback booking receiver the test build posts to. */
export const TEST_BOOKING_PORT = 47613;
export const TEST_BOOKING_ENDPOINT = `http://127.0.0.1:${TEST_BOOKING_PORT}/f/test-form`;
