/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first, for a run with no timings of its own yet (a
 * fresh CI checkout): Vitest's fallback, largest file first, would start the axe file last.
 * Once a run has timings (node_modules/.vite/vitest), Vitest orders by them itself.
 */
const LONGEST_FIRST = [
  'tests/e2e/quality-a11y.test.ts',
  'tests/e2e/booking.test.ts',
  'tests/e2e/admin.test.ts',
  'tests/e2e/search.test.ts',
  'tests/e2e/quality-ux.test.ts',
  'tests/build/content-errors-editing.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    if (sorted.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

// Two projects: unit tests on their own; build and browser tests share one real build of the
// site, made once by the global setup. One pool of WORKERS files at a time for both, so the
// unit files fill the gaps the browser files leave.
const WORKERS = Number(process.env.TEST_WORKERS || 2);

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A few unit tests run `npm run check` or a script in a child process (under a second
          // alone); beside two browsers on a busy 2-core machine they took over Vitest's 5 s.
          testTimeout: 30_000,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          maxWorkers: WORKERS,
        },
      },
    ],
  },
});
