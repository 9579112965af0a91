import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'components/**/*.test.{ts,tsx}',
            'entrypoints/**/*.test.{ts,tsx}',
            'platform/**/*.test.ts',
            'scripts/**/*.test.ts',
            // the README's conventions, checked over the source tree
            'tests/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
          // Loading kuromoji's dictionary in beforeAll takes under a second alone, many more on a busy shared machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // checks of the built extension that need no browser (size budgets); after `npm run build`
          name: 'build',
          include: ['tests/build/**/*.build.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          // One browser at a time: the machine has two cores and Chromium takes both.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
