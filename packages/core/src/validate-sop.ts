import type { AlurIssue, LocalizedText } from './alur-error.js';
import { AlurError } from './alur-error.js';
import type { CalendarRegistry } from './calendar-registry.js';
import { describeIssuePath, type IssuePathSource } from './describe-issue-path.js';
import { reaches } from './internal/reaches.js';
import { actOutputs } from './internal/step-items.js';
import { toAlurIssues } from './internal/zod-issues.js';
import { resolveSop, type ResolvedSop, type SopLookup } from './internal/resolve-sop.js';
import { parseDuration, type SopDuration } from './parse-duration.js';
import { SopDefinition, sopDefinitionTexts, type SopStep } from './sop-definition.js';

export type { ResolvedSop, SopLookup };

/** Options of {@link validateSop}. */
export interface ValidateSopOptions {
  /** Finds the base of `extends`. */
  readonly lookup?: SopLookup;
  /** When given, the SOP's calendar must exist in it. */
  readonly calendars?: CalendarRegistry;
}

/**
 * The outcome of {@link validateSop}: the resolved SOP, or every problem found. Each issue's
 * `where` names its place as the SOP does ("Langkah No 4 · Waktu", see {@link describeIssuePath});
 * `path` stays the place in the data (`["steps", 3, "waktu"]`, a derived SOP's steps counted
 * in the resolved table).
 */
export type SopValidation =
  | { readonly ok: true; readonly sop: ResolvedSop; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly AlurIssue[] };

const text = (id: string, en: string): LocalizedText => ({ id, en });

/** Working minutes of one nominal working day (Perpres 21/2023: 37.5 hours over 5 days). */
const NOMINAL_DAY_MINUTES = 450;

/** The Waktu the SLA counts for a step: its `sla.waktu` when another document sets one, else the printed `waktu`. */
export const slaWaktu = (step: SopStep): string | undefined => step.sla?.waktu ?? step.waktu;

/** The steps that can follow a step, in order. */
export function successors(step: SopStep): string[] {
  if (step.decision) return [step.decision.yes, step.decision.no];
  if (step.route) return step.route.cases.map((c) => c.next);
  return step.next === undefined ? [] : [step.next];
}

/** A duration's limit in nominal working days (minutes counted at 450 a day). */
function limitInDays(duration: SopDuration): number {
  switch (duration.kind) {
    case 'workingDays':
      return duration.limit;
    case 'workingMinutes':
      return duration.limit / NOMINAL_DAY_MINUTES;
    case 'scheduled':
      return 0;
  }
}

/**
 * Checks an SOP definition and reports every problem at once, each with a path and a
 * message in Bahasa Indonesia and English: the format, `extends` and its changes, unknown
 * actors and steps, steps that cannot be reached or cannot reach the end, loops with no
 * exit, decisions and routes, Waktu that does not parse, `by` on a Kelengkapan item (it says
 * who produces an output) or on a schedule (`scheduleFrom` must be an output its actor
 * attaches, with a date), and each cap's SLA budget (the longest path of step limits inside
 * the cap against the cap).
 *
 * @example
 * ```ts
 * import { validateSop, builtinSopDefinitions } from '@alur/core';
 * const lookup = (id: string) => builtinSopDefinitions.find((s) => s.id === id);
 * const result = validateSop({ schemaVersion: 1, id: 'kab-x', version: '1', name: 'X', office: 'X',
 *   extends: 'sumbawa', changes: { remove: ['tidak-ada'] } }, { lookup });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path.join('.'), '|', issue.where?.id, '|', issue.message.id);
 * // changes.remove.0 | Perubahan · Hapus · Langkah "tidak-ada" | langkah "tidak-ada" tidak ada di SOP dasar "sumbawa"
 * ```
 */
export function validateSop(input: unknown, options: ValidateSopOptions = {}): SopValidation {
  const parsed = SopDefinition.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: placed(toAlurIssues(parsed.error, sopDefinitionTexts), input as IssuePathSource) };
  const issues: AlurIssue[] = [];
  const sop = resolveSop(parsed.data, options.lookup ?? (() => undefined), issues);
  if (!sop) return { ok: false, issues: placed(issues, parsed.data) };
  const result = checkResolved(sop, options, issues);
  return result.length === 0 ? { ok: true, sop, issues: [] } : { ok: false, issues: placed(result, { steps: sop.steps, changes: parsed.data.changes }) };
}

/** The issues with their place named as the SOP does, read in `source` (the steps a path counts in). */
function placed(issues: readonly AlurIssue[], source: IssuePathSource): AlurIssue[] {
  return issues.map((issue) => ({ ...issue, where: describeIssuePath(source, issue.path) }));
}

