import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// Integration tests start a real Directus: long timeouts, one file at a time. The operations,
// fuzz, files, whole-procedure, Studio (sign-in, module, people, import), dashboard browser, people, forms, backup and instances tests do not depend on the process time zone: a repeated run (ALUR_TEST_REPEAT=1, the
// second time zone of `npm test`) leaves them out.
const repeat = process.env.ALUR_TEST_REPEAT === '1';
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      testTimeout: 60_000,
      hookTimeout: 180_000,
      fileParallelism: false,
      // Each Directus on a fresh SQLite folder reuses the folder provisioned with the same options (scripts/directus-runtime.mjs).
      env: { ALUR_TEST_TEMPLATES: '1' },
      exclude: [
        ...configDefaults.exclude,
        ...(repeat
          ? [
              'test/ops.integration.test.ts',
              'test/fuzz.integration.test.ts',
              'test/files.integration.test.ts',
              'test/portal-flows.browser.test.ts',
              'test/studio.browser.test.ts',
              'test/studio-module.browser.test.ts',
              'test/studio-people.browser.test.ts',
              'test/studio-import.browser.test.ts',
              'test/dashboard.browser.test.ts',
              'test/people.integration.test.ts',
              'test/forms.integration.test.ts',
              'test/backup.integration.test.ts',
              'test/instances.integration.test.ts',
            ]
          : []),
      ],
    },
  }),
);
