import { AlurError, type AlurIssue, type LocalizedText } from './alur-error.js';
import { DONE_STATE, type CompiledSop } from './compile-sop.js';
import { assessClock } from './internal/assess-clock.js';
import { pureTransition } from './internal/pure-transition.js';
import { toAlurIssues } from './internal/zod-issues.js';
import { markChecked, refusalOf, type MachineEvent, type Refusal } from './internal/request-rules.js';
import { RequestEvent, requestEventTexts } from './request-event.js';
import type { RequestContext, RequestSnapshot } from './request-snapshot.js';

/** Something to do after a committed transition: notify people, or report an SLA state. */
export type RequestEffect =
  | {
      readonly type: 'notify';
      readonly reason: 'step-entered' | 'returned-to-opd' | 'resubmitted' | 'completed';
      readonly step: string;
      /** The roles to notify. */
      readonly roles: readonly string[];
    }
  | {
      readonly type: 'sla.warning' | 'sla.breach';
      readonly step: string;
      readonly visit: number;
      readonly roles: readonly string[];
      readonly deadline: string;
    };

/** Why `apply` refused an event. */
export interface ApplyError {
  readonly code: Refusal['code'] | 'INVALID_EVENT' | 'WRONG_SOP' | 'OUT_OF_RANGE';
  readonly message: LocalizedText;
  readonly issues?: readonly AlurIssue[];
}

/** The outcome of {@link apply}: the next snapshot and its effects, or the unchanged snapshot and why. */
export type ApplyResult =
  | { readonly ok: true; readonly snapshot: RequestSnapshot; readonly effects: readonly RequestEffect[] }
  | { readonly ok: false; readonly snapshot: RequestSnapshot; readonly error: ApplyError };

function toStateValue(context: RequestContext): string {
  return context.phase === 'done' ? DONE_STATE : context.step;
}

function requesterRoles(sop: CompiledSop): string[] {
  return [...sop.roles.values()].filter((role) => role.kind === 'requester').map((role) => role.id);
}

/** The latest instant the request has recorded: its last event, or an SLA mark of its running clock. */
function lastInstant(context: RequestContext): number {
  const clock = context.clocks[context.clocks.length - 1];
  const instants = [context.timeline[context.timeline.length - 1]?.at, clock?.startedAt, clock?.warnedAt, clock?.breachedAt, clock?.completedAt];
  return Math.max(...instants.map((iso) => (iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso))).filter((ms) => !Number.isNaN(ms)));
}

function effectsOf(sop: CompiledSop, before: RequestContext, after: RequestContext, type: string): RequestEffect[] {
  if (type === 'TICK') {
    const clock = after.clocks[after.clocks.length - 1];
    const old = before.clocks[before.clocks.length - 1];
    if (!clock || !old || clock === old) return [];
    const roles = [sop.steps.get(clock.step)!.actor];
    // The deadline as moved by pauses on the requester.
    const deadline = assessClock(sop, clock, new Date(clock.breachedAt ?? clock.warnedAt!)).deadline!.toISOString();
    const effects: RequestEffect[] = [];
    if (clock.warnedAt && !old.warnedAt && !clock.breachedAt) effects.push({ type: 'sla.warning', step: clock.step, visit: clock.visit, roles, deadline });
    if (clock.breachedAt && !old.breachedAt) effects.push({ type: 'sla.breach', step: clock.step, visit: clock.visit, roles, deadline });
    return effects;
  }
  if (after.phase === 'done' && before.phase !== 'done') return [{ type: 'notify', reason: 'completed', step: after.step, roles: requesterRoles(sop) }];
  if (after.step !== before.step || after.clocks.length !== before.clocks.length) {
    return [{ type: 'notify', reason: 'step-entered', step: after.step, roles: [sop.steps.get(after.step)!.actor] }];
  }
  if (after.phase === 'waiting' && before.phase === 'active')
    return [{ type: 'notify', reason: 'returned-to-opd', step: after.step, roles: requesterRoles(sop) }];
  if (after.phase === 'active' && before.phase === 'waiting') {
    return [{ type: 'notify', reason: 'resubmitted', step: after.step, roles: [sop.steps.get(after.step)!.actor] }];
  }
  return [];
}

