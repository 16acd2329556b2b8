import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';

// Shared by every package: tests run on sources (the `source` export condition), and when
// scripts/run asks for it, a JSON report per package and time zone feeds its summary line.
const reportDir = process.env.ALUR_TEST_REPORT_DIR;
const label = process.env.ALUR_TEST_LABEL ? `-${process.env.ALUR_TEST_LABEL}` : '';
const reportFile = `${reportDir}/${basename(process.cwd())}-${(process.env.TZ ?? 'local').replace(/\//g, '_')}${label}.json`;

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: reportDir ? ['default', ['json', { outputFile: reportFile }]] : ['default'],
  },
});
