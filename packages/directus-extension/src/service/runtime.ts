import { createClock, type Clock } from './clock.js';
import { DefinitionStore } from './definitions.js';

/** State shared by Alur's hooks and endpoints in one Directus process. */
export interface Runtime {
  readonly definitions: DefinitionStore;
  readonly clock: Clock;
}

let runtime: Runtime | undefined;

/** The process' runtime, made on first use. */
export function getRuntime(): Runtime {
  runtime ??= { definitions: new DefinitionStore(), clock: createClock() };
  return runtime;
}

/** Whether tests may set the clock (`ALUR_TEST_CLOCK=true`; never in production). */
export const testClockEnabled = (env: Record<string, unknown>): boolean => env['ALUR_TEST_CLOCK'] === true || env['ALUR_TEST_CLOCK'] === 'true';
