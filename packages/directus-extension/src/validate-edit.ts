import {
  AlurError,
  createCalendarRegistry,
  createSopRegistry,
  validateSop,
  type AlurIssue,
  type CalendarDefinition,
  type CalendarRegistry,
  type SopDefinition,
} from '@alur/core';
import { calendarsFromRows, variantsFromRows, type CalendarRow, type HolidayRow, type StepRow, type VariantRow } from './definition-rows.js';

/** A save to one of the definition tables, as Directus' filter hooks see it. */
export interface RowEdit {
  readonly collection: string;
  readonly action: 'create' | 'update' | 'delete';
  /** The rows updated or deleted (empty for a create). */
  readonly keys: readonly (string | number)[];
  readonly payload?: Record<string, unknown>;
}

type Id = string | number;
type Row = Record<string, unknown> & { id?: Id | null };

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b);

/**
 * The parent and child rows after an edit to either table, with the parents it touches. A
 * parent's payload may carry its children as Directus' o2m payload (a full list, or
 * `{ create, update, delete }`), as the Studio sends them when steps are edited inside a variant.
 */
function applyEdit(
  parents: readonly Row[],
  children: readonly Row[],
  edit: RowEdit,
  tables: { parent: string; child: string; link: string; alias: string },
): { parents: Row[]; children: Row[]; touched: Set<string> } {
  let nextParents = [...parents];
  let nextChildren = [...children];
  const touched = new Set<string>();
  let fresh = 0;
  const nested = (parentId: Id, value: unknown) => {
    if (value === undefined || value === null) return;
    const own = (c: Row) => same(c[tables.link], parentId);
    const upsert = (item: unknown) => {
      if (typeof item !== 'object' || item === null) return;
      const row = item as Row;
      if (row.id !== undefined && row.id !== null) nextChildren = nextChildren.map((c) => (same(c.id, row.id) ? { ...c, ...row } : c));
      else nextChildren.push({ ...row, [tables.link]: parentId, id: `new-${fresh++}` });
    };
    if (Array.isArray(value)) {
      const kept = new Set(value.map((item) => String(typeof item === 'object' && item !== null ? (item as Row).id : item)));
      nextChildren = nextChildren.filter((c) => !own(c) || kept.has(String(c.id)));
      value.forEach(upsert);
    } else if (typeof value === 'object') {
      const change = value as { create?: unknown[]; update?: unknown[]; delete?: Id[] };
      const removed = new Set((change.delete ?? []).map(String));
      nextChildren = nextChildren.filter((c) => !(own(c) && removed.has(String(c.id))));
      for (const item of [...(change.create ?? []), ...(change.update ?? [])]) upsert(item);
    }
  };
  const payload = edit.payload ?? {};
  if (edit.collection === tables.parent) {
    const { [tables.alias]: childPayload, ...fields } = payload;
    if (edit.action === 'create') {
      nextParents.push(fields);
      nested(fields['id'] as Id, childPayload);
      touched.add(String(fields['id']));
    } else if (edit.action === 'update') {
      nextParents = nextParents.map((row) => (edit.keys.some((k) => same(row.id, k)) ? { ...row, ...fields } : row));
      for (const key of edit.keys) {
        nested(key, childPayload);
        touched.add(String(key));
      }
    } else {
      nextParents = nextParents.filter((row) => !edit.keys.some((k) => same(row.id, k)));
      nextChildren = nextChildren.filter((c) => !edit.keys.some((k) => same(c[tables.link], k)));
    }
  } else {
    const before = (id: Id) => nextChildren.find((c) => same(c.id, id));
    for (const key of edit.keys) touched.add(String(before(key)?.[tables.link]));
    if (edit.action === 'delete') nextChildren = nextChildren.filter((c) => !edit.keys.some((k) => same(c.id, k)));
    else if (edit.action === 'update') nextChildren = nextChildren.map((c) => (edit.keys.some((k) => same(c.id, k)) ? { ...c, ...payload } : c));
    else nextChildren.push({ ...payload, id: `new-${fresh++}` });
    for (const c of nextChildren)
      if (edit.keys.some((k) => same(c.id, k)) || (edit.action === 'create' && String(c.id).startsWith('new-'))) touched.add(String(c[tables.link]));
  }
  touched.delete('undefined');
  return { parents: nextParents, children: nextChildren, touched };
}

/**
 * Applies an edit to the stored variant and step rows and validates every variant it touches
 * (and every stored variant that extends one of them) with the core validator; other stored
 * variants and the built-ins resolve `extends`, the stored calendars must hold the variant's
 * calendar. Returns the problems per variant id; empty when the edit may be saved.
 */
export function validateVariantEdit(
  variants: readonly Row[],
  steps: readonly Row[],
  edit: RowEdit,
  calendars?: CalendarRegistry,
): Map<string, readonly AlurIssue[]> {
  const next = applyEdit(variants, steps, edit, { parent: 'alur_sop_variants', child: 'alur_sop_steps', link: 'variant', alias: 'steps' });
  const registry = createSopRegistry(variantsFromRows(next.parents.map(nullable) as VariantRow[], next.children.map(nullable) as StepRow[]));
  const definitions = new Map<string, SopDefinition>(registry.ids.map((id) => [id, registry.definition(id)!]));
  const problems = new Map<string, readonly AlurIssue[]>();
  for (const id of dependents(next.touched, definitions)) {
    const result = validateSop(definitions.get(id), { lookup: (base) => definitions.get(base), ...(calendars ? { calendars } : {}) });
    if (!result.ok) problems.set(id, result.issues);
  }
  return problems;
}

/**
 * Applies an edit (if any) to the stored calendar and holiday rows and builds every calendar it
 * touches (and those extending them). Returns the problems per calendar id, and on success the
 * registry of the edited calendars (for checking variants against it).
 */
export function validateCalendarEdit(
  calendars: readonly Row[],
  holidays: readonly Row[],
  edit?: RowEdit,
): { problems: Map<string, readonly AlurIssue[]>; registry: CalendarRegistry } {
  const next = edit
    ? applyEdit(calendars, holidays, edit, { parent: 'alur_calendars', child: 'alur_holidays', link: 'calendar', alias: 'holidays' })
    : { parents: [...calendars], children: [...holidays], touched: new Set<string>() };
  const registry = createCalendarRegistry(calendarsFromRows(next.parents.map(nullable) as CalendarRow[], next.children.map(nullable) as HolidayRow[]));
  const definitions = new Map<string, CalendarDefinition>(registry.ids.map((id) => [id, registry.definition(id)!]));
  const problems = new Map<string, readonly AlurIssue[]>();
  for (const id of dependents(next.touched, definitions)) {
    try {
      registry.get(id);
    } catch (error) {
      if (!(error instanceof AlurError)) throw error;
      problems.set(id, error.issues.length ? error.issues : [{ path: [], message: error.text }]);
    }
  }
  return { problems, registry };
}

/** The touched ids and every definition whose `extends` chain reaches one of them. */
function dependents(touched: ReadonlySet<string>, definitions: ReadonlyMap<string, { extends?: string | undefined }>): string[] {
  const out = new Set([...touched].filter((id) => definitions.has(id)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, definition] of definitions) {
      if (!out.has(id) && definition.extends !== undefined && out.has(definition.extends)) {
        out.add(id);
        grew = true;
      }
    }
  }
  return [...out];
}

/** A row with `undefined` fields as Directus' `null`. */
function nullable(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === undefined ? null : v]));
}
