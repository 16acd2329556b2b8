import type { CompiledSop } from './compile-sop.js';
import { actorOutputs, filingItems } from './internal/step-items.js';
import type { SopItem } from './sop-definition.js';

/** An item the filing brings for a later step, with that step's id and number. */
export interface ItemForLater {
  readonly item: SopItem;
  readonly step: string;
  readonly no: string;
}

/** What the event that finishes a step must carry, as `apply` checks it. */
export interface StepRequirements {
  /** The step's own Kelengkapan (optional ones marked `optional`); already attached ones count. */
  readonly kelengkapan: readonly SopItem[];
  /**
   * For the requester's filing (the start step): the Kelengkapan of the staff steps after it
   * that only pass the request on and which no step produces (e.g. Babel's Surat Permohonan,
   * asked at the Kadis' disposition); empty for every other step.
   */
  readonly forLater: readonly ItemForLater[];
  /** The outputs the step's actor attaches (those its act records itself are left out). */
  readonly outputs: readonly SopItem[];
}

/**
 * What a screen asks for before finishing step `stepId`: its Kelengkapan, what the filing
 * brings for later steps, and the outputs the actor attaches — the same rules `apply` uses to
 * refuse with `MISSING_KELENGKAPAN` or `MISSING_OUTPUT`. `undefined` for a step the SOP does
 * not have.
 *
 * @example
 * ```ts
 * import { getSop, stepRequirements } from '@alur/core';
 * const babel = getSop('babel');
 * stepRequirements(babel, 'pengajuan-layanan')?.forLater.map((f) => `${f.item.key} @ ${f.no}`); // ['surat-permohonan @ 2']
 * ```
 */
export function stepRequirements(sop: CompiledSop, stepId: string): StepRequirements | undefined {
  const step = sop.steps.get(stepId);
  if (!step) return undefined;
  return {
    kelengkapan: step.kelengkapan ?? [],
    forLater: filingItems(sop, step).map(({ item, step: later }) => ({ item, step: later.id, no: later.no })),
    outputs: actorOutputs(step),
  };
}
