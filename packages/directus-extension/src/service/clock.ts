/**
 * The service's clock: the wall clock, shifted when tests set it (only with
 * `ALUR_TEST_CLOCK=true`). Core never reads a clock; every instant it sees comes from here.
 */
export interface Clock {
  now(): Date;
  /** Moves the clock so that it reads `at` now and runs on from there. */
  set(at: Date): void;
}

/** A clock that reads the wall clock plus an offset. */
export function createClock(): Clock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set(at) {
      offset = at.getTime() - Date.now();
    },
  };
}
