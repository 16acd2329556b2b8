import type { SopDefinition } from '@alur/core';
import { describe, expect, it } from 'vitest';
import { remainingReview, valueAt, withoutItem, type ImportReview } from '../src/service/import-review.js';

// An imported draft's cells to check: each keeps the value it was imported with, and leaves the
// list only once the saved value differs (a save of the untouched cell clears nothing).

const draft = {
  schemaVersion: 1,
  id: 'contoh',
  version: 'draf',
  name: 'Contoh',
  office: 'Dinas Contoh',
  calendar: 'id-nasional',
  roles: [{ id: 'opd', name: 'OPD', kind: 'requester' }],
  steps: [
    { id: 'langkah-1', no: '1', description: 'OPD mengajukan', actor: 'opd', next: 'langkah-2' },
    { id: 'langkah-2', no: '2', description: 'Kepala Dinas memeriksa', actor: 'kadis', decision: { question: 'Layak?', yes: 'langkah-1', no: 'langkah-1' } },
  ],
} as unknown as SopDefinition;

const review: ImportReview = {
  lines: ['No\tUraian'],
  importedAt: '2026-12-01T02:00:00.000Z',
  items: [
    { path: ['calendar'], confidence: 0.5, kind: 'missing', reason: { id: 'tanpa kalender', en: 'no calendar' }, value: 'id-nasional' },
    { path: ['steps', 1, 'decision', 'no'], confidence: 0.2, kind: 'guess', reason: { id: 'cabang tidak', en: 'no branch' }, line: 2, value: 'langkah-1' },
    { path: ['steps', 0, 'participants'], confidence: 0.5, kind: 'guess', reason: { id: 'ikut serta', en: 'participant' }, value: null },
  ],
};

describe('import review', () => {
  it('reads the value at a path, undefined past the end', () => {
    expect(valueAt(draft, ['steps', 1, 'decision', 'no'])).toBe('langkah-1');
    expect(valueAt(draft, ['calendar'])).toBe('id-nasional');
    expect(valueAt(draft, ['steps', 5, 'actor'])).toBeUndefined();
    expect(valueAt(draft, ['name', 'x', 'y'])).toBeUndefined();
  });

  it('keeps every item while its cell keeps the imported value', () => {
    expect(remainingReview(review, draft).items).toHaveLength(3);
  });

  it('drops the items whose cell was changed, and only those', () => {
    const edited = JSON.parse(JSON.stringify(draft)) as { calendar: string; steps: { participants?: string[] }[] };
    edited.calendar = 'sumbawa';
    edited.steps[0]!.participants = ['kadis'];
    const left = remainingReview(review, edited as unknown as SopDefinition);
    expect(left.items.map((item) => item.path.join('.'))).toEqual(['steps.1.decision.no']);
    expect(left.lines).toEqual(review.lines);
  });

  it("drops the validator's problems once saved (a saved definition validates), even where the cell kept its value", () => {
    const problem = {
      path: ['steps', 1],
      confidence: 0,
      kind: 'invalid',
      reason: { id: 'tidak dapat dicapai', en: 'cannot be reached' },
      value: valueAt(draft, ['steps', 1]),
    };
    const left = remainingReview({ ...review, items: [...review.items, problem] }, draft);
    expect(left.items.map((item) => item.kind)).toEqual(['missing', 'guess', 'guess']);
  });

  it('marks one item as checked by its path, and says when no item is there', () => {
    const left = withoutItem(review, ['steps', 1, 'decision', 'no'])!;
    expect(left.items.map((item) => item.path.join('.'))).toEqual(['calendar', 'steps.0.participants']);
    expect(withoutItem(review, ['steps', 1, 'decision'])).toBeNull();
    expect(withoutItem(left, ['steps', 1, 'decision', 'no'])).toBeNull();
  });
});
