/** Languages for user-facing messages: Bahasa Indonesia first, English available. */
export type Locale = 'id' | 'en';

/** A message in both languages. */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/**
 * The closed set of failure codes raised by `@alur/core`.
 *
 * - `INVALID_DURATION`: a Waktu text that does not parse.
 * - `INVALID_CALENDAR`: a calendar definition that breaks a rule (bad zone, overlapping hours, ...).
 * - `UNKNOWN_CALENDAR`: a calendar id that no registry knows.
 * - `OUT_OF_RANGE`: an instant outside the years a calendar has holiday data for.
 * - `INVALID_SOP`: an SOP definition that does not validate (every problem in `issues`).
 * - `INVALID_ARGUMENT`: any other bad input (a non-finite number, an invalid date, ...).
 */
export type AlurErrorCode = 'INVALID_DURATION' | 'INVALID_CALENDAR' | 'UNKNOWN_CALENDAR' | 'OUT_OF_RANGE' | 'INVALID_SOP' | 'INVALID_ARGUMENT';

/** One problem inside a larger input, with where it is. */
export interface AlurIssue {
  /** Path inside the input, e.g. `["holidays", 3, "date"]`. */
  readonly path: readonly (string | number)[];
  readonly message: LocalizedText;
  /**
   * The place named for a person (e.g. "baris 3" / "row 3" of a CSV file, "Langkah No 4 · Waktu" /
   * "Step No 4 · Waktu" of an SOP, see `describeIssuePath`); printed instead of `path`.
   */
  readonly where?: LocalizedText;
}

function withIssues(head: string, issues: readonly AlurIssue[], locale: Locale): string {
  const lines = issues.map((issue) => {
    const where = issue.where?.[locale] ?? issue.path.join('.');
    return `- ${where === '' ? '' : `${where}: `}${issue.message[locale]}`;
  });
  return [head, ...lines].join('\n');
}

/**
 * The one error class of `@alur/core`. `message` is in Bahasa Indonesia (with every issue on its own line); `localized('en')`
 * gives English. `issues` lists every problem when one input had several.
 *
 * @example
 * ```ts
 * import { AlurError, parseWaktu } from '@alur/core';
 * try {
 *   parseWaktu('kapan-kapan');
 * } catch (error) {
 *   if (error instanceof AlurError && error.code === 'INVALID_DURATION') {
 *     console.log(error.message); // Bahasa Indonesia
 *     console.log(error.localized('en'));
 *   }
 * }
 * ```
 */
export class AlurError extends Error {
  override readonly name = 'AlurError';
  readonly code: AlurErrorCode;
  readonly text: LocalizedText;
  readonly issues: readonly AlurIssue[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: AlurErrorCode,
    text: LocalizedText,
    options: {
      issues?: readonly AlurIssue[];
      details?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    const issues = options.issues ?? [];
    super(withIssues(text.id, issues, 'id'), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.text = text;
    this.issues = issues;
    this.details = options.details ?? {};
  }

  /** The message in the given language, followed by each issue on its own line. */
  localized(locale: Locale = 'id'): string {
    return withIssues(this.text[locale], this.issues, locale);
  }
}
