import type { SopRole, SopStep } from '../../sop-definition.js';
import { sameWord, tokens } from './words.js';

/** What a draft and a variant have in common: their steps and roles paired, and how much of both that covers. */
export interface VariantMatch {
  /** The variant's id. */
  readonly base: string;
  /** Paired steps over the larger of the two step counts (0..1). */
  readonly score: number;
  /** How alike the paired steps' Uraian read, on average (0..1): of two variants pairing as many steps, the closer. */
  readonly likeness: number;
  /** Draft step id → the variant's step id, for the steps that read the same. */
  readonly steps: Readonly<Record<string, string>>;
  /** Draft role id → the variant's role id, from the actors of the paired steps. */
  readonly roles: Readonly<Record<string, string>>;
}

/** The share of words two Uraian have in common (Dice over tokens, with `sameWord`), 0..1. */
function likeness(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const common = a.filter((word) => b.some((other) => sameWord(word, other))).length;
  const back = b.filter((word) => a.some((other) => sameWord(word, other))).length;
  return (common + back) / (a.length + b.length);
}

/** Below this likeness two steps are not taken as the same step. */
const SAME_STEP = 0.5;

/**
 * Pairs a draft's steps with a variant's: greedily by likeness of the Uraian (the same No adds a
 * little), each step at most once; then each draft role with the variant role its paired steps'
 * actors name most often.
 */
export function matchVariant(
  draft: { readonly steps: readonly SopStep[]; readonly roles: readonly SopRole[] },
  variant: { readonly id: string; readonly steps: readonly SopStep[]; readonly roles: readonly SopRole[] },
): VariantMatch {
  const words = (steps: readonly SopStep[]) => steps.map((step) => tokens(step.description));
  const mine = words(draft.steps);
  const theirs = words(variant.steps);
  const pairs: { i: number; j: number; like: number }[] = [];
  mine.forEach((a, i) => {
    theirs.forEach((b, j) => {
      const like = likeness(a, b) + (draft.steps[i]!.no === variant.steps[j]!.no ? 0.05 : 0);
      if (like >= SAME_STEP) pairs.push({ i, j, like });
    });
  });
  pairs.sort((x, y) => y.like - x.like || x.i - y.i || x.j - y.j);
  const steps: Record<string, string> = {};
  const taken = new Set<number>();
  const paired: [SopStep, SopStep][] = [];
  let alike = 0;
  for (const { i, j, like } of pairs) {
    const step = draft.steps[i]!;
    if (steps[step.id] !== undefined || taken.has(j)) continue;
    steps[step.id] = variant.steps[j]!.id;
    taken.add(j);
    paired.push([step, variant.steps[j]!]);
    alike += Math.min(like, 1);
  }
  const votes = new Map<string, number>();
  for (const [a, b] of paired) {
    const key = `${a.actor}\u0000${b.actor}`;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const roles: Record<string, string> = {};
  const used = new Set<string>();
  const known = new Set(variant.roles.map((role) => role.id));
  for (const [key] of [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
    const [from, to] = key.split('\u0000') as [string, string];
    if (roles[from] !== undefined || used.has(to) || !known.has(to)) continue;
    roles[from] = to;
    used.add(to);
  }
  const score = paired.length / Math.max(draft.steps.length, variant.steps.length, 1);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { base: variant.id, score: round(score), likeness: round(paired.length ? alike / paired.length : 0), steps, roles };
}

type Item = NonNullable<SopStep['kelengkapan']>[number];
const LISTS = ['kelengkapan', 'outputs'] as const;

/** The items of one cell paired with a variant's (the same key, else labels alike), greedily, each at most once: draft index → theirs. */
function pairItems(mine: readonly Item[], theirs: readonly Item[]): Map<number, Item> {
  const pairs: { i: number; j: number; like: number }[] = [];
  mine.forEach((a, i) => {
    theirs.forEach((b, j) => {
      const like = a.key === b.key ? 2 : likeness(tokens(a.label), tokens(b.label));
      if (like >= SAME_STEP) pairs.push({ i, j, like });
    });
  });
  pairs.sort((x, y) => y.like - x.like || x.i - y.i || x.j - y.j);
  const paired = new Map<number, Item>();
  const taken = new Set<number>();
  for (const { i, j } of pairs) {
    if (paired.has(i) || taken.has(j)) continue;
    paired.set(i, theirs[j]!);
    taken.add(j);
  }
  return paired;
}

/**
 * Draft item key → the variant's, from the Kelengkapan and Output of the paired steps (draft step,
 * variant step): each draft key takes the variant key its items pair with most often, one to one
 * (so a document the draft names in several steps keeps one key, and two documents never merge).
 */
export function matchItemKeys(pairs: readonly (readonly [SopStep, SopStep])[]): Record<string, string> {
  const votes = new Map<string, number>();
  for (const [step, base] of pairs) {
    for (const list of LISTS) {
      const mine = step[list] ?? [];
      for (const [i, item] of pairItems(mine, base[list] ?? [])) {
        const key = `${mine[i]!.key}\u0000${item.key}`;
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
    }
  }
  const keys: Record<string, string> = {};
  const used = new Set<string>();
  for (const [vote] of [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
    const [from, to] = vote.split('\u0000') as [string, string];
    if (keys[from] !== undefined || used.has(to)) continue;
    keys[from] = to;
    used.add(to);
  }
  return keys;
}

/**
 * A renamed draft step with what its printed row cannot say taken from the variant's paired
 * step: each item's kind, whether it is optional and who records it (`by`), the items the
 * variant does not print (`printed: false`), the documents it uses, its requester time (same
 * actor), its SLA source (same Waktu) and its note (same Uraian). What the draft prints stays
 * the draft's.
 */
export function inheritUnprinted(step: SopStep, base: SopStep): SopStep {
  const out: SopStep = { ...step };
  for (const list of LISTS) {
    const theirs = base[list] ?? [];
    if (!theirs.length) continue;
    const mine = (step[list] ?? []).map((item) => {
      const same = theirs.find((other) => other.key === item.key);
      if (!same) return item;
      const { printed: _printed, ...known } = same;
      return { ...known, ...item };
    });
    const unprinted = theirs.filter((item) => item.printed === false && !mine.some((other) => other.key === item.key));
    if (mine.length || unprinted.length) out[list] = [...mine, ...unprinted];
  }
  const sameWaktu = (step.waktu ?? '').trim().toLowerCase() === (base.waktu ?? '').trim().toLowerCase();
  if (base.uses && !step.uses) out.uses = base.uses;
  if (base.requesterTime !== undefined && step.requesterTime === undefined && step.actor === base.actor) out.requesterTime = base.requesterTime;
  if (base.sla && !step.sla && sameWaktu) out.sla = base.sla;
  if (base.note && !step.note && step.description === base.description) out.note = base.note;
  return out;
}
