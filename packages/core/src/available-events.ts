import type { CompiledSop } from './compile-sop.js';
import { refusalOf, type MachineEvent } from './internal/request-rules.js';
import type { RequestEvent } from './request-event.js';
import type { RequestSnapshot } from './request-snapshot.js';

/** The events a person may send (never the sweep's `TICK`). */
export type PersonEventType = Exclude<RequestEvent['type'], 'TICK'>;

const CANDIDATES: readonly PersonEventType[] = ['SUBMIT', 'DISPOSE', 'COMPLETE', 'ACCEPT', 'REJECT', 'RETURN_TO_OPD', 'RESUBMIT', 'UPLOAD'];

/** Refusals that only say what the event must still carry: the action is open, its form asks for it. */
const ASKS_FOR_MORE = new Set(['MISSING_KELENGKAPAN', 'MISSING_OUTPUT', 'MISSING_DATA', 'MISSING_SCHEDULE']);

/**
 * The events someone holding `roles` may send to a request now: those the SOP's rules accept
 * from them at its current step and phase, once the event carries what the step asks for
 * (documents, data, a schedule). The same rules as `apply`, so a screen offers exactly the
 * actions that can succeed. Empty when the request is done or nothing is theirs to do.
 *
 * @example
 * ```ts
 * import { availableEvents, getSop, start } from '@alur/core';
 * const sumbawa = getSop('sumbawa');
 * const request = start(sumbawa, { opd: 'dinkes', by: 'u-opd' }, new Date('2026-11-23T09:00:00+08:00'));
 * availableEvents(sumbawa, request, ['opd']); // ['SUBMIT', 'UPLOAD']
 * availableEvents(sumbawa, request, ['kadis']); // []
 * ```
 */
export function availableEvents(sop: CompiledSop, snapshot: RequestSnapshot, roles: readonly string[]): PersonEventType[] {
  const actor = { id: '-', roles: [...roles] };
  const at = snapshot.context.timeline.at(-1)?.at ?? new Date(0).toISOString();
  return CANDIDATES.filter((type) => {
    const refusal = refusalOf(sop, snapshot.context, { type, actor, at } as MachineEvent);
    return refusal === undefined || ASKS_FOR_MORE.has(refusal.code);
  });
}
