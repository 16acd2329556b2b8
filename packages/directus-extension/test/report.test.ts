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

  it('leaves out requests it cannot judge (outside the calendar years) and says how many', () => {
    const report = slaReport([row('dinkes', 1)], new Date('2027-02-01T09:00:00+08:00'));
    expect([report.requests, report.unjudged, report.byStep]).toEqual([1, 1, []]);
  });
});
