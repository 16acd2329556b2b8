import { getCalendar, workingMinutesBetween } from '@alur/core';
import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureAvailability, recordHeartbeat } from '../src/service/uptime.js';

// SLA item 1 of Babel's service catalog: the share of working minutes in which the service answered.

const babel = getCalendar('babel');
const at = (time: string) => new Date(`2026-06-02T${time}:00+07:00`);
let db: Knex;

beforeEach(async () => {
  db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true, pool: { min: 1, max: 1 } });
  await db.schema.createTable('alur_meta', (t) => {
    t.string('key').primary();
    t.text('value');
  });
});
afterEach(() => db.destroy());

/** Marks every minute from `from` (included) to `to` (excluded). */
async function answer(from: Date, to: Date) {
  for (let t = from.getTime(); t < to.getTime(); t += 60_000) await recordHeartbeat(db, new Date(t));
}

describe('measured availability', () => {
  it('counts the working minutes answered since the first recorded one, and none out of hours', async () => {
    expect(await measureAvailability(db, babel, new Date(0), at('12:00'))).toBeNull();
    // Tuesday 2 June 2026: answered 08:00–12:00 WIB but for half an hour down at 09:00.
    await answer(at('08:00'), at('09:00'));
    await answer(at('09:30'), at('12:00'));
    // Marks out of working hours and a second mark of the same minute change nothing.
    await answer(at('20:00'), at('20:05'));
    await recordHeartbeat(db, at('08:00'));
    const measured = (await measureAvailability(db, babel, new Date(0), at('12:00')))!;
    const working = workingMinutesBetween(babel, at('08:00'), at('12:00'));
    const down = workingMinutesBetween(babel, at('09:00'), at('09:30'));
    expect(down).toBe(30);
    expect(measured).toEqual({
      since: at('08:00').toISOString(),
      until: at('12:00').toISOString(),
      workingMinutes: working,
      answeredMinutes: working - down,
      share: (working - down) / working,
    });
    // A span that starts later is measured from its own start.
    const later = (await measureAvailability(db, babel, at('10:00'), at('12:00')))!;
    expect([later.workingMinutes, later.answeredMinutes]).toEqual([
      workingMinutesBetween(babel, at('10:00'), at('12:00')),
      workingMinutesBetween(babel, at('10:00'), at('12:00')),
    ]);
  });

  it('keeps every minute when two instances, or two health checks of one, mark at once', async () => {
    const marks = (instance: string, from: Date, to: Date) => {
      const all = [];
      for (let t = from.getTime(); t < to.getTime(); t += 60_000) all.push(recordHeartbeat(db, new Date(t), instance));
      return Promise.all(all);
    };
    await Promise.all([marks('a', at('08:00'), at('08:40')), marks('b', at('08:20'), at('09:00')), marks('b', at('08:30'), at('08:50'))]);
    const measured = (await measureAvailability(db, babel, new Date(0), at('09:00')))!;
    expect([measured.answeredMinutes, measured.workingMinutes]).toEqual([60, 60]);
  });
});
