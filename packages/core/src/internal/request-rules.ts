import type { LocalizedText } from '../alur-error.js';
import type { CompiledSop } from '../compile-sop.js';
import { computeDeadline } from '../compute-deadline.js';
import type { RequestEvent } from '../request-event.js';
import type { RequestContext, StepClock, StoredDocument, TimelineEntry } from '../request-snapshot.js';
import type { SopStep } from '../sop-definition.js';
import { assessClock } from './assess-clock.js';
import { actOutputs, actorOutputs, filingItems } from './step-items.js';

/** What `start` needs: who asks, for which office, with which data. */
export interface StartInput {
  readonly opd: string;
  readonly by: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** An event as the machine sees it: time always comes in the event. */
export type MachineEvent = RequestEvent & { readonly at: string };

/** Why an event is refused; `code` is stable, `message` says how to proceed. */
export interface Refusal {
  readonly code: 'FINISHED' | 'NOT_ALLOWED_NOW' | 'WRONG_ROLE' | 'MISSING_KELENGKAPAN' | 'MISSING_OUTPUT' | 'MISSING_DATA' | 'MISSING_SCHEDULE';
  readonly message: LocalizedText;
}

type Compiled = Omit<CompiledSop, 'machine'>;

const DONE = '__selesai';

function roleNames(sop: Compiled, ids: readonly string[]): string {
  return ids.map((id) => sop.roles.get(id)?.name ?? id).join(', ');
}

/** Where completing the current step with this event leads (a step id, or the end). */
export function destination(step: SopStep, context: RequestContext, event: MachineEvent): string | undefined {
  if (step.decision) return event.type === 'ACCEPT' ? step.decision.yes : event.type === 'REJECT' ? step.decision.no : undefined;
  if (step.route) {
    const data = 'data' in event && event.data ? event.data : {};
    const value = data[step.route.field] ?? context.data[step.route.field];
    return step.route.cases.find((c) => c.value === value)?.next;
  }
  return step.end ? DONE : step.next;
}

/**
 * The event(s) that complete a step: a decision takes ACCEPT or REJECT, a disposition
 * DISPOSE, a requester's own step SUBMIT, any other step COMPLETE.
 */
export function completionEvents(step: SopStep, roles: Compiled['roles']): readonly MachineEvent['type'][] {
  if (step.decision) return ['ACCEPT', 'REJECT'];
  if (step.kind === 'disposition') return ['DISPOSE'];
  if (roles.get(step.actor)?.kind === 'requester') return ['SUBMIT'];
  return ['COMPLETE'];
}

/**
 * Why this event cannot be applied now, or `undefined` when it can. The machine's guards
 * and `apply`'s refusals both come from here, so they never disagree.
 */
export function refusalOf(sop: Compiled, context: RequestContext, event: MachineEvent, to?: string): Refusal | undefined {
  if (event.type === 'TICK') return undefined;
  if (context.phase === 'done') {
    return { code: 'FINISHED', message: { id: 'Permohonan sudah selesai; tidak ada langkah lagi.', en: 'The request has finished; there are no more steps.' } };
  }
  const step = sop.steps.get(context.step)!;
  const roles = event.actor.roles;
  const isRequester = roles.some((role) => sop.roles.get(role)?.kind === 'requester');
  const isActor = roles.includes(step.actor);
  const wrongRole = (who: readonly string[]): Refusal => ({
    code: 'WRONG_ROLE',
    message: {
      id: `Langkah ${step.no} "${step.id}" dikerjakan oleh ${roleNames(sop, who)}; peran Anda (${roles.join(', ')}) tidak berwenang.`,
      en: `Step ${step.no} "${step.id}" is done by ${roleNames(sop, who)}; your roles (${roles.join(', ')}) may not.`,
    },
  });
  const notNow = (id: string, en: string): Refusal => ({ code: 'NOT_ALLOWED_NOW', message: { id, en } });

  if (context.phase === 'waiting') {
    if (event.type !== 'RESUBMIT' && event.type !== 'UPLOAD') {
      return notNow(
        `Permohonan sedang dikembalikan ke OPD untuk dilengkapi; yang bisa dilakukan: RESUBMIT atau UPLOAD oleh OPD.`,
        `The request was returned to the OPD for completion; only RESUBMIT or UPLOAD by the OPD are possible.`,
      );
    }
    if (!isRequester) {
      const requesters = [...sop.roles.values()].filter((r) => r.kind === 'requester').map((r) => r.id);
      return wrongRole(requesters);
    }
    return undefined;
  }

  switch (event.type) {
    case 'UPLOAD':
      return isActor || (step.participants ?? []).some((p) => roles.includes(p)) ? undefined : wrongRole([step.actor, ...(step.participants ?? [])]);
    case 'RESUBMIT':
      return notNow(
        'Permohonan tidak sedang dikembalikan ke OPD; RESUBMIT tidak diperlukan.',
        'The request is not waiting on the OPD; RESUBMIT is not needed.',
      );
    case 'RETURN_TO_OPD':
      if (sop.roles.get(step.actor)?.kind === 'requester') {
        return notNow('Langkah ini dikerjakan OPD sendiri; tidak bisa dikembalikan ke OPD.', 'This step is the OPD’s own; it cannot be returned to the OPD.');
      }
      return isActor ? undefined : wrongRole([step.actor]);
    default:
      break;
  }
  // Whose step it is comes before how it is completed: someone else's step is not theirs to finish.
  if (!isActor) return wrongRole([step.actor]);
  const completion = completionEvents(step, sop.roles);
  if (!completion.includes(event.type)) {
    return notNow(
      `Langkah ${step.no} "${step.id}" diselesaikan dengan ${completion.join('/')}, bukan ${event.type}.`,
      `Step ${step.no} "${step.id}" is completed with ${completion.join('/')}, not ${event.type}.`,
    );
  }
  const attached = 'documents' in event && event.documents ? event.documents : [];
  const given = new Set(attached.map((d) => d.key));
  const has = (key: string) => Boolean(context.documents[key]) || given.has(key);
  const missing = (step.kelengkapan ?? []).filter((item) => !item.optional && !has(item.key));
  const forLater = filingItems(sop, step).filter(({ item }) => !has(item.key));
  if (missing.length > 0 || forLater.length > 0) {
    const own = missing.map((item) => `${item.label} (${item.key})`);
    const later = (lang: 'id' | 'en') =>
      forLater.map(({ item, step: s }) => `${item.label} (${item.key}, ${lang === 'id' ? 'diperlukan pada langkah' : 'needed at step'} ${s.no} "${s.id}")`);
    const list = (lang: 'id' | 'en') => [...own, ...later(lang)].join(', ');
    return {
      code: 'MISSING_KELENGKAPAN',
      message: {
        id: `Kelengkapan belum ada: ${list('id')}. Unggah dulu lalu ulangi.`,
        en: `Missing required inputs: ${list('en')}. Upload them, then try again.`,
      },
    };
  }
  const owed = actorOutputs(step).filter((item) => !item.optional && !has(item.key));
  if (owed.length > 0) {
    const labels = owed.map((item) => `${item.label} (${item.key})`).join(', ');
    return {
      code: 'MISSING_OUTPUT',
      message: {
        id: `Keluaran langkah ${step.no} "${step.id}" belum ada: ${labels}. Lampirkan bersama ${event.type}.`,
        en: `The outputs of step ${step.no} "${step.id}" are missing: ${labels}. Attach them with ${event.type}.`,
      },
    };
  }
  const docs: Record<string, { data?: Readonly<Record<string, unknown>> | undefined }> = { ...context.documents };
  for (const d of attached) docs[d.key] = d;
  const validDeadline = (key: string) => {
    const deadline = docs[key]?.data?.deadline;
    return typeof deadline === 'string' && !Number.isNaN(Date.parse(deadline));
  };
  // A schedule is owed, with its date, by the step that makes it.
  const schedule = actorOutputs(step).find((item) => given.has(item.key) && sop.sop.steps.some((s) => s.scheduleFrom === item.key) && !validDeadline(item.key));
  if (schedule) {
    return {
      code: 'MISSING_SCHEDULE',
      message: {
        id: `"${schedule.label}" (${schedule.key}) adalah jadwal langkah berikutnya: sertakan data.deadline (ISO-8601).`,
        en: `"${schedule.label}" (${schedule.key}) is a later step's schedule: include data.deadline (ISO-8601).`,
      },
    };
  }
  const next = destination(step, context, event);
  if (next === undefined) {
    const route = step.route!;
    return {
      code: 'MISSING_DATA',
      message: {
        id: `Isi "${route.field}" (${route.label}) dengan salah satu dari: ${route.cases.map((c) => c.value).join(', ')}.`,
        en: `Set "${route.field}" (${route.label}) to one of: ${route.cases.map((c) => c.value).join(', ')}.`,
      },
    };
  }
  if (to !== undefined && next !== to) return notNow('(cabang lain)', '(another branch)');
  const nextStep = sop.steps.get(next);
  if (nextStep?.scheduleFrom !== undefined && sop.durations.get(nextStep.id)?.kind === 'scheduled' && !validDeadline(nextStep.scheduleFrom)) {
    return {
      code: 'MISSING_SCHEDULE',
      message: {
        id: `Langkah berikutnya "${nextStep.id}" berjalan "Sesuai Jadwal": unggah "${nextStep.scheduleFrom}" dengan data.deadline (ISO-8601).`,
        en: `The next step "${nextStep.id}" runs "Sesuai Jadwal": upload "${nextStep.scheduleFrom}" with data.deadline (ISO-8601).`,
      },
    };
  }
  return undefined;
}

// Events `apply` has already checked, with where they lead: the machine's guards then need
// not check again. Keyed by the event object, which nothing changes after the check.
const checked = new WeakMap<MachineEvent, string | undefined>();

/** Records that `apply` checked this event against this context and found it allowed. */
export function markChecked(sop: Compiled, context: RequestContext, event: MachineEvent): void {
  const step = sop.steps.get(context.step);
  checked.set(event, step && event.type !== 'TICK' ? destination(step, context, event) : undefined);
}

export function isAllowed(sop: Compiled, context: RequestContext, event: MachineEvent, to?: string): boolean {
  if (checked.has(event)) return to === undefined || checked.get(event) === to;
  return refusalOf(sop, context, event, to) === undefined;
}

function openClock(sop: Compiled, stepId: string, at: string, context: Pick<RequestContext, 'clocks' | 'documents'>): StepClock {
  const visit = context.clocks.filter((clock) => clock.step === stepId).length + 1;
  const duration = sop.durations.get(stepId);
  if (!duration) return { step: stepId, visit, startedAt: at, pauses: [] };
  const step = sop.steps.get(stepId)!;
  const scheduled = step.scheduleFrom ? context.documents[step.scheduleFrom]?.data?.deadline : undefined;
  if (duration.kind === 'scheduled' && typeof scheduled !== 'string') return { step: stepId, visit, startedAt: at, pauses: [] };
  const { target, deadline } = computeDeadline(sop.calendar, new Date(at), duration, {
    ...(typeof scheduled === 'string' ? { scheduledDeadline: new Date(scheduled) } : {}),
  });
  return { step: stepId, visit, startedAt: at, target: target.toISOString(), deadline: deadline.toISOString(), pauses: [] };
}

export function initialContext(sop: Compiled, input: StartInput): RequestContext {
  const base = { clocks: [], documents: {} };
  return {
    sop: { id: sop.sop.id, version: sop.sop.version },
    step: sop.sop.start,
    phase: 'active',
    opd: input.opd,
    data: { ...input.data },
    documents: {},
    timeline: [{ at: input.at, by: input.by, event: 'START', step: sop.sop.start, to: sop.sop.start }],
    clocks: [openClock(sop, sop.sop.start, input.at, base)],
  };
}

function replaceLast(clocks: readonly StepClock[], update: (clock: StepClock) => StepClock): StepClock[] {
  return clocks.map((clock, i) => (i === clocks.length - 1 ? update(clock) : clock));
}

/** The context after an allowed event (the machine's one assign action). */
export function applyToContext(sop: Compiled, context: RequestContext, event: MachineEvent): RequestContext {
  const at = event.at;
  if (event.type === 'TICK') {
    const clock = context.clocks[context.clocks.length - 1];
    if (!clock || context.phase === 'done' || clock.completedAt) return context;
    const status = assessClock(sop, clock, new Date(at)).status;
    if (status === 'breached' && !clock.breachedAt) {
      return { ...context, clocks: replaceLast(context.clocks, (c) => ({ ...c, warnedAt: c.warnedAt ?? at, breachedAt: at })) };
    }
    if (status === 'warning' && !clock.warnedAt) {
      return { ...context, clocks: replaceLast(context.clocks, (c) => ({ ...c, warnedAt: at })) };
    }
    return context;
  }
  const step = sop.steps.get(context.step)!;
  const documents: Record<string, StoredDocument> = { ...context.documents };
  const attached = 'documents' in event && event.documents ? event.documents : [];
  for (const doc of attached) documents[doc.key] = { ...doc, by: event.actor.id, at, step: step.id };
  const data = 'data' in event && event.data ? { ...context.data, ...event.data } : context.data;
  const completes = event.type !== 'UPLOAD' && event.type !== 'RETURN_TO_OPD' && event.type !== 'RESUBMIT';
  const to = completes ? destination(step, { ...context, data }, event) : undefined;
  const recorded = completes ? actOutputs(step) : [];
  for (const item of recorded) {
    // The act is the document: who did what, for whom, when. A scan attached under the same key is kept beside it.
    const scan = attached.find((d) => d.key === item.key);
    const toRole = to !== undefined && to !== DONE ? sop.steps.get(to)?.actor : undefined;
    documents[item.key] = {
      ...scan,
      key: item.key,
      name: scan?.name ?? item.label,
      data: {
        ...scan?.data,
        event: event.type,
        from: step.actor,
        ...(toRole !== undefined ? { to: toRole } : {}),
        ...(step.decision ? { decision: event.type } : {}),
        ...('instruction' in event ? { instruction: event.instruction } : {}),
        ...('reason' in event && event.reason ? { reason: event.reason } : {}),
        ...('note' in event && event.note ? { note: event.note } : {}),
      },
      by: event.actor.id,
      at,
      step: step.id,
    };
  }
  const keys = [...new Set([...attached.map((d) => d.key), ...recorded.map((item) => item.key)])];
  const entry: TimelineEntry = {
    at,
    by: event.actor.id,
    event: event.type,
    step: step.id,
    ...('reason' in event && event.reason ? { reason: event.reason } : {}),
    ...('instruction' in event ? { instruction: event.instruction } : {}),
    ...('note' in event && event.note ? { note: event.note } : {}),
    ...(keys.length > 0 ? { documents: keys } : {}),
  };
  switch (event.type) {
    case 'UPLOAD':
      return { ...context, documents, timeline: [...context.timeline, entry] };
    case 'RETURN_TO_OPD':
      return {
        ...context,
        phase: 'waiting',
        timeline: [...context.timeline, entry],
        clocks: replaceLast(context.clocks, (c) => ({ ...c, pauses: [...c.pauses, { from: at }] })),
      };
    case 'RESUBMIT':
      return {
        ...context,
        phase: 'active',
        documents,
        timeline: [...context.timeline, entry],
        clocks: replaceLast(context.clocks, (c) => ({ ...c, pauses: c.pauses.map((p, i) => (i === c.pauses.length - 1 ? { ...p, to: at } : p)) })),
      };
    default: {
      if (to === undefined) return context;
      const closed = replaceLast(context.clocks, (c) => ({ ...c, completedAt: at }));
      if (to === DONE) {
        return { ...context, phase: 'done', data, documents, timeline: [...context.timeline, { ...entry, to }], clocks: closed };
      }
      return {
        ...context,
        step: to,
        data,
        documents,
        timeline: [...context.timeline, { ...entry, to }],
        clocks: [...closed, openClock(sop, to, at, { clocks: closed, documents })],
      };
    }
  }
}
