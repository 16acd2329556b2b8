import { createClock, type Clock } from './clock.js';
import { MembershipDirectory } from './caller.js';
import { DefinitionStore } from './definitions.js';
import { Revisions } from './revisions.js';

/** State shared by Alur's hooks and endpoints in one Directus process. */
export interface Runtime {
  readonly definitions: DefinitionStore;
  readonly members: MembershipDirectory;
  readonly clock: Clock;
}

let runtime: Runtime | undefined;

/** The process' runtime, made on first use. */
export function getRuntime(): Runtime {
  if (!runtime) {
    // One read of the revision markers serves both caches.
    const revisions = new Revisions();
    runtime = { definitions: new DefinitionStore(revisions), members: new MembershipDirectory(revisions), clock: createClock() };
  }
  return runtime;
}

/** Whether tests may set the clock (`ALUR_TEST_CLOCK=true`; never in production). */
export const testClockEnabled = (env: Record<string, unknown> = {}): boolean => env['ALUR_TEST_CLOCK'] === true || env['ALUR_TEST_CLOCK'] === 'true';

/**
 * Where a test clock starts when the process starts (`ALUR_TEST_CLOCK_START`, an ISO
 * instant), so that a restarted service does not fall back to the wall clock before the
 * test can set it again. `undefined` without a test clock or without the variable.
 */
export function testClockStart(env: Record<string, unknown> = {}): Date | undefined {
  const raw = env['ALUR_TEST_CLOCK_START'];
  if (!testClockEnabled(env) || raw === undefined || raw === '') return undefined;
  const at = new Date(String(raw));
  if (Number.isNaN(at.getTime())) throw new Error(`alur: ALUR_TEST_CLOCK_START bukan waktu ISO (not an ISO instant): ${String(raw)}`);
  return at;
}
