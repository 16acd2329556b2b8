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
