import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlurError, builtinSopDefinitions, deriveChanges, type AlurIssue, type SopDefinition, type SopStep } from '../src/index.js';
import { resolveSop } from '../src/internal/resolve-sop.js';

const lookup = (id: string) => builtinSopDefinitions.find((sop) => sop.id === id);

/** The steps `{ extends: baseId, changes }` resolves to (the graph is not checked: edits may break it). */
function resolved(baseId: string, changes: SopDefinition['changes']): readonly SopStep[] {
  const issues: AlurIssue[] = [];
  const sop = resolveSop(
    { schemaVersion: 1, id: 'turunan', version: '1', name: 'Turunan', office: 'Diskominfo X', extends: baseId, ...(changes ? { changes } : {}) },
    lookup,
    issues,
  );
  expect(issues).toEqual([]);
  return sop!.steps;
}

describe('deriveChanges: the patch an editor saves for a derived variant', () => {
  const base = lookup('sumbawa')!.steps!;

  it('gives {} when nothing changed, and one replaced step for one edit', () => {
    expect(deriveChanges(base, base)).toEqual({});
    const steps = base.map((step) => (step.id === 'disposisi-kadis' ? { ...step, waktu: '2 Hari Kerja' } : step));
    const changes = deriveChanges(base, steps);
    expect(changes).toEqual({ replace: [{ ...base.find((step) => step.id === 'disposisi-kadis'), waktu: '2 Hari Kerja' }] });
    expect(resolved('sumbawa', changes)).toEqual(steps);
  });

  it('treats a step built with its keys in another order, or with an undefined field, as unchanged', () => {
    const shuffled = base.map((step) => ({ ...Object.fromEntries(Object.entries(step).reverse()), route: step.route }) as SopStep);
    expect(deriveChanges(base, shuffled)).toEqual({});
  });

  it('puts a new first step in front with order', () => {
    const first: SopStep = { ...base[0]!, id: 'langkah-baru', no: '0' };
    const steps = [first, ...base];
    const changes = deriveChanges(base, steps);
    expect(changes.add).toEqual([{ after: base[0]!.id, step: first }]);
    expect(changes.order?.[0]).toBe('langkah-baru');
  });

  it('refuses, in Bahasa Indonesia, steps that keep nothing of the base', () => {
    const own: SopStep = { ...base[0]!, id: 'sendiri' };
    expect(() => deriveChanges(base, [own])).toThrowError(AlurError);
    expect(() => deriveChanges(base, [own])).toThrowError(/minimal satu langkah/);
    expect(deriveChanges(base, [])).toEqual({ remove: base.map((step) => step.id) });
  });

  it('resolves back to exactly the edited steps, for any removal, edit, addition and reordering', () => {
    const edits = fc.record({
      keep: fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      edited: fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      added: fc.array(fc.nat({ max: base.length }), { maxLength: 4 }),
      shuffle: fc.array(fc.nat(), { minLength: base.length + 4, maxLength: base.length + 4 }),
      reorder: fc.boolean(),
    });
    fc.assert(
      fc.property(edits, ({ keep, edited, added, shuffle, reorder }) => {
        let steps: SopStep[] = base.filter((_, i) => keep[i]).map((step, i) => (edited[i] ? { ...step, description: `${step.description} (diubah)` } : step));
        if (steps.length === 0) steps = [base[0]!];
        added.forEach((at, n) => {
          steps.splice(Math.min(at, steps.length), 0, { ...base[0]!, id: `baru-${n}`, no: `${n}a` });
        });
        if (reorder)
          steps = steps
            .map((step, i) => [shuffle[i]!, step] as const)
            .sort(([a], [b]) => a - b)
            .map(([, step]) => step);
        expect(resolved('sumbawa', deriveChanges(base, steps)).map((step) => JSON.stringify(step))).toEqual(steps.map((step) => JSON.stringify(step)));
      }),
      { numRuns: 300, seed: 20_261_202 },
    );
  });
});
