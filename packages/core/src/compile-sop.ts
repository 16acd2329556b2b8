import { assign, setup, type AnyStateMachine } from 'xstate';
import { AlurError } from './alur-error.js';
import { getCalendar, type CalendarRegistry } from './calendar-registry.js';
import { applyToContext, completionEvents, initialContext, isAllowed, type MachineEvent, type StartInput } from './internal/request-rules.js';
import { parseDuration, type SopDuration } from './parse-duration.js';
import type { RequestContext } from './request-snapshot.js';
import type { SopRole, SopStep } from './sop-definition.js';
import { slaWaktu, validateSop, type ResolvedSop, type SopLookup } from './validate-sop.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Name of the final state every SOP ends in. */
export const DONE_STATE = '__selesai';

/**
 * A validated SOP compiled for running: its XState machine (states are steps, events are
 * the actions people take) and what the runtime needs at hand. Build it once per SOP
 * version with {@link compileSop}, then use `start`, `apply` and `slaCheck`.
 */
export interface CompiledSop {
  readonly sop: ResolvedSop;
  readonly calendar: WorkingCalendar;
  readonly machine: AnyStateMachine;
  readonly steps: ReadonlyMap<string, SopStep>;
  readonly roles: ReadonlyMap<string, SopRole>;
  readonly durations: ReadonlyMap<string, SopDuration>;
}

/** Options of {@link compileSop}. */
export interface CompileSopOptions {
  /** Finds the base of `extends`. */
  readonly lookup?: SopLookup;
  /** Where the SOP's calendar is found (defaults to the built-in calendars). */
  readonly calendars?: CalendarRegistry;
}

export { completionEvents };

/**
 * Validates an SOP definition and compiles it to an XState 5 machine
 * (`setup({ guards, actions }).createMachine(config)`): one state per step and a final
 * state; while a step waits on the requester (`context.phase` is `waiting`) only RESUBMIT
 * and UPLOAD pass its guards. Guards check the
 * actor's role, the step's Kelengkapan and the branch data; one assign action records
 * documents, the audit trail and the SLA clocks.
 *
 * @throws {AlurError} `INVALID_SOP` with every problem the validator found.
 *
 * @example
 * ```ts
 * import { getSop, start, apply } from '@alur/core';
 * const sumbawa = getSop('sumbawa');
 * let request = start(sumbawa, { opd: 'dinkes', by: 'u-opd' }, new Date('2026-11-23T09:00:00+08:00'));
 * const result = apply(sumbawa, request, {
 *   type: 'SUBMIT',
 *   actor: { id: 'u-opd', roles: ['opd'] },
 *   documents: [{ key: 'surat-permohonan', ref: 'file-1' }],
 * }, new Date('2026-11-23T09:05:00+08:00'));
 * if (result.ok) request = result.snapshot; // now at the Kadis' disposition
 * ```
 */
export function compileSop(definition: unknown, options: CompileSopOptions = {}): CompiledSop {
  const validation = validateSop(definition, options);
  if (!validation.ok) {
    const id = typeof definition === 'object' && definition !== null && 'id' in definition ? String(definition.id) : '?';
    const count = validation.issues.length;
    throw new AlurError(
      'INVALID_SOP',
      { id: `SOP "${id}" tidak sah (${count} masalah).`, en: `SOP "${id}" is invalid (${count} problem${count === 1 ? '' : 's'}).` },
      { issues: validation.issues, details: { sop: id } },
    );
  }
  const sop = validation.sop;
  const parts = {
    sop,
    calendar: options.calendars ? options.calendars.get(sop.calendar) : getCalendar(sop.calendar),
    steps: new Map(sop.steps.map((step) => [step.id, step])),
    roles: new Map(sop.roles.map((role) => [role.id, role])),
    durations: new Map(sop.steps.flatMap((step) => (slaWaktu(step) === undefined ? [] : [[step.id, parseDuration(slaWaktu(step)!)] as const]))),
  };

  const target = (id: string) => `#${id}`;
  const allowed = { type: 'allowed' } as const;
  const record = { type: 'record' } as const;
  const states: Record<string, object> = {};
  for (const step of sop.steps) {
    const on: Record<string, object | object[]> = {};
    if (step.decision) {
      on.ACCEPT = { target: target(step.decision.yes), guard: allowed, actions: record };
      on.REJECT = { target: target(step.decision.no), guard: allowed, actions: record };
    } else {
      const [event] = completionEvents(step, parts.roles);
      on[event!] = step.route
        ? step.route.cases.map((c) => ({ target: target(c.next), guard: { type: 'allowedTo', params: { to: c.next } }, actions: record }))
        : { target: target(step.end ? DONE_STATE : step.next!), guard: allowed, actions: record };
    }
    // One atomic state per step: whether the step waits on the requester is `context.phase`,
    // so returning to the OPD and resubmitting stay in the step (targetless, guarded).
    states[step.id] = {
      id: step.id,
      description: step.description,
      meta: { no: step.no, actor: step.actor, waktu: slaWaktu(step) },
      on: {
        ...on,
        RETURN_TO_OPD: { guard: allowed, actions: record },
        RESUBMIT: { guard: allowed, actions: record },
        UPLOAD: { guard: allowed, actions: record },
      },
    };
  }
  states[DONE_STATE] = { id: DONE_STATE, type: 'final' };

  const machine = setup({
    types: {} as { context: RequestContext; events: MachineEvent; input: StartInput },
    guards: {
      allowed: ({ context, event }) => isAllowed(parts, context, event),
      allowedTo: ({ context, event }, params: { to: string }) => isAllowed(parts, context, event, params.to),
    },
    actions: {
      record: assign(({ context, event }) => applyToContext(parts, context, event)),
    },
  }).createMachine({
    id: `alur:${sop.id}`,
    initial: sop.start,
    // xstate also evaluates this without input when it builds an actor: keep that cheap.
    context: ({ input }) => (input === undefined ? ({} as RequestContext) : initialContext(parts, input)),
    on: { TICK: { actions: record } },
    states: states as never,
  });
  return { ...parts, machine: machine as unknown as AnyStateMachine };
}
