/** A document kept on a request: the latest one per item key. */
export interface StoredDocument {
  readonly key: string;
  readonly name?: string | undefined;
  readonly ref?: string | undefined;
  readonly data?: Readonly<Record<string, unknown>> | undefined;
  readonly by: string;
  readonly at: string;
  readonly step: string;
}

/** One line of the audit trail: who did what, when, where. */
export interface TimelineEntry {
  readonly at: string;
  /** User id, or `system` for the SLA sweep. */
  readonly by: string;
  readonly event: string;
  readonly step: string;
  /** The step entered by this event, when it moved the request. */
  readonly to?: string;
  readonly reason?: string;
  readonly instruction?: string;
  readonly note?: string;
  readonly documents?: readonly string[];
}

/** The SLA clock of one visit to a step. Instants are ISO-8601 UTC. */
export interface StepClock {
  readonly step: string;
  /** 1 for the first visit, 2 when a loop comes back, ... */
  readonly visit: number;
  readonly startedAt: string;
  /**
   * Deadline and target as computed on entry, before pauses. `slaCheck`, `TICK` and
   * `nextSlaCheck` compute them again from `startedAt` on the calendar as it is then, so a
   * holiday added later moves them; these stay as the record of entry.
   */
  readonly target?: string;
  readonly deadline?: string;
  /** Intervals when the request waited on the requester. */
  readonly pauses: readonly { readonly from: string; readonly to?: string }[];
  readonly completedAt?: string;
  readonly warnedAt?: string;
  readonly breachedAt?: string;
}

/** The request's data: the running state of one SOP run. */
export interface RequestContext {
  readonly sop: { readonly id: string; readonly version: string };
  /** The current step id (the last step once `phase` is `done`). */
  readonly step: string;
  /** Worked on by the office, waiting on the requester, or ended. */
  readonly phase: 'active' | 'waiting' | 'done';
  /** The requesting office (OPD), as the caller identifies it. */
  readonly opd: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly documents: Readonly<Record<string, StoredDocument>>;
  readonly timeline: readonly TimelineEntry[];
  /** Every step visit in order; the last one of the current step is running. */
  readonly clocks: readonly StepClock[];
}

/**
 * A request as it is stored: plain JSON (`JSON.parse(JSON.stringify(s))` gives it back),
 * tagged with its format so that a later format can read it.
 */
export interface RequestSnapshot {
  readonly format: 'alur.request/1';
  readonly context: RequestContext;
}
