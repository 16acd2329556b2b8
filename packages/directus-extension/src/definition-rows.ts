import type { CalendarDefinition, Holiday, SopDefinition, SopStep } from '@alur/core';

// SOP variants and calendars are kept in Directus as editable rows (a variant and its steps,
// a calendar and its holidays). These functions turn definitions into rows and back; Directus
// gives `null` for empty fields, which never reaches a definition.

type Nullable<T> = { [K in keyof T]-?: T[K] | null };

/** A row of `alur_sop_variants`. */
export type VariantRow = Nullable<{
  id: string;
  name: string;
  office: string;
  number: string;
  version: string;
  status: 'active' | 'draft' | 'archived';
  calendar: string;
  extends: string;
  start: string;
  roles: SopDefinition['roles'];
  legal_basis: SopDefinition['legalBasis'];
  dates: SopDefinition['dates'];
  approved_by: string;
  source: string;
  caps: SopDefinition['caps'];
  changes: SopDefinition['changes'];
  document: SopDefinition['document'];
  builtin: boolean;
}>;

/** A row of `alur_sop_steps` (without its own id). */
export type StepRow = Nullable<{
  variant: string;
  sort: number;
  step_id: string;
  no: string;
  description: string;
  actor: string;
  kind: 'task' | 'disposition';
  participants: string[];
  kelengkapan: SopStep['kelengkapan'];
  waktu: string;
  schedule_from: string;
  outputs: SopStep['outputs'];
  uses: string[];
  next: string;
  is_end: boolean;
  decision_question: string;
  decision_yes: string;
  decision_no: string;
  decision_yes_label: string;
  decision_no_label: string;
  route: SopStep['route'];
  requester_time: boolean;
  cells: SopStep['cells'];
  sla: SopStep['sla'];
  keterangan: string;
  note: string;
}>;

/** A row of `alur_calendars`. */
export type CalendarRow = Nullable<{
  id: string;
  name: string;
  description: string;
  extends: string;
  zone: string;
  weekly: CalendarDefinition['weekly'];
  weekly_source: string;
  special_periods: CalendarDefinition['specialPeriods'];
  years: CalendarDefinition['years'];
  remove_holidays: CalendarDefinition['removeHolidays'];
  date_overrides: CalendarDefinition['dateOverrides'];
  missing_years: CalendarDefinition['missingYears'];
  provisional_horizon: number;
  builtin: boolean;
}>;

/** A row of `alur_holidays` (without its own id). */
export type HolidayRow = Nullable<{ calendar: string; date: string; name: string; kind: Holiday['kind']; source: string }>;

