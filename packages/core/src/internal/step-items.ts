import type { SopItem, SopStep } from '../sop-definition.js';

/** Whether the act that completes the step records this output (see `SopItem.by`). */
export function isActOutput(step: SopStep, item: SopItem): boolean {
  return (item.by ?? (step.kind === 'disposition' ? 'act' : 'actor')) === 'act';
}

/** The outputs the step's act records itself. */
export function actOutputs(step: SopStep): SopItem[] {
  return (step.outputs ?? []).filter((item) => isActOutput(step, item));
}

/** The outputs the step's actor attaches (optional ones included). */
export function actorOutputs(step: SopStep): SopItem[] {
  return (step.outputs ?? []).filter((item) => !isActOutput(step, item));
}

/** A Kelengkapan item the filing must bring, with the step that needs it. */
export interface FilingItem {
  readonly item: SopItem;
  readonly step: SopStep;
}

interface StepsView {
  readonly sop: { readonly start: string; readonly steps: readonly SopStep[] };
  readonly steps: ReadonlyMap<string, SopStep>;
  readonly roles: ReadonlyMap<string, { readonly kind: 'requester' | 'staff' }>;
}

/** A step whose people only pass the request on: a disposition, a route, or one whose outputs its act records. */
function forwards(step: SopStep): boolean {
  if (step.kind === 'disposition' || step.route) return true;
  const outputs = step.outputs ?? [];
  return outputs.length > 0 && outputs.every((item) => isActOutput(step, item));
}

function nextOf(step: SopStep): string[] {
  if (step.decision) return [step.decision.yes, step.decision.no];
  if (step.route) return step.route.cases.map((c) => c.next);
  return step.next === undefined ? [] : [step.next];
}

const cache = new WeakMap<object, readonly FilingItem[]>();

/**
 * What the requester's filing (the start step, when a requester's) must bring beyond its own
 * Kelengkapan: the required Kelengkapan of the staff steps that only pass the request on
 * after it (dispositions, registrations, routes, and the steps they lead to that do the same)
 * which no step of the SOP outputs. Those people cannot make the OPD's letter or KAK, so a
 * filing without them is refused at the filing rather than at the first of them.
 */
export function filingItems(sop: StepsView, step: SopStep): readonly FilingItem[] {
  if (step.id !== sop.sop.start || sop.roles.get(step.actor)?.kind !== 'requester') return [];
  const cached = cache.get(sop);
  if (cached) return cached;
  const produced = new Set(sop.sop.steps.flatMap((s) => (s.outputs ?? []).map((item) => item.key)));
  const own = new Set((step.kelengkapan ?? []).map((item) => item.key));
  const found = new Map<string, FilingItem>();
  const seen = new Set<string>([step.id]);
  const queue = nextOf(step);
  while (queue.length > 0) {
    const id = queue.shift()!;
    const next = sop.steps.get(id);
    if (!next || seen.has(id) || sop.roles.get(next.actor)?.kind === 'requester' || !forwards(next)) continue;
    seen.add(id);
    for (const item of next.kelengkapan ?? []) {
      if (!item.optional && !produced.has(item.key) && !own.has(item.key) && !found.has(item.key)) found.set(item.key, { item, step: next });
    }
    queue.push(...nextOf(next));
  }
  const items = [...found.values()];
  cache.set(sop, items);
  return items;
}
