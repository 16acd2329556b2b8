import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, apply, getSop, nextSlaCheck, slaCheck, start, type ApplyResult, type RequestSnapshot } from '../src/index.js';
import { at } from './helpers.js';
import { miniSop } from './mini-sop.js';
import { compileSop } from '../src/index.js';

function ok(result: ApplyResult): RequestSnapshot {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message.id}`);
  return result.snapshot;
}
const who = (role: string) => ({ id: `u-${role}`, roles: [role] });

describe('a breach before a pause (Babel "Hosting Portal": 60 minutes of a 15-minute step, then returned to the OPD)', () => {
  const sop = getSop('babel');
  const when = (local: string) => at(sop.calendar, local);
  /** The Prakom's 15-minute step entered Thu 19 Nov 2026 09:17 WIB, returned to the OPD at 10:17. */
  function returned(): RequestSnapshot {
    let request = start(sop, { opd: 'disdik', by: 'u-opd', data: { layanan: 'hosting-integrasi' } }, when('2026-11-19T09:00'));
    const events: [object, string][] = [
      [{ type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] }, '2026-11-19T09:01'],
      [{ type: 'DISPOSE', actor: who('kadis'), instruction: 'Lanjut' }, '2026-11-19T09:10'],
      [{ type: 'DISPOSE', actor: who('kabid'), instruction: 'Lanjut' }, '2026-11-19T09:17'],
      [{ type: 'RETURN_TO_OPD', actor: who('prakom'), reason: 'Nama domain belum ada' }, '2026-11-19T10:17'],
    ];
    for (const [event, local] of events) request = ok(apply(sop, request, event, when(local)));
    return request;
  }
  const deadline = () => when('2026-11-19T09:32').toISOString();

  it('stays due for the sweep while paused, at the instant the warning mark was passed', () => {
    const request = returned();
    expect(request.context.phase).toBe('waiting');
    // 75% of 15 minutes is 11.25: the 12th minute, 09:29 WIB, before the pause.
    expect(nextSlaCheck(sop, request)?.toISOString()).toBe(when('2026-11-19T09:29').toISOString());
  });

  it('records the breach at the first sweep while paused, with the deadline the pause does not move', () => {
    const request = returned();
    const sweep = when('2026-11-19T10:18');
    const ticked = apply(sop, request, { type: 'TICK' }, sweep);
    expect(ticked.ok && ticked.effects).toEqual([{ type: 'sla.breach', step: 'perintah-prakom', visit: 1, roles: ['prakom'], deadline: deadline() }]);
    const after = ok(ticked);
    expect(after.context.clocks.at(-1)).toMatchObject({ warnedAt: sweep.toISOString(), breachedAt: sweep.toISOString() });
    expect(nextSlaCheck(sop, after)).toBeUndefined();
    // Twelve days later, still waiting: the same deadline, 60 minutes used.
    expect(slaCheck(sop, after, when('2026-12-01T09:00')).current).toMatchObject({
      status: 'breached',
      paused: true,
      usedMinutes: 60,
      limitMinutes: 15,
      deadline: deadline(),
    });
  });

  it('gives the same deadline when the sweep only gets there twelve days later', () => {
    const ticked = apply(sop, returned(), { type: 'TICK' }, when('2026-12-01T09:00'));
    expect(ticked.ok && ticked.effects.map((e) => e.type === 'sla.breach' && e.deadline)).toEqual([deadline()]);
  });

  it('moves the deadline by a pause that began before it, and not by one that began after it', () => {
    let request = returned();
    request = ok(apply(sop, request, { type: 'RESUBMIT', actor: who('opd') }, when('2026-11-20T09:00')));
    request = ok(apply(sop, request, { type: 'RETURN_TO_OPD', actor: who('prakom'), reason: 'Lagi' }, when('2026-11-20T09:30')));
    expect(slaCheck(sop, request, when('2026-11-23T09:00')).current).toMatchObject({ usedMinutes: 90, deadline: deadline() });

    // A pause at 09:20, 3 minutes in, for 10 working minutes: the deadline moves from 09:32 to 09:42.
    let early = start(sop, { opd: 'disdik', by: 'u-opd', data: { layanan: 'hosting-integrasi' } }, when('2026-11-19T09:00'));
    for (const [event, local] of [
      [{ type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] }, '2026-11-19T09:01'],
      [{ type: 'DISPOSE', actor: who('kadis'), instruction: 'Lanjut' }, '2026-11-19T09:10'],
      [{ type: 'DISPOSE', actor: who('kabid'), instruction: 'Lanjut' }, '2026-11-19T09:17'],
      [{ type: 'RETURN_TO_OPD', actor: who('prakom'), reason: 'Domain' }, '2026-11-19T09:20'],
      [{ type: 'RESUBMIT', actor: who('opd') }, '2026-11-19T09:30'],
      [{ type: 'RETURN_TO_OPD', actor: who('prakom'), reason: 'Lagi' }, '2026-11-19T09:50'],
    ] as [object, string][]) {
      early = ok(apply(sop, early, event, when(local)));
    }
    // Used: 3 + 20 minutes; the second pause (09:50) began after the moved deadline (09:42).
    const current = slaCheck(sop, early, when('2026-11-19T11:00')).current!;
    expect(current).toMatchObject({ status: 'breached', usedMinutes: 23, pausedMinutes: 80, deadline: when('2026-11-19T09:42').toISOString() });
    const ticked = apply(sop, early, { type: 'TICK' }, when('2026-11-19T11:00'));
    expect(ticked.ok && ticked.effects.map((e) => e.type === 'sla.breach' && e.deadline)).toEqual([when('2026-11-19T09:42').toISOString()]);
  });
});

describe('a warning before a pause', () => {
  const sop = compileSop(miniSop);
  const when = (local: string) => at(sop.calendar, local);

  it('is recorded by a sweep while paused; the breach mark, after the pause began, is not due', () => {
    let request = start(sop, { opd: 'dinkes', by: 'u-opd' }, when('2026-11-23T09:00'));
    request = ok(apply(sop, request, { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] }, when('2026-11-23T09:05')));
    // 805 minutes to Tue 16:00 WITA; the 75% mark is Tue 11:39; returned at 13:00.
    request = ok(apply(sop, request, { type: 'RETURN_TO_OPD', actor: who('kadis'), reason: 'KAK' }, when('2026-11-24T13:00')));
    expect(nextSlaCheck(sop, request)?.toISOString()).toBe(when('2026-11-24T11:39').toISOString());
    const ticked = apply(sop, request, { type: 'TICK' }, when('2026-11-30T09:00'));
    expect(ticked.ok && ticked.effects.map((e) => e.type)).toEqual(['sla.warning']);
    expect(nextSlaCheck(sop, ok(ticked))).toBeUndefined();
    // Resumed: the breach mark comes, moved by the paused working minutes.
    const resumed = ok(apply(sop, ok(ticked), { type: 'RESUBMIT', actor: who('opd') }, when('2026-11-30T09:00')));
    const paused = slaCheck(sop, resumed, when('2026-11-30T09:00')).current!.pausedMinutes;
    expect(nextSlaCheck(sop, resumed)?.toISOString()).toBe(addWorkingMinutes(sop.calendar, when('2026-11-24T16:00'), paused + 1).toISOString());
  });
});

describe('a clock that goes back', () => {
  const sop = compileSop(miniSop);
  const when = (local: string) => at(sop.calendar, local);
  const filed = () =>
    ok(
      apply(
        sop,
        start(sop, { opd: 'dinkes', by: 'u-opd' }, when('2026-11-23T09:00')),
        { type: 'SUBMIT', actor: who('opd'), documents: [{ key: 'surat-permohonan' }] },
        when('2026-11-24T10:00'),
      ),
    );

  it('applies and records an event stamped before the last one at the last one’s instant', () => {
    const result = apply(sop, filed(), { type: 'DISPOSE', actor: who('kadis'), instruction: 'Lanjut' }, when('2026-11-23T10:00'));
    const request = ok(result);
    const last = when('2026-11-24T10:00').toISOString();
    expect(request.context.timeline.at(-1)).toMatchObject({ event: 'DISPOSE', at: last });
    expect(request.context.clocks.at(-2)).toMatchObject({ step: 'disposisi', startedAt: last, completedAt: last });
    const sla = slaCheck(sop, request, when('2026-11-24T10:00'));
    expect(sla.steps.map((s) => s.usedMinutes)).toEqual([510, 0, 0]); // the filing took Mon 09:00 → Tue 10:00
    // Later events still come at their own instant.
    const later = ok(
      apply(
        sop,
        request,
        { type: 'COMPLETE', actor: who('tim'), documents: [{ key: 'jadwal-pengembangan', data: { deadline: '2026-12-18T16:00:00+08:00' } }] },
        when('2026-11-24T11:00'),
      ),
    );
    expect(later.context.timeline.at(-1)!.at).toBe(when('2026-11-24T11:00').toISOString());
  });

  it('never reports negative minutes, even for an instant before the clock started or a stored backwards clock', () => {
    const request = filed();
    expect(slaCheck(sop, request, when('2026-11-20T09:00')).current).toMatchObject({ usedMinutes: 0, status: 'onTime' });
    // A snapshot saved before this fix, with a completion before its start.
    const broken = structuredClone(request) as unknown as { context: { clocks: { completedAt?: string }[] } };
    broken.context.clocks[0]!.completedAt = when('2026-11-20T09:00').toISOString();
    const steps = slaCheck(sop, broken as unknown as RequestSnapshot, when('2026-11-24T12:00')).steps;
    for (const step of steps) expect(step.usedMinutes, step.step).toBeGreaterThanOrEqual(0);
  });
});