/** The checks on the resolved SOP (after `extends`), added to `issues`. */
function checkResolved(sop: ResolvedSop, options: ValidateSopOptions, issues: AlurIssue[]): AlurIssue[] {
  const stepIndex = new Map<string, number>();
  sop.steps.forEach((step, i) => {
    if (stepIndex.has(step.id)) {
      issues.push({ path: ['steps', i, 'id'], message: text(`id langkah "${step.id}" dipakai dua kali`, `step id "${step.id}" is used twice`) });
    }
    stepIndex.set(step.id, i);
  });
  const roleIds = new Set(sop.roles.map((role) => role.id));
  if (roleIds.size !== sop.roles.length) {
    issues.push({ path: ['roles'], message: text('ada id peran yang dipakai dua kali', 'a role id is used twice') });
  }
  if (sop.steps.length === 0) issues.push({ path: ['steps'], message: text('SOP tidak punya langkah', 'the SOP has no steps') });
  const printed = new Set<string>();
  sop.document?.columns?.forEach((column, i) => {
    const ids = typeof column === 'string' ? [column] : column.roles;
    ids.forEach((role, j) => {
      const path = typeof column === 'string' ? ['document', 'columns', i] : ['document', 'columns', i, 'roles', j];
      if (!roleIds.has(role)) issues.push({ path, message: text(`kolom "${role}" bukan peran SOP ini`, `column "${role}" is not a role of this SOP`) });
      else if (printed.has(role)) issues.push({ path, message: text(`kolom "${role}" tercetak dua kali`, `column "${role}" is printed twice`) });
      printed.add(role);
    });
  });
  if (options.calendars && sop.calendar !== '' && !options.calendars.ids.includes(sop.calendar)) {
    issues.push({
      path: ['calendar'],
      message: text(
        `kalender "${sop.calendar}" tidak dikenal; pilihan: ${options.calendars.ids.join(', ')}`,
        `unknown calendar "${sop.calendar}"; choices: ${options.calendars.ids.join(', ')}`,
      ),
    });
  }
  if (sop.start !== '' && !stepIndex.has(sop.start)) {
    issues.push({ path: ['start'], message: text(`langkah awal "${sop.start}" tidak ada`, `start step "${sop.start}" does not exist`) });
  }

  const outputKeys = new Set(sop.steps.flatMap((step) => (step.outputs ?? []).map((item) => item.key)));
  const actOutputKeys = new Set(sop.steps.flatMap((step) => actOutputs(step).map((item) => item.key)));
  const durations = new Map<string, SopDuration>();
  sop.steps.forEach((step, i) => {
    const at = (...path: (string | number)[]) => ['steps', i, ...path];
    const unknownStep = (path: (string | number)[], id: string) =>
      issues.push({ path, message: text(`langkah "${id}" tidak ada`, `step "${id}" does not exist`) });
    if (!roleIds.has(step.actor)) {
      issues.push({ path: at('actor'), message: text(`pelaksana "${step.actor}" tidak ada di daftar peran`, `actor "${step.actor}" is not among the roles`) });
    }
    for (const role of Object.keys(step.cells ?? {})) {
      if (!roleIds.has(role))
        issues.push({ path: at('cells', role), message: text(`kolom "${role}" tidak ada di daftar peran`, `column "${role}" is not among the roles`) });
    }
    step.participants?.forEach((role, j) => {
      if (!roleIds.has(role)) {
        issues.push({ path: at('participants', j), message: text(`pelaksana "${role}" tidak ada di daftar peran`, `actor "${role}" is not among the roles`) });
      }
    });
    const ways = [step.next !== undefined, step.decision !== undefined, step.route !== undefined, step.end === true].filter(Boolean).length;
    if (ways !== 1) {
      issues.push({
        path: at(),
        message: text(
          'setiap langkah harus punya tepat satu dari: next, decision, route atau end',
          'each step needs exactly one of: next, decision, route or end',
        ),
      });
    }
    if (step.next !== undefined && !stepIndex.has(step.next)) unknownStep(at('next'), step.next);
    if (step.decision) {
      for (const branch of ['yes', 'no'] as const) {
        if (!stepIndex.has(step.decision[branch])) unknownStep(at('decision', branch), step.decision[branch]);
      }
      if (step.decision.yes === step.decision.no) {
        issues.push({ path: at('decision'), message: text('cabang ya dan tidak menuju langkah yang sama', 'yes and no lead to the same step') });
      }
    }
    step.route?.cases.forEach((c, j) => {
      if (!stepIndex.has(c.next)) unknownStep(at('route', 'cases', j, 'next'), c.next);
    });
    if (step.sla !== undefined && step.waktu !== undefined) {
      try {
        parseDuration(step.waktu);
      } catch (error) {
        if (!(error instanceof AlurError)) throw error;
        issues.push({ path: at('waktu'), message: error.text });
      }
    }
    const waktu = slaWaktu(step);
    if (waktu !== undefined) {
      try {
        const duration = parseDuration(waktu);
        durations.set(step.id, duration);
        if (duration.kind === 'scheduled' && step.scheduleFrom === undefined) {
          issues.push({
            path: at('scheduleFrom'),
            message: text(
              'Waktu "Sesuai Jadwal" memerlukan scheduleFrom: keluaran yang memuat jadwal',
              'Waktu "Sesuai Jadwal" needs scheduleFrom: the output that holds the schedule',
            ),
          });
        }
      } catch (error) {
        if (!(error instanceof AlurError)) throw error;
        issues.push({ path: step.sla ? at('sla', 'waktu') : at('waktu'), message: error.text });
      }
    }
    step.kelengkapan?.forEach((item, j) => {
      if (item.by !== undefined) {
        issues.push({
          path: at('kelengkapan', j, 'by'),
          message: text('"by" hanya untuk keluaran (outputs): siapa yang menghasilkannya', '"by" is for outputs only: who produces them'),
        });
      }
    });
    if (step.scheduleFrom !== undefined && actOutputKeys.has(step.scheduleFrom)) {
      issues.push({
        path: at('scheduleFrom'),
        message: text(
          `"${step.scheduleFrom}" dicatat oleh tindakan langkahnya (by: act) sehingga tidak membawa tanggal jadwal; jadikan by: actor`,
          `"${step.scheduleFrom}" is recorded by its step's act (by: act), so it carries no schedule date; make it by: actor`,
        ),
      });
    }
    if (step.scheduleFrom !== undefined && !outputKeys.has(step.scheduleFrom)) {
      issues.push({
        path: at('scheduleFrom'),
        message: text(`"${step.scheduleFrom}" bukan keluaran langkah mana pun`, `"${step.scheduleFrom}" is not an output of any step`),
      });
    }
  });

  // Reachability from the start, and the way to an end from each step.
  const next = (id: string) => {
    const i = stepIndex.get(id);
    return i === undefined ? [] : successors(sop.steps[i]!).filter((s) => stepIndex.has(s));
  };
  const reachable = new Set<string>();
  const queue = stepIndex.has(sop.start) ? [sop.start] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...next(id));
  }
  const reachesEnd = new Set(sop.steps.filter((step) => step.end).map((step) => step.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const step of sop.steps) {
      if (!reachesEnd.has(step.id) && next(step.id).some((s) => reachesEnd.has(s))) {
        reachesEnd.add(step.id);
        changed = true;
      }
    }
  }
  const inCycle = (id: string) => reaches(next, next(id), id);
  sop.steps.forEach((step, i) => {
    if (stepIndex.has(sop.start) && !reachable.has(step.id)) {
      issues.push({
        path: ['steps', i],
        message: text(`langkah "${step.id}" tidak dapat dicapai dari langkah awal`, `step "${step.id}" cannot be reached from the start`),
      });
    }
    if (!reachesEnd.has(step.id)) {
      issues.push({
        path: ['steps', i],
        message: inCycle(step.id)
          ? text(`langkah "${step.id}" berada dalam putaran tanpa jalan keluar`, `step "${step.id}" is in a loop with no exit`)
          : text(`dari langkah "${step.id}" tidak ada jalan ke akhir SOP`, `there is no way from step "${step.id}" to the end`),
      });
    }
  });

  // SLA budget: the longest simple path of step limits inside each cap.
  sop.caps.forEach((cap, i) => {
    const at = ['caps', i];
    let capDays: number | undefined;
    try {
      capDays = limitInDays(parseDuration(cap.waktu));
    } catch (error) {
      if (!(error instanceof AlurError)) throw error;
      issues.push({ path: [...at, 'waktu'], message: error.text });
    }
    for (const end of ['from', 'to'] as const) {
      if (!stepIndex.has(cap[end])) issues.push({ path: [...at, end], message: text(`langkah "${cap[end]}" tidak ada`, `step "${cap[end]}" does not exist`) });
    }
    if (capDays === undefined || !stepIndex.has(cap.from) || !stepIndex.has(cap.to)) return;
    const longest = (id: string, visited: Set<string>): number | undefined => {
      const own = durations.has(id) ? limitInDays(durations.get(id)!) : 0;
      if (id === cap.to) return own;
      let best: number | undefined;
      for (const s of next(id)) {
        if (visited.has(s)) continue;
        visited.add(s);
        const rest = longest(s, visited);
        visited.delete(s);
        if (rest !== undefined && (best === undefined || rest > best)) best = rest;
      }
      return best === undefined ? undefined : own + best;
    };
    const total = longest(cap.from, new Set([cap.from]));
    if (total === undefined) {
      issues.push({
        path: at,
        message: text(`langkah "${cap.to}" tidak dapat dicapai dari "${cap.from}"`, `step "${cap.to}" cannot be reached from "${cap.from}"`),
      });
    } else if (total > capDays + 1e-9) {
      const days = Math.round(total * 100) / 100;
      issues.push({
        path: at,
        message: text(
          `anggaran waktu terlampaui: jalur terpanjang dari "${cap.from}" ke "${cap.to}" ${days} hari kerja, batas ${cap.waktu}`,
          `time budget exceeded: the longest path from "${cap.from}" to "${cap.to}" takes ${days} working days, the cap is ${cap.waktu}`,
        ),
      });
    }
  });

  return issues;
}
