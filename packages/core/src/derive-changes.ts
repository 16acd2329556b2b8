import { AlurError } from './alur-error.js';
import type { SopPatch, SopStep } from './sop-definition.js';

const same = (a: SopStep, b: SopStep): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A value with its object keys sorted, so that two equal steps compare equal however they were built. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * The `changes` of a derived SOP that turn its base's steps into `steps`: steps gone are
 * removed, steps that differ are replaced whole, new steps are added after the step before
 * them, and `order` is given only when the steps kept from the base change their order (or a
 * new step comes first). Resolving `{ extends: base, changes }` gives back `steps` in their
 * order; nothing changed gives `{}`. This is what an editor saves after an admin edited the
 * base's table, so no one writes a patch by hand. Throws `INVALID_SOP` when `steps` keeps none
 * of the base's steps but has steps of its own: a patch has nowhere to add them (such a
 * variant is an SOP of its own, not a derived one).
 *
 * @example
 * ```ts
 * import { builtinSopDefinitions, deriveChanges } from '@alur/core';
 * const base = builtinSopDefinitions.find((sop) => sop.id === 'sumbawa')!.steps!;
 * const steps = base.map((step) => (step.id === 'disposisi-kadis' ? { ...step, waktu: '2 Hari Kerja' } : step));
 * deriveChanges(base, steps); // { replace: [{ id: 'disposisi-kadis', …, waktu: '2 Hari Kerja' }] }
 * ```
 */
export function deriveChanges(base: readonly SopStep[], steps: readonly SopStep[]): SopPatch {
  const wanted = new Map(steps.map((step) => [step.id, step]));
  const inBase = new Map(base.map((step) => [step.id, step]));
  const remove = base.filter((step) => !wanted.has(step.id)).map((step) => step.id);
  const replace = steps.filter((step) => inBase.has(step.id) && !same(inBase.get(step.id)!, step));

  // Where each new step goes: after the step before it. The first row, if new, goes after the
  // first kept step and `order` puts it back in front.
  const order = base.filter((step) => wanted.has(step.id)).map((step) => step.id);
  const add: { after: string; step: SopStep }[] = [];
  steps.forEach((step, i) => {
    if (inBase.has(step.id)) return;
    const after = i > 0 ? steps[i - 1]!.id : order[0];
    if (after === undefined) {
      throw new AlurError('INVALID_SOP', {
        id: 'varian turunan harus mempertahankan minimal satu langkah SOP dasarnya',
        en: 'a derived variant must keep at least one step of its base SOP',
      });
    }
    add.push({ after, step });
    order.splice(order.indexOf(after) + 1, 0, step.id);
  });
  const reordered = order.join('\n') !== steps.map((step) => step.id).join('\n');

  return {
    ...(remove.length > 0 ? { remove } : {}),
    ...(replace.length > 0 ? { replace } : {}),
    ...(add.length > 0 ? { add } : {}),
    ...(reordered ? { order: steps.map((step) => step.id) } : {}),
  };
}