/**
 * Applies one event to a stored request at `at`: parses the event, checks it against the
 * SOP (role, Kelengkapan, branch data, phase), runs the pure XState `transition` and returns
 * the next snapshot with the effects to run after it is saved. A refused event returns the
 * same snapshot and a reason in Bahasa Indonesia and English. Deterministic: time only comes
 * from `at`. An `at` earlier than the request's last event (a clock gone back) is taken as that
 * instant, and recorded so: events never go back in time and used minutes never go negative.
 * The outputs a step's act produces (`SopItem.by`, e.g. a disposition) are recorded by the act
 * as documents; the others must come with the event that completes the step (`MISSING_OUTPUT`).
 *
 * @example
 * ```ts
 * import { getSop, start, apply } from '@alur/core';
 * const sop = getSop('sumbawa');
 * const request = start(sop, { opd: 'dinkes', by: 'u-opd' }, new Date('2026-11-23T09:00:00+08:00'));
 * const wrong = apply(sop, request, { type: 'SUBMIT', actor: { id: 'u-kadis', roles: ['kadis'] } }, new Date('2026-11-23T09:01:00+08:00'));
 * wrong.ok; // false: the letter is submitted by the OPD
 * if (!wrong.ok) console.log(wrong.error.code, wrong.error.message.id); // WRONG_ROLE ...
 * ```
 */
export function apply(sop: CompiledSop, snapshot: RequestSnapshot, event: unknown, at: Date): ApplyResult {
  const refuse = (error: ApplyError): ApplyResult => ({ ok: false, snapshot, error });
  const parsed = RequestEvent.safeParse(event, { reportInput: true });
  if (!parsed.success) {
    return refuse({
      code: 'INVALID_EVENT',
      message: { id: 'Event tidak sah.', en: 'Invalid event.' },
      issues: toAlurIssues(parsed.error, requestEventTexts),
    });
  }
  const context = snapshot?.context;
  if (snapshot?.format !== 'alur.request/1' || context?.sop.id !== sop.sop.id || context.sop.version !== sop.sop.version) {
    return refuse({
      code: 'WRONG_SOP',
      message: {
        id: `Permohonan ini berjalan pada SOP ${context?.sop.id ?? '?'} versi ${context?.sop.version ?? '?'}, bukan ${sop.sop.id} versi ${sop.sop.version}.`,
        en: `This request runs on SOP ${context?.sop.id ?? '?'} version ${context?.sop.version ?? '?'}, not ${sop.sop.id} version ${sop.sop.version}.`,
      },
    });
  }
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    return refuse({ code: 'INVALID_EVENT', message: { id: 'Waktu event bukan tanggal/waktu yang sah.', en: 'The event time is not a valid date/time.' } });
  }
  // A clock that went back (a drifting server, a replica behind) never puts an event before the
  // request's last one: it is applied, and recorded, at that instant instead.
  const when = Math.max(at.getTime(), lastInstant(context));
  const machineEvent = { ...parsed.data, at: new Date(when).toISOString() } as MachineEvent;
  const refusal = refusalOf(sop, context, machineEvent);
  if (refusal) return refuse(refusal);
  markChecked(sop, context, machineEvent);
  try {
    const restored = sop.machine.resolveState({ value: toStateValue(context), context });
    const next = pureTransition(sop.machine, restored, machineEvent);
    const after = next.context as RequestContext;
    return { ok: true, snapshot: { format: 'alur.request/1', context: after }, effects: effectsOf(sop, context, after, machineEvent.type) };
  } catch (error) {
    if (error instanceof AlurError && error.code === 'OUT_OF_RANGE') return refuse({ code: 'OUT_OF_RANGE', message: error.text });
    throw error;
  }
}
