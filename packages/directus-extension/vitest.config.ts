import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// Integration tests start a real Directus: long timeouts, one file at a time.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false } }));
