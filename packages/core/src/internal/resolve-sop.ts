import type { AlurIssue } from '../alur-error.js';
import type { SopCap, SopDefinition, SopRole, SopStep } from '../sop-definition.js';

/** An SOP with `extends` flattened: every field a runner needs, set. */
export interface ResolvedSop {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly office: string;
  readonly number: string | undefined;
  readonly legalBasis: readonly string[];
  readonly dates: SopDefinition['dates'];
  readonly approvedBy: string | undefined;
  readonly source: string | undefined;
  /** The printed document's parts (kop, boxes, columns, catalog), from the nearest layer that has them. */
  readonly document: SopDefinition['document'];
  readonly calendar: string;
  readonly roles: readonly SopRole[];
  readonly steps: readonly SopStep[];
  readonly start: string;
  readonly caps: readonly SopCap[];
  /** Ids from this SOP down to its root base. */
  readonly chain: readonly string[];
}

/** Finds an SOP definition by id, for `extends`. */
export type SopLookup = (id: string) => SopDefinition | undefined;

const text = (id: string, en: string) => ({ id, en });

function applyChanges(base: readonly SopStep[], definition: SopDefinition, issues: AlurIssue[]): SopStep[] {
  const changes = definition.changes;
  if (!changes) return [...base];
  let steps = [...base];
  const has = (id: string) => steps.some((step) => step.id === id);
  const missing = (path: (string | number)[], id: string) =>
    issues.push({
      path,
      message: text(`langkah "${id}" tidak ada di SOP dasar "${definition.extends}"`, `step "${id}" is not in base SOP "${definition.extends}"`),
    });

  changes.remove?.forEach((id, i) => {
    if (!has(id)) missing(['changes', 'remove', i], id);
    steps = steps.filter((step) => step.id !== id);
  });
  changes.replace?.forEach((replacement, i) => {
    if (!has(replacement.id)) missing(['changes', 'replace', i, 'id'], replacement.id);
    steps = steps.map((step) => (step.id === replacement.id ? replacement : step));
  });
  changes.add?.forEach(({ after, step }, i) => {
    const at = steps.findIndex((candidate) => candidate.id === after);
    if (at === -1) missing(['changes', 'add', i, 'after'], after);
    steps.splice(at === -1 ? steps.length : at + 1, 0, step);
  });
  changes.update?.forEach((update, i) => {
    if (!has(update.id)) missing(['changes', 'update', i, 'id'], update.id);
    steps = steps.map((step) => {
      if (step.id !== update.id) return step;
      const { id: _id, ...given } = update;
      const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<SopStep>;
      const merged: SopStep = { ...step, ...fields };
      // A new `next` replaces whatever followed the step before.
      if (fields.next !== undefined) {
        delete merged.decision;
        delete merged.route;
        delete merged.end;
      }
      return merged;
    });
  });
  if (changes.order) {
    const order = changes.order;
    order.forEach((id, i) => {
      if (!has(id)) missing(['changes', 'order', i], id);
    });
    const rank = new Map(order.map((id, i) => [id, i]));
    steps = [...steps].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
  }
  return steps;
}

/**
 * Flattens `extends`: base first, each derived SOP's identity fields, roles (by id) and
 * `changes` on top. Problems go to `issues`; the result is returned whenever one could be
 * built, so that the validator can go on and report every problem at once.
 */
export function resolveSop(top: SopDefinition, lookup: SopLookup, issues: AlurIssue[]): ResolvedSop | undefined {
  const chain: SopDefinition[] = [top];
  for (let current = top; current.extends !== undefined; ) {
    const baseId = current.extends;
    if (chain.some((definition) => definition.id === baseId)) {
      const loop = [...chain.map((d) => d.id), baseId].join(' → ');
      issues.push({ path: ['extends'], message: text(`rantai extends berputar: ${loop}`, `extends chain loops: ${loop}`) });
      return undefined;
    }
    const base = lookup(baseId);
    if (!base) {
      issues.push({ path: ['extends'], message: text(`SOP dasar "${baseId}" tidak ditemukan`, `base SOP "${baseId}" was not found`) });
      return undefined;
    }
    current = base;
    chain.push(current);
  }

  let steps: SopStep[] = [];
  const roles = new Map<string, SopRole>();
  let resolved: Omit<ResolvedSop, 'steps' | 'roles' | 'start' | 'chain' | 'calendar'> & { calendar?: string; start?: string } = {
    id: top.id,
    version: top.version,
    name: top.name,
    office: top.office,
    number: undefined,
    legalBasis: [],
    dates: undefined,
    approvedBy: undefined,
    source: undefined,
    document: undefined,
    caps: [],
  };
  for (const layer of [...chain].reverse()) {
    const isTop = layer === top;
    steps = layer.extends === undefined ? [...(layer.steps ?? [])] : applyChanges(steps, layer, isTop ? issues : []);
    if (layer.extends !== undefined && layer.steps !== undefined) {
      issues.push({
        path: ['steps'],
        message: text('SOP turunan mengubah langkah lewat "changes", bukan "steps"', 'a derived SOP changes steps through "changes", not "steps"'),
      });
    }
    for (const role of layer.roles ?? []) roles.set(role.id, role);
    resolved = {
      ...resolved,
      id: layer.id,
      version: layer.version,
      name: layer.name,
      office: layer.office,
      number: layer.number ?? (isTop && layer.extends ? undefined : resolved.number),
      legalBasis: layer.legalBasis ?? resolved.legalBasis,
      dates: layer.dates ?? resolved.dates,
      approvedBy: layer.approvedBy ?? resolved.approvedBy,
      source: layer.source ?? resolved.source,
      document: layer.document ?? resolved.document,
      caps: layer.caps ?? resolved.caps,
      ...(layer.calendar !== undefined ? { calendar: layer.calendar } : resolved.calendar !== undefined ? { calendar: resolved.calendar } : {}),
      ...(layer.start !== undefined ? { start: layer.start } : resolved.start !== undefined ? { start: resolved.start } : {}),
    };
  }
  if (resolved.calendar === undefined) {
    issues.push({ path: ['calendar'], message: text('kalender kerja wajib diisi (mis. "sumbawa")', 'a working calendar is required (e.g. "sumbawa")') });
  }
  return {
    ...resolved,
    calendar: resolved.calendar ?? '',
    roles: [...roles.values()],
    steps,
    start: resolved.start ?? steps[0]?.id ?? '',
    chain: chain.map((definition) => definition.id),
  };
}
