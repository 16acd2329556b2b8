import { addWorkingMinutes } from './add-working-time.js';
import { apply, type RequestEffect } from './apply.js';
import { AlurError } from './alur-error.js';
import { completionEvents, type CompiledSop } from './compile-sop.js';
import type { RequestDocument, RequestEvent } from './request-event.js';
import type { RequestSnapshot } from './request-snapshot.js';
import { start } from './start.js';
import { successors } from './validate-sop.js';
import { reaches } from './internal/reaches.js';
import { actorOutputs, filingItems } from './internal/step-items.js';
import { workingMinutesBetween } from './working-minutes-between.js';
import { provisionalFlag } from './internal/provisional-flag.js';

/** Options of {@link simulateRequest}. */
export interface SimulateRequestOptions {
  /** When the request starts. */
  readonly start: Date;
  readonly opd?: string;
  /** Request data; a route step takes its branch from here (or its first case). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Answer "no" the first time a decision whose "no" loops back is met, to walk that loop once (default `true`). */
  readonly loopOnce?: boolean;
  /** Share of each step's target the simulated actor takes (default 0.5). */
  readonly pace?: number;
  /** Stop after this many steps have been completed (default: run to the end). */
  readonly steps?: number;
}

/** One step of a simulated run. Instants are ISO-8601 UTC. */
export interface SimulatedStep {
  readonly step: string;
  readonly no: string;
  readonly actor: string;
  readonly event: RequestEvent['type'];
  readonly enteredAt: string;
  readonly target?: string;
  readonly deadline?: string;
  readonly completedAt: string;
  readonly effects: readonly RequestEffect[];
  /** Present when the step's deadline or completion rests on a year the calendar only estimates. */
  readonly provisional?: true;
}

const DEFAULT_MINUTES = 60;
const SCHEDULE_MINUTES = 20 * 450;

/**
 * Walks a demo request through an SOP with a simulated clock: each step's actor attaches what
 * a real user would (the step's missing Kelengkapan, for the filing also what the steps that
 * only pass the request on need, and the outputs the actor makes, not those the act records,
 * such as a disposition) and completes it after `pace` of its target working time
 * (an hour when the step has no Waktu); a decision whose "no" loops back says "no" once,
 * then "yes" (any other decision says "yes"); a step that
 * outputs a schedule gives it a deadline twenty working days on. Pure and deterministic.
 *
 * @throws {AlurError} `INVALID_ARGUMENT` when the SOP refuses a simulated event (a defect of the SOP).
 *
 * @example
 * ```ts
 * import { getSop, simulateRequest } from '@alur/core';
 * const { steps } = simulateRequest(getSop('sumbawa'), { start: new Date('2026-11-23T09:00:00+08:00') });
 * for (const s of steps) console.log(s.no, s.step, s.deadline ?? '-', s.completedAt);
 * // `events` replays the same run through `apply`.
 * ```
 */
export function simulateRequest(
  sop: CompiledSop,
  options: SimulateRequestOptions,
): { snapshot: RequestSnapshot; steps: SimulatedStep[]; events: { event: RequestEvent; at: Date }[] } {
  const pace = options.pace ?? 0.5;
  const loopOnce = options.loopOnce ?? true;
  let snapshot = start(sop, { opd: options.opd ?? 'opd-demo', by: 'demo-opd', data: options.data ?? {} }, options.start);
  const steps: SimulatedStep[] = [];
  const events: { event: RequestEvent; at: Date }[] = [];
  const rejected = new Set<string>();
  const limit = options.steps ?? sop.sop.steps.length * 4;
  while (snapshot.context.phase !== 'done' && steps.length < limit) {
    const context = snapshot.context;
    const step = sop.steps.get(context.step)!;
    const clock = context.clocks[context.clocks.length - 1]!;
    const entered = new Date(clock.startedAt);
    const goal = clock.target ?? clock.deadline;
    const minutes = goal ? Math.max(1, Math.round(workingMinutesBetween(sop.calendar, entered, new Date(goal)) * pace)) : DEFAULT_MINUTES;
    const at = addWorkingMinutes(sop.calendar, entered, minutes);
    // What the actor has in hand: the step's Kelengkapan (the filing also what the steps that only
    // pass it on need) and the outputs the actor makes; never what the act itself records.
    const owed = [...(step.kelengkapan ?? []), ...filingItems(sop, step).map((f) => f.item), ...actorOutputs(step)];
    const documents: RequestDocument[] = owed
      .filter((item, i) => !context.documents[item.key] && owed.findIndex((other) => other.key === item.key) === i)
      .map((item) => {
        const scheduled = sop.sop.steps.some((s) => s.scheduleFrom === item.key);
        return scheduled
          ? { key: item.key, name: item.label, data: { deadline: addWorkingMinutes(sop.calendar, at, SCHEDULE_MINUTES).toISOString() } }
          : { key: item.key, name: item.label };
      });
    const actor = { id: `demo-${step.actor}`, roles: [step.actor] };
    const [type] = completionEvents(step, sop.roles);
    let event: RequestEvent;
    if (step.decision) {
      const no = loopOnce && !rejected.has(step.id) && reaches((id) => successors(sop.steps.get(id)!), [step.decision.no], step.id);
      if (no) rejected.add(step.id);
      event = no
        ? { type: 'REJECT', actor, reason: 'Perlu perbaikan (simulasi)', documents }
        : { type: 'ACCEPT', actor, reason: 'Disetujui (simulasi)', documents };
    } else if (type === 'DISPOSE') {
      event = { type: 'DISPOSE', actor, instruction: 'Mohon ditindaklanjuti (simulasi)', documents };
    } else {
      const route = step.route;
      const data = route && context.data[route.field] === undefined ? { [route.field]: route.cases[0]!.value } : undefined;
      event = { type: type === 'SUBMIT' ? 'SUBMIT' : 'COMPLETE', actor, documents, ...(data ? { data } : {}) };
    }
    const result = apply(sop, snapshot, event, at);
    if (!result.ok) {
      throw new AlurError('INVALID_ARGUMENT', {
        id: `Simulasi berhenti di langkah ${step.no} "${step.id}": ${result.error.message.id}`,
        en: `The simulation stopped at step ${step.no} "${step.id}": ${result.error.message.en}`,
      });
    }
    events.push({ event, at });
    steps.push({
      step: step.id,
      no: step.no,
      actor: step.actor,
      event: event.type,
      enteredAt: clock.startedAt,
      ...(clock.target ? { target: clock.target } : {}),
      ...(clock.deadline ? { deadline: clock.deadline } : {}),
      completedAt: at.toISOString(),
      effects: result.effects,
      ...provisionalFlag(sop.calendar, clock.startedAt, clock.deadline, at),
    });
    snapshot = result.snapshot;
  }
  return { snapshot, steps, events };
}
