import { describe, expect, it } from 'vitest';
import {
  apply,
  builtinCalendarDefinitions,
  compileSop,
  createCalendarRegistry,
  nextSlaCheck,
  slaCheck,
  start,
  type ApplyResult,
  type RequestSnapshot,
} from '../src/index.js';
import { at } from './helpers.js';
import { miniSop } from './mini-sop.js';

const sop = compileSop(miniSop);
const when = (local: string) => at(sop.calendar, local);
const opd = { id: 'u-opd', roles: ['opd'] };
const kadis = { id: 'u-kadis', roles: ['kadis'] };
const tim = { id: 'u-tim', roles: ['tim'] };

function ok(result: ApplyResult): RequestSnapshot {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message.id}`);
  return result.snapshot;
}

function begin(): RequestSnapshot {
  const request = start(sop, { opd: 'dinkes', by: 'u-opd', data: { judul: 'SIMPUS' } }, when('2026-11-23T09:00'));
  return ok(apply(sop, request, { type: 'SUBMIT', actor: opd, documents: [{ key: 'surat-permohonan', ref: 'f1' }] }, when('2026-11-23T09:05')));
}

describe('start and apply', () => {
  it('starts at the first step with its clock running', () => {
    const request = start(sop, { opd: 'dinkes', by: 'u-opd' }, when('2026-11-23T09:00'));
    expect(request.context).toMatchObject({ step: 'permohonan', phase: 'active', opd: 'dinkes' });
    expect(request.context.clocks).toEqual([{ step: 'permohonan', visit: 1, startedAt: '2026-11-23T01:00:00.000Z', pauses: [] }]);
  });

  it('moves on, records who did what when, starts the next clock and asks to notify the next actor', () => {
    const request = begin();
    const result = apply(sop, request, { type: 'DISPOSE', actor: kadis, instruction: 'Tindak lanjuti' }, when('2026-11-23T10:00'));
    expect(result.ok && result.effects).toEqual([{ type: 'notify', reason: 'step-entered', step: 'rencana', roles: ['tim'] }]);
    const next = ok(result);
    expect(next.context.timeline.at(-1)).toEqual({
      at: '2026-11-23T02:00:00.000Z',
      by: 'u-kadis',
      event: 'DISPOSE',
      step: 'disposisi',
      instruction: 'Tindak lanjuti',
      documents: ['disposisi'],
      to: 'rencana',
    });
    // The disposition is the step's output, recorded by the act: nobody uploads it.
    expect(next.context.documents['disposisi']).toEqual({
      key: 'disposisi',
      name: 'Disposisi',
      data: { event: 'DISPOSE', from: 'kadis', to: 'tim', instruction: 'Tindak lanjuti' },
      by: 'u-kadis',
      at: '2026-11-23T02:00:00.000Z',
      step: 'disposisi',
    });
    expect(next.context.clocks.at(-2)).toMatchObject({ step: 'disposisi', completedAt: '2026-11-23T02:00:00.000Z', deadline: '2026-11-24T08:00:00.000Z' });
    expect(next.context.clocks.at(-1)).toMatchObject({ step: 'rencana', startedAt: '2026-11-23T02:00:00.000Z', deadline: '2026-11-23T06:00:00.000Z' });
  });

  it.each([
    [
      'a wrong role',
      { type: 'DISPOSE', actor: tim, instruction: 'x' },
      'WRONG_ROLE',
      'Langkah 2 "disposisi" dikerjakan oleh Kepala Dinas; peran Anda (tim) tidak berwenang.',
    ],
    [
      'the wrong action for the step',
      { type: 'COMPLETE', actor: kadis },
      'NOT_ALLOWED_NOW',
      'Langkah 2 "disposisi" diselesaikan dengan DISPOSE, bukan COMPLETE.',
    ],
    ['a disposition without instruction', { type: 'DISPOSE', actor: kadis, instruction: ' ' }, 'INVALID_EVENT', 'Event tidak sah.'],
    ['an unknown event', { type: 'HAPUS', actor: kadis }, 'INVALID_EVENT', 'Event tidak sah.'],
    [
      'a resubmit that is not due',
      { type: 'RESUBMIT', actor: opd },
      'NOT_ALLOWED_NOW',
      'Permohonan tidak sedang dikembalikan ke OPD; RESUBMIT tidak diperlukan.',
    ],
  ])('refuses %s with a reason and leaves the snapshot unchanged', (_label, event, code, message) => {
    const request = begin();
    const copy = structuredClone(request);
    const result = apply(sop, request, event, when('2026-11-23T10:00'));
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.error.code, result.error.message.id]).toEqual([code, message]);
    expect(result.snapshot).toBe(request);
    expect(request).toEqual(copy);
  });

  it('refuses to complete a step before its Kelengkapan is present', () => {
    const request = start(sop, { opd: 'dinkes', by: 'u-opd' }, when('2026-11-23T09:00'));
    const result = apply(sop, request, { type: 'SUBMIT', actor: opd }, when('2026-11-23T09:05'));
    expect(!result.ok && result.error).toMatchObject({
      code: 'MISSING_KELENGKAPAN',
      message: {
        id: 'Kelengkapan belum ada: Surat Permohonan (surat-permohonan). Unggah dulu lalu ulangi.',
        en: 'Missing required inputs: Surat Permohonan (surat-permohonan). Upload them, then try again.',
      },
    });
    const uploaded = ok(apply(sop, request, { type: 'UPLOAD', actor: opd, documents: [{ key: 'surat-permohonan' }] }, when('2026-11-23T09:04')));
    expect(apply(sop, uploaded, { type: 'SUBMIT', actor: opd }, when('2026-11-23T09:05')).ok).toBe(true);
  });

  it('pauses the clock while the request waits on the OPD and moves the deadline by the paused time', () => {
    let request = begin();
    request = ok(apply(sop, request, { type: 'RETURN_TO_OPD', actor: kadis, reason: 'KAK belum ada' }, when('2026-11-23T10:00')));
    expect(request.context.phase).toBe('waiting');
    expect(apply(sop, request, { type: 'DISPOSE', actor: kadis, instruction: 'x' }, when('2026-11-23T11:00')).ok).toBe(false);
    expect(apply(sop, request, { type: 'RESUBMIT', actor: kadis }, when('2026-11-23T11:00')).ok).toBe(false);
    request = ok(apply(sop, request, { type: 'RESUBMIT', actor: opd, documents: [{ key: 'kak' }] }, when('2026-11-25T10:00')));
    const sla = slaCheck(sop, request, when('2026-11-25T11:00'));
    // Mon 09:05–10:00 before the pause, Wed 10:00–11:00 after: 115 minutes used of 805.
    expect(sla.current).toMatchObject({ step: 'disposisi', status: 'onTime', usedMinutes: 115, pausedMinutes: 900, limitMinutes: 805, leftMinutes: 690 });
    expect(sla.current?.deadline).toBe('2026-11-26T08:00:00.000Z'); // Thu 16:00 WITA instead of Tue
  });

  it('reports a warning at 75% of the limit and a breach, each exactly once', () => {
    let request = begin();
    const tick = (local: string) => {
      const result = apply(sop, request, { type: 'TICK' }, when(local));
      request = ok(result);
      return result.ok ? result.effects.map((e) => e.type) : [];
    };
    expect(tick('2026-11-23T15:00')).toEqual([]);
    expect(tick('2026-11-24T10:00')).toEqual([]); // 475 of 805 minutes: 59%
    expect(tick('2026-11-24T13:30')).toEqual(['sla.warning']); // 655 minutes: 81%
    expect(tick('2026-11-24T14:00')).toEqual([]);
    expect(tick('2026-11-25T08:00')).toEqual(['sla.breach']);
    expect(tick('2026-11-25T09:00')).toEqual([]);
    expect(slaCheck(sop, request, when('2026-11-25T09:00')).current).toMatchObject({ status: 'breached', leftMinutes: -90 });
  });

  it('tells the sweep when the next TICK can change the request: 75% of the limit, then just past the deadline', () => {
    let request = begin();
    const warnAt = nextSlaCheck(sop, request)!;
    // 75% of 805 minutes (Mon 09:05 → Tue 16:00 WITA) is 604: 355 on Monday, 249 from Tue 07:30 → 11:39 WITA.
    expect(warnAt.toISOString()).toBe('2026-11-24T03:39:00.000Z');
    const before = apply(sop, request, { type: 'TICK' }, new Date(warnAt.getTime() - 60_000));
    expect(before.ok && before.effects).toEqual([]);
    const warned = apply(sop, request, { type: 'TICK' }, warnAt);
    expect(warned.ok && warned.effects.map((e) => e.type)).toEqual(['sla.warning']);
    request = ok(warned);
    const breachAt = nextSlaCheck(sop, request)!;
    expect(breachAt.toISOString()).toBe('2026-11-24T23:31:00.000Z'); // Wed 07:31 WITA: one working minute past Tue 16:00
    const breached = apply(sop, request, { type: 'TICK' }, breachAt);
    expect(breached.ok && breached.effects.map((e) => e.type)).toEqual(['sla.breach']);
    expect(nextSlaCheck(sop, ok(breached))).toBeUndefined();
    const waiting = ok(apply(sop, begin(), { type: 'RETURN_TO_OPD', actor: kadis, reason: 'x' }, when('2026-11-23T10:00')));
    expect(nextSlaCheck(sop, waiting)).toBeUndefined();
  });

  it('judges against the calendar as it is now: a holiday added after the step started moves its deadline', () => {
    const request = begin(); // disposisi entered Mon 23 Nov 09:05 WITA, 1 Hari Kerja: due Tue 16:00
    const withHoliday = builtinCalendarDefinitions.map((c) =>
      c.id === 'sumbawa'
        ? { ...c, holidays: [...(c.holidays ?? []), { date: '2026-11-24', name: 'Hari libur daerah (uji)', kind: 'regional' as const, source: 'uji' }] }
        : c,
    );
    const later = compileSop(miniSop, { calendars: createCalendarRegistry(withHoliday) });
    const wednesday = when('2026-11-25T08:00');
    expect(ok(apply(sop, request, { type: 'TICK' }, wednesday)).context.clocks.at(-1)!.breachedAt).toBeDefined();
    const ticked = apply(later, request, { type: 'TICK' }, wednesday);
    expect(ticked.ok && ticked.effects.map((e) => e.type)).toEqual([]); // 30 of 805 minutes on Wednesday
    expect(slaCheck(later, request, wednesday).current).toMatchObject({ status: 'onTime', deadline: '2026-11-25T08:00:00.000Z' }); // Wed 16:00 WITA
    expect(nextSlaCheck(later, request)!.toISOString()).toBe('2026-11-25T03:39:00.000Z'); // the 75% mark, a day later
  });

  it('follows decisions and loops, routes on request data, and takes "Sesuai Jadwal" from the schedule', () => {
    let request = begin();
    const step = (event: object, local: string) => (request = ok(apply(sop, request, event, when(local))));
    step({ type: 'DISPOSE', actor: kadis, instruction: 'Tindak lanjuti' }, '2026-11-23T10:00');
    step({ type: 'COMPLETE', actor: tim, documents: [{ key: 'jadwal-pengembangan', data: { deadline: '2027-03-01T16:00:00+08:00' } }] }, '2026-11-23T11:00');
    step({ type: 'REJECT', actor: opd, reason: 'Jadwal terlalu lama' }, '2026-11-23T13:00');
    expect(request.context).toMatchObject({ step: 'rencana' });
    expect(request.context.clocks.at(-1)).toMatchObject({ step: 'rencana', visit: 2 });
    step({ type: 'COMPLETE', actor: tim, documents: [{ key: 'jadwal-pengembangan', data: { deadline: '2026-12-18T16:00:00+08:00' } }] }, '2026-11-23T14:00');
    step({ type: 'ACCEPT', actor: opd }, '2026-11-23T14:10');
    const missing = apply(sop, request, { type: 'COMPLETE', actor: tim }, when('2026-11-23T14:20'));
    expect(!missing.ok && missing.error.message.id).toBe('Isi "layanan" (Layanan) dengan salah satu dari: bangun, uji.');
    step({ type: 'COMPLETE', actor: tim, data: { layanan: 'bangun' } }, '2026-11-23T14:20');
    expect(request.context.clocks.at(-1)).toMatchObject({ step: 'bangun', deadline: '2026-12-18T08:00:00.000Z' });
    step({ type: 'COMPLETE', actor: tim }, '2026-12-10T10:00');
    const done = apply(
      sop,
      request,
      { type: 'COMPLETE', actor: tim, documents: [{ key: 'berita-acara-serah-terima', ref: 'bast.pdf' }] },
      when('2026-12-10T11:00'),
    );
    expect(done.ok && done.effects).toEqual([{ type: 'notify', reason: 'completed', step: 'bast', roles: ['opd'] }]);
    request = ok(done);
    expect(request.context.phase).toBe('done');
    expect(slaCheck(sop, request, when('2026-12-11T09:00')).forecast).toEqual({ target: '2026-12-10T03:00:00.000Z', deadline: '2026-12-10T03:00:00.000Z' });
    expect(apply(sop, request, { type: 'COMPLETE', actor: tim }, when('2026-12-11T09:00')).ok).toBe(false);
  });

  it('refuses the plan without its schedule, or with a schedule without a date, at the step that makes it', () => {
    let request = begin();
    request = ok(apply(sop, request, { type: 'DISPOSE', actor: kadis, instruction: 'x' }, when('2026-11-23T10:00')));
    const none = apply(sop, request, { type: 'COMPLETE', actor: tim }, when('2026-11-23T11:00'));
    expect(!none.ok && none.error).toEqual({
      code: 'MISSING_OUTPUT',
      message: {
        id: 'Keluaran langkah 3 "rencana" belum ada: Jadwal (jadwal-pengembangan). Lampirkan bersama COMPLETE.',
        en: 'The outputs of step 3 "rencana" are missing: Jadwal (jadwal-pengembangan). Attach them with COMPLETE.',
      },
    });
    const undated = apply(sop, request, { type: 'COMPLETE', actor: tim, documents: [{ key: 'jadwal-pengembangan' }] }, when('2026-11-23T11:00'));
    expect(!undated.ok && undated.error.code).toBe('MISSING_SCHEDULE');
    expect(
      apply(
        sop,
        request,
        { type: 'COMPLETE', actor: tim, documents: [{ key: 'jadwal-pengembangan', data: { deadline: '2026-12-18T16:00:00+08:00' } }] },
        when('2026-11-23T11:00'),
      ).ok,
    ).toBe(true);
  });

  it('still refuses to enter a "Sesuai Jadwal" step whose schedule has no date (one uploaded apart)', () => {
    let request = begin();
    request = ok(apply(sop, request, { type: 'DISPOSE', actor: kadis, instruction: 'x' }, when('2026-11-23T10:00')));
    request = ok(apply(sop, request, { type: 'UPLOAD', actor: tim, documents: [{ key: 'jadwal-pengembangan' }] }, when('2026-11-23T10:30')));
    request = ok(apply(sop, request, { type: 'COMPLETE', actor: tim }, when('2026-11-23T11:00')));
    request = ok(apply(sop, request, { type: 'ACCEPT', actor: opd }, when('2026-11-23T11:10')));
    const result = apply(sop, request, { type: 'COMPLETE', actor: tim, data: { layanan: 'bangun' } }, when('2026-11-23T11:20'));
    expect(!result.ok && result.error.code).toBe('MISSING_SCHEDULE');
  });

  it('is deterministic and JSON round-trippable', () => {
    const a = begin();
    const b = begin();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const restored = JSON.parse(JSON.stringify(a)) as RequestSnapshot;
    const x = apply(sop, restored, { type: 'DISPOSE', actor: kadis, instruction: 'ok' }, when('2026-11-23T10:00'));
    const y = apply(sop, a, { type: 'DISPOSE', actor: kadis, instruction: 'ok' }, when('2026-11-23T10:00'));
    expect(JSON.stringify(x)).toBe(JSON.stringify(y));
  });

  it('forecasts completion along the expected path', () => {
    const request = begin();
    const sla = slaCheck(sop, request, when('2026-11-23T09:10'));
    // disposisi ends Tue 16:00 WITA; rencana (3 jam) Wed 07:30–10:30; tanggapan (30 menit) 11:00;
    // pilih → bangun ("Sesuai Jadwal", no schedule yet: not counted) → bast (no Waktu).
    expect(sla.forecast).toEqual({ target: '2026-11-25T03:00:00.000Z', deadline: '2026-11-25T03:00:00.000Z' });
  });

  it('refuses a snapshot of another SOP or version', () => {
    const request = begin();
    const other = { ...request, context: { ...request.context, sop: { id: 'mini', version: '0' } } };
    const result = apply(sop, other, { type: 'TICK' }, when('2026-11-23T10:00'));
    expect(!result.ok && result.error.code).toBe('WRONG_SOP');
  });
});
