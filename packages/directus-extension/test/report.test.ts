import { getSop, simulateRequest } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { slaReport } from '../src/service/report.js';
import type { RequestRow } from '../src/service/requests.js';

const sumbawa = getSop('sumbawa');
const row = (office: string, steps?: number) => {
  const { snapshot } = simulateRequest(sumbawa, { start: new Date('2026-03-02T08:00:00+08:00'), opd: office, ...(steps ? { steps } : {}) });
  return { row: { variant: 'sumbawa', office, phase: snapshot.context.phase, snapshot } as RequestRow, sop: sumbawa };
};

describe('slaReport: per step and per office', () => {
  it('counts visits, completions and breaches; on-time share and average working minutes', () => {
    // A finished request (every step at half its target) and one left at the Kadis' disposition, judged a month later.
    const report = slaReport([row('dinkes'), row('disdik', 1)], new Date('2026-04-06T09:00:00+08:00'));
    const kadis = report.byStep.find((s) => s.step === 'disposisi-kadis')!;
    expect(kadis).toMatchObject({ visits: 2, completed: 1, breached: 1, onTimePercent: 50 });
    expect(kadis.averageWorkingMinutes).toBeGreaterThan(0);
    const loop = report.byStep.find((s) => s.step === 'rencana-pengembangan')!;
    expect([loop.visits, loop.completed, loop.breached]).toEqual([2, 2, 0]); // the "tidak" loop came back once
    expect(report.byOffice.map((o) => [o.office, o.requests, o.done, o.breached])).toEqual([
      ['dinkes', 1, 1, 0],
      ['disdik', 1, 0, 1],
    ]);
    expect(report.byOffice[0]!.onTimePercent).toBe(100);
  });

  it("counts, for a period, the step visits that started in it, in each calendar's own time zone", () => {
    const late = (office: string) => {
      // Started on 31 March at 23:30 WITA (15:30 UTC): in March for Sumbawa, whatever the server's zone.
      const { snapshot } = simulateRequest(sumbawa, { start: new Date('2026-03-31T23:30:00+08:00'), opd: office, steps: 1 });
      return { row: { variant: 'sumbawa', office, phase: snapshot.context.phase, snapshot } as RequestRow, sop: sumbawa };
    };
    const at = new Date('2026-06-01T09:00:00+08:00');
    const march = slaReport([row('dinkes'), late('disdik')], at, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(march.requests).toBe(2);
    const april = slaReport([row('dinkes'), late('disdik')], at, { from: '2026-04-01', to: '2026-04-30' });
    expect(april.requests).toBe(0);
    // disdik's only timed visit (the Kadis' disposition) started on 1 April 08:30 WITA, when the letter was submitted.
    expect(april.byOffice.find((o) => o.office === 'disdik')).toMatchObject({ requests: 0, visits: 1, breached: 1 });
    expect(march.byOffice.find((o) => o.office === 'disdik')).toMatchObject({ requests: 1, visits: 0 });
    const all = slaReport([row('dinkes'), late('disdik')], at);
    const total = (r: typeof all) => r.byStep.reduce((sum, s) => sum + s.visits, 0);
    expect(total(march) + total(april) + total(slaReport([row('dinkes'), late('disdik')], at, { from: '2026-05-01' }))).toBe(total(all));
  });

  it('leaves out requests it cannot judge (past the estimated years too) and says how many', () => {
    const report = slaReport([row('dinkes', 1)], new Date('2029-02-01T09:00:00+08:00'));
    expect([report.requests, report.unjudged, report.byStep]).toEqual([1, 1, []]);
  });
});
