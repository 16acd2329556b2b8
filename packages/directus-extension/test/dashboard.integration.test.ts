import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, Harness, message, type PublicRequest } from './harness.js';

// The dashboard's figures on a real Directus with the demo's requests: throughput per day or
// week and the backlog now (GET /alur/reports/flow), each figure found again through the list
// (GET /alur/requests with created_from/to, finished_from/to, step, sla_status), and bad input
// refused with a bilingual 400.

const h = new Harness('alur-dashboard-');
const { call, get, boot } = h;

interface Flow {
  zone: string;
  today: string;
  bucket: 'day' | 'week';
  period: { from: string; to: string };
  throughput: { start: string; end: string; from: string; to: string; filed: number; finished: number }[];
  backlog: {
    active: number;
    waiting: number;
    warning: number;
    breached: number;
    byStep: { variant: string; step: string; no: string; description: string; active: number; waiting: number; warning: number; breached: number }[];
  };
}
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const listCount = async (params: Record<string, string>) => {
  const res = await call(`/alur/requests?${q({ ...params, meta: 'filter_count', limit: '100' })}`, { as: 'admin' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { n: res.body.meta!.filter_count!, rows: data<PublicRequest[]>(res) };
};

beforeAll(() => boot('2026-12-01T09:00:00+07:00'), 240_000);
afterAll(() => h.stop());

describe('dashboard figures: throughput and backlog, each number finds its requests', () => {
  it('defaults to this month in the variant’s zone, per day', async () => {
    const flow = await get<Flow>('/alur/reports/flow?variant=sumbawa', 'admin');
    expect(flow.zone).toBe('Asia/Makassar');
    // Today by the service's clock in that zone (10.00 WITA on 1 December), from which panels count their periods.
    expect(flow.today).toBe('2026-12-01');
    expect(flow.period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(flow.bucket).toBe('day');
    expect(flow.throughput).toHaveLength(31);
    expect(flow.throughput[0]).toMatchObject({ start: '2026-12-01', end: '2026-12-01', from: '2026-12-01T00:00:00+08:00', to: '2026-12-02T00:00:00+08:00' });
  });

  it('counts the year’s filed and finished requests per week, and the list finds exactly those', async () => {
    const flow = await get<Flow>(`/alur/reports/flow?${q({ from: '2026-01-01', to: '2026-12-31', bucket: 'week' })}`, 'admin');
    expect(flow.bucket).toBe('week');
    expect(flow.throughput[0]).toMatchObject({ start: '2026-01-01', end: '2026-01-04' }); // cut at the first Sunday
    const filed = flow.throughput.reduce((n, b) => n + b.filed, 0);
    const finished = flow.throughput.reduce((n, b) => n + b.finished, 0);
    expect(filed).toBe(5);
    expect(finished).toBe(1);
    for (const b of flow.throughput.filter((b) => b.filed > 0)) expect((await listCount({ created_from: b.from, created_to: b.to })).n).toBe(b.filed);
    const week = flow.throughput.find((b) => b.finished > 0)!;
    const done = await listCount({ finished_from: week.from, finished_to: week.to });
    expect(done.n).toBe(1);
    expect(done.rows[0]!.title).toMatch(/SIMPUS/);
    expect(done.rows[0]!.phase).toBe('done');
  });

  it('counts the backlog per step now, with the breached request at the Kadis’ disposition, and the list finds it', async () => {
    const flow = await get<Flow>('/alur/reports/flow', 'admin');
    expect(flow.backlog.active + flow.backlog.waiting).toBe(4);
    expect(flow.backlog.breached).toBeGreaterThanOrEqual(1);
    const line = flow.backlog.byStep.find((l) => l.variant === 'sumbawa' && l.breached > 0)!;
    expect(line.description).not.toBe('');
    const behind = await listCount({ variant: line.variant, step: line.step, sla_status: 'breached', phase: 'active,waiting' });
    expect(behind.n).toBe(line.breached);
    expect(behind.rows[0]!.title).toMatch(/terlambat di disposisi Kadis/);
    // An OPD's staff see their own office's requests only.
    const opd = await get<Flow>('/alur/reports/flow', 'opd');
    expect(opd.backlog.active + opd.backlog.waiting).toBeLessThan(4);
  });

  it('finds the requests behind an SLA report line: visits at a step, breached, in the period', async () => {
    const report = await get<{ byStep: { variant: string; step: string; visits: number; breached: number }[] }>(
      '/alur/reports/sla?variant=sumbawa&from=2026-11-01&to=2026-11-30',
      'admin',
    );
    const line = report.byStep.find((l) => l.breached > 0)!;
    expect(line).toBeDefined();
    const period = { visit_from: '2026-11-01T00:00:00+08:00', visit_to: '2026-12-01T00:00:00+08:00' };
    const breached = await listCount({ variant: 'sumbawa', visit_step: line.step, visit_status: 'breached', ...period });
    expect(breached.n).toBe(line.breached);
    expect(breached.rows[0]!.title).toMatch(/terlambat di disposisi Kadis/);
    expect((await listCount({ variant: 'sumbawa', visit_step: line.step, ...period })).n).toBeLessThanOrEqual(line.visits);
    // Outside the period, none.
    expect((await listCount({ variant: 'sumbawa', visit_step: line.step, visit_status: 'breached', visit_to: '2026-10-31' })).n).toBe(0);
    const bad = await call('/alur/requests?visit_status=late', { as: 'admin' });
    expect(bad.status).toBe(400);
    expect(message(bad)).toMatch(/"visit_status" tidak dikenal: "late"; pilih onTime, warning, breached/);
  });

  it('refuses bad input with a bilingual 400 (404 for an unknown variant), never a 500', async () => {
    const cases: [string, number, RegExp, RegExp][] = [
      ['bucket=month', 400, /"bucket" harus/, /"bucket" must/],
      ['from=2026-02-30', 400, /harus tanggal/, /must be a date/],
      ['from=2026-03-01&to=2026-02-01', 400, /sebelum/, /not be after/],
      ['from=2020-01-01&to=2026-01-01', 400, /paling panjang/, /at most 732/],
      ['from=2026-01-01&to=2026-12-31&bucket=day', 400, /Per hari/, /Per day/],
      ['variant=no%20such', 400, /ID varian/, /variant id/],
      ['variant=tidak-ada', 404, /tidak ada/, /does not exist/],
      ['bucket=day&bucket=week', 400, /satu kali/, /once/],
    ];
    for (const [query, status, id, en] of cases) {
      const idAnswer = await call(`/alur/reports/flow?${query}`, { as: 'admin' });
      expect(idAnswer.status, query).toBe(status);
      expect(message(idAnswer), query).toMatch(id);
      const enAnswer = await call(`/alur/reports/flow?${query}&lang=en`, { as: 'admin', headers: { 'accept-language': 'en' } });
      expect(message(enAnswer), query).toMatch(en);
    }
    for (const query of ['finished_from=yesterday', 'finished_from=2026-03-02&finished_to=2026-03-01']) {
      const res = await call(`/alur/requests?${query}`, { as: 'admin' });
      expect(res.status, query).toBe(400);
      expect(message(res), query).toMatch(/finished_from/);
    }
  });
});
