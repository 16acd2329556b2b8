import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingMinutes, getCalendar, isWorkingTime, nextOpening, workingMinutesBetween } from '../src/index.js';
import { oracleAddDays, oracleAddMinutes, oracleBetween } from './oracle.js';

// Instants from 2024-03-01 to 2026-09-30 (UTC), leaving two months on each side inside the data.
const FROM = Date.UTC(2024, 2, 1);
const TO = Date.UTC(2026, 8, 30);
const instant = fc.integer({ min: FROM / 60_000, max: TO / 60_000 }).map((minute) => new Date(minute * 60_000));
// Calendar ids, not calendar objects, so that a counterexample prints short.
const calendar = fc.constantFrom('id-nasional', 'sumbawa', 'babel', 'kalbar-lpse');

describe('the engine agrees with a day-by-day reference on random inputs', () => {
  it('addWorkingDays', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 40 }), (id, start, n) => {
        const c = getCalendar(id);
        expect(addWorkingDays(c, start, n).getTime(), id).toBe(oracleAddDays(c, start, n).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingMinutes', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 6000 }), (id, start, m) => {
        const c = getCalendar(id);
        expect(addWorkingMinutes(c, start, m).getTime(), id).toBe(oracleAddMinutes(c, start, m).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('workingMinutesBetween (about two months apart at most)', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: -60 * 24 * 60, max: 60 * 24 * 60 }), (id, from, delta) => {
        const c = getCalendar(id);
        const to = new Date(from.getTime() + delta * 60_000);
        expect(workingMinutesBetween(c, from, to), id).toBe(oracleBetween(c, from, to));
      }),
      { numRuns: 300 },
    );
  });
});

describe('working-time arithmetic laws', () => {
  it('days are additive: (t + a) + b = t + (a + b)', () => {
    fc.assert(
      fc.property(calendar, instant, fc.nat(30), fc.nat(30), (id, t, a, b) => {
        const c = getCalendar(id);
        expect(addWorkingDays(c, addWorkingDays(c, t, a), b).getTime()).toBe(addWorkingDays(c, t, a + b).getTime());
      }),
    );
  });

  it('minutes are additive for positive amounts', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (id, t, a, b) => {
        const c = getCalendar(id);
        expect(addWorkingMinutes(c, addWorkingMinutes(c, t, a), b).getTime()).toBe(addWorkingMinutes(c, t, a + b).getTime());
      }),
    );
  });

  it('is monotonic in the start and in the amount', () => {
    fc.assert(
      fc.property(calendar, instant, instant, fc.nat(40), fc.nat(40), (id, t1, t2, n1, n2) => {
        const c = getCalendar(id);
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const [few, many] = n1 <= n2 ? [n1, n2] : [n2, n1];
        expect(addWorkingDays(c, early, few).getTime()).toBeLessThanOrEqual(addWorkingDays(c, late, few).getTime());
        expect(addWorkingDays(c, early, few).getTime()).toBeLessThanOrEqual(addWorkingDays(c, early, many).getTime());
        expect(addWorkingMinutes(c, early, few * 97).getTime()).toBeLessThanOrEqual(addWorkingMinutes(c, late, few * 97).getTime());
        expect(addWorkingMinutes(c, early, few * 97).getTime()).toBeLessThanOrEqual(addWorkingMinutes(c, early, many * 97).getTime());
      }),
    );
  });

  it('round-trips with between: between(t, t + m) = m, and t + between(t, u) lands on u', () => {
    fc.assert(
      fc.property(calendar, instant, instant, fc.integer({ min: 1, max: 20_000 }), (id, t, u, m) => {
        const c = getCalendar(id);
        expect(workingMinutesBetween(c, t, addWorkingMinutes(c, t, m))).toBe(m);
        const [a, b] = t <= u ? [t, u] : [u, t];
        const minutes = workingMinutesBetween(c, a, b);
        if (minutes > 0) {
          const back = addWorkingMinutes(c, a, minutes);
          // Always the same working-time position as b; the very instant when b is inside an
          // interval (an opening has the position of the closing before it, where results stay).
          expect(workingMinutesBetween(c, back, b)).toBe(0);
          if (isWorkingTime(c, b) && isWorkingTime(c, new Date(b.getTime() - 1))) expect(back.getTime()).toBe(b.getTime());
        }
      }),
    );
  });

  it('between is additive over a middle point and undoes a backward step', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, fc.integer({ min: 1, max: 5000 }), (id, a, b, x, m) => {
        const c = getCalendar(id);
        expect(workingMinutesBetween(c, a, b) + workingMinutesBetween(c, b, x)).toBe(workingMinutesBetween(c, a, x));
        const open = nextOpening(c, a);
        expect(addWorkingMinutes(c, addWorkingMinutes(c, open, m), -m).getTime()).toBe(open.getTime());
      }),
    );
  });
});
