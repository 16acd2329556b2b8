import { describe, expect, it, vi } from 'vitest';

// The API answers each call with a promise the test settles, in any order it likes.
const pending: { query: Record<string, unknown>; settle: (rows: string[]) => void }[] = [];
vi.mock('../src/api.js', () => ({
  ApiError: class extends Error {},
  alur: (_path: string, options: { query: Record<string, unknown> }) =>
    new Promise((resolve) => pending.push({ query: options.query, settle: (rows) => resolve({ data: rows, meta: { filter_count: rows.length } }) })),
}));
vi.mock('../src/i18n.js', () => ({ i18n: { global: { t: (key: string) => key } } }));

const { usePagedList } = await import('../src/paged.js');

describe('usePagedList', () => {
  it('shows the rows of the latest load, whatever order the answers come in', async () => {
    let service = 'semua';
    const list = usePagedList<string>('requests', () => ({ service }));
    const first = list.load();
    service = 'babel';
    const second = list.load();
    expect(pending.map((call) => call.query['service'])).toEqual(['semua', 'babel']);
    pending[1]!.settle(['babel-1']);
    await second;
    expect([list.rows.value, list.loading.value]).toEqual([['babel-1'], false]);
    // The first answer arrives last: dropped.
    pending[0]!.settle(['babel-1', 'sumbawa-1', 'sumbawa-2']);
    await first;
    expect([list.rows.value, list.total.value]).toEqual([['babel-1'], 1]);
  });
});