/** Copies the keys whose value is neither null nor undefined (Directus' empty). */
function present<T extends object>(entries: { [K in keyof T]: T[K] | null | undefined }): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(entries) as (keyof T)[]) {
    const value = entries[key];
    if (value !== null && value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}

/**
 * A variant and its step rows from an SOP definition.
 *
 * @example
 * ```ts
 * import { builtinSopDefinitions } from '@alur/core';
 * const { variant, steps } = variantToRows(builtinSopDefinitions[2]!, { builtin: true });
 * ```
 */
export function variantToRows(definition: SopDefinition, options: { builtin?: boolean } = {}): { variant: VariantRow; steps: StepRow[] } {
  const variant: VariantRow = {
    id: definition.id,
    name: definition.name,
    office: definition.office,
    number: definition.number ?? null,
    version: definition.version,
    status: 'active',
    calendar: definition.calendar ?? null,
    extends: definition.extends ?? null,
    start: definition.start ?? null,
    roles: definition.roles ?? null,
    legal_basis: definition.legalBasis ?? null,
    dates: definition.dates ?? null,
    approved_by: definition.approvedBy ?? null,
    source: definition.source ?? null,
    caps: definition.caps ?? null,
    changes: definition.changes ?? null,
    document: definition.document ?? null,
    builtin: options.builtin ?? false,
  };
  const steps = (definition.steps ?? []).map(
    (step, index): StepRow => ({
      variant: definition.id,
      sort: index + 1,
      step_id: step.id,
      no: step.no,
      description: step.description,
      actor: step.actor,
      kind: step.kind ?? null,
      participants: step.participants ?? null,
      kelengkapan: step.kelengkapan ?? null,
      waktu: step.waktu ?? null,
      schedule_from: step.scheduleFrom ?? null,
      outputs: step.outputs ?? null,
      uses: step.uses ?? null,
      next: step.next ?? null,
      is_end: step.end ?? null,
      decision_question: step.decision?.question ?? null,
      decision_yes: step.decision?.yes ?? null,
      decision_no: step.decision?.no ?? null,
      decision_yes_label: step.decision?.yesLabel ?? null,
      decision_no_label: step.decision?.noLabel ?? null,
      route: step.route ?? null,
      requester_time: step.requesterTime ?? null,
      cells: step.cells ?? null,
      sla: step.sla ?? null,
      keterangan: step.keterangan ?? null,
      note: step.note ?? null,
    }),
  );
  return { variant, steps };
}

/**
 * The SOP definition of a variant row and its step rows (in `sort` order). The result is
 * what `validateSop` checks before Directus saves an edit.
 */
export function rowsToVariant(variant: VariantRow, steps: readonly StepRow[]): SopDefinition {
  const ordered = [...steps].sort((a, b) => (a.sort ?? Number.MAX_SAFE_INTEGER) - (b.sort ?? Number.MAX_SAFE_INTEGER));
  const definition = {
    schemaVersion: 1 as const,
    ...present({
      id: variant.id,
      version: variant.version,
      name: variant.name,
      office: variant.office,
      number: variant.number,
      legalBasis: variant.legal_basis,
      dates: variant.dates,
      approvedBy: variant.approved_by,
      source: variant.source,
      calendar: variant.calendar,
      roles: variant.roles,
      start: variant.start,
      caps: variant.caps,
      extends: variant.extends,
      changes: variant.changes,
      document: variant.document,
    }),
  } as SopDefinition;
  if (variant.extends === null || ordered.length > 0) {
    definition.steps = ordered.map((row) => {
      const decision =
        row.decision_yes != null || row.decision_no != null || row.decision_question != null
          ? {
              question: row.decision_question ?? '',
              yes: row.decision_yes ?? '',
              no: row.decision_no ?? '',
              ...present({ yesLabel: row.decision_yes_label, noLabel: row.decision_no_label }),
            }
          : null;
      return present<SopStep>({
        id: row.step_id ?? '',
        no: row.no ?? '',
        description: row.description ?? '',
        actor: row.actor ?? '',
        kind: row.kind,
        participants: row.participants,
        kelengkapan: row.kelengkapan,
        waktu: row.waktu,
        outputs: row.outputs,
        uses: row.uses,
        next: row.next,
        decision,
        route: row.route,
        end: row.is_end === true || (row.is_end as unknown) === 1 ? true : null,
        requesterTime: row.requester_time === true || (row.requester_time as unknown) === 1 ? true : null,
        scheduleFrom: row.schedule_from,
        cells: row.cells,
        sla: row.sla,
        keterangan: row.keterangan,
        note: row.note,
      }) as SopStep;
    });
  }
  return definition;
}

/** A calendar row and its holiday rows from a calendar definition. */
export function calendarToRows(definition: CalendarDefinition, options: { builtin?: boolean } = {}): { calendar: CalendarRow; holidays: HolidayRow[] } {
  return {
    calendar: {
      id: definition.id,
      name: definition.name,
      description: definition.description ?? null,
      extends: definition.extends ?? null,
      zone: definition.zone ?? null,
      weekly: definition.weekly ?? null,
      weekly_source: definition.weeklySource ?? null,
      special_periods: definition.specialPeriods ?? null,
      years: definition.years ?? null,
      remove_holidays: definition.removeHolidays ?? null,
      date_overrides: definition.dateOverrides ?? null,
      missing_years: definition.missingYears ?? null,
      provisional_horizon: definition.provisionalHorizon ?? null,
      builtin: options.builtin ?? false,
    },
    holidays: (definition.holidays ?? []).map((h) => ({ calendar: definition.id, date: h.date, name: h.name, kind: h.kind, source: h.source })),
  };
}

/** The calendar definition of a calendar row and its holiday rows. */
export function rowsToCalendar(calendar: CalendarRow, holidays: readonly HolidayRow[]): CalendarDefinition {
  const definition = present<CalendarDefinition>({
    id: calendar.id ?? '',
    name: calendar.name ?? '',
    description: calendar.description,
    extends: calendar.extends,
    zone: calendar.zone,
    weekly: calendar.weekly,
    weeklySource: calendar.weekly_source,
    specialPeriods: calendar.special_periods,
    years: calendar.years,
    removeHolidays: calendar.remove_holidays,
    dateOverrides: calendar.date_overrides,
    missingYears: calendar.missing_years,
    provisionalHorizon: calendar.provisional_horizon,
  }) as CalendarDefinition;
  if (holidays.length > 0) {
    // Directus may return a date column as a full timestamp: keep the date.
    definition.holidays = holidays.map((h) => ({
      date: String(h.date ?? '').slice(0, 10),
      name: h.name ?? '',
      kind: h.kind ?? 'national',
      source: h.source ?? '',
    }));
  }
  return definition;
}

/** Child rows by the id their `link` column points at (rows without one are left out). */
function byParent<T>(rows: readonly T[], link: (row: T) => unknown): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const parent = link(row);
    if (parent === null || parent === undefined) continue;
    const group = groups.get(String(parent));
    if (group) group.push(row);
    else groups.set(String(parent), [row]);
  }
  return groups;
}

/** The SOP definitions of variant rows, each with its own step rows. */
export function variantsFromRows(variants: readonly VariantRow[], steps: readonly StepRow[]): SopDefinition[] {
  const byVariant = byParent(steps, (s) => s.variant);
  return variants.map((variant) => rowsToVariant(variant, byVariant.get(String(variant.id)) ?? []));
}

/** The calendar definitions of calendar rows, each with its own holiday rows. */
export function calendarsFromRows(calendars: readonly CalendarRow[], holidays: readonly HolidayRow[]): CalendarDefinition[] {
  const byCalendar = byParent(holidays, (h) => h.calendar);
  return calendars.map((calendar) => rowsToCalendar(calendar, byCalendar.get(String(calendar.id)) ?? []));
}
