import { createError } from '@directus/errors';
import { AlurError, type AlurIssue, type LocalizedText } from '@alur/core';

/** The language of a message: Bahasa Indonesia unless the caller asks for English. */
export type Locale = 'id' | 'en';

/** What every Alur error carries beside its message: both languages and, when useful, the problems. */
export interface AlurErrorExtensions {
  readonly id: string;
  readonly en: string;
  readonly issues?: readonly unknown[];
  readonly [key: string]: unknown;
}

type Extensions = AlurErrorExtensions & { readonly locale?: Locale };

const make = (code: string, status: number) => createError<Extensions>(code, (e) => (e.locale === 'en' ? e.en : e.id), status);

const classes = {
  400: make('ALUR_INVALID_PAYLOAD', 400),
  401: make('ALUR_UNAUTHENTICATED', 401),
  403: make('ALUR_FORBIDDEN', 403),
  404: make('ALUR_NOT_FOUND', 404),
  409: make('ALUR_CONFLICT', 409),
  413: make('ALUR_TOO_LARGE', 413),
  415: make('ALUR_UNSUPPORTED_MEDIA_TYPE', 415),
  422: make('ALUR_REFUSED', 422),
  503: make('ALUR_NOT_READY', 503),
} as const;

/** The HTTP statuses Alur answers with on bad input or refusals. */
export type AlurStatus = keyof typeof classes;

/**
 * An error for Directus' error handler: `{ errors: [{ message, extensions: { code, id, en, ... } }] }`,
 * the message in the caller's language.
 */
export function httpError(status: AlurStatus, text: LocalizedText, extra: Record<string, unknown> = {}, locale: Locale = 'id'): Error {
  const error = new classes[status]({ ...extra, id: text.id, en: text.en, locale });
  // The language picked the message; it is no business of the response.
  delete (error.extensions as { locale?: Locale }).locale;
  return error;
}

/** Both languages of a message. */
export const text = (id: string, en: string): LocalizedText => ({ id, en });

/** Issues as they go out: path and both messages. */
export function issuesOut(issues: readonly AlurIssue[]): { path: (string | number)[]; id: string; en: string }[] {
  return issues.map((issue) => ({ path: [...issue.path], id: issue.message.id, en: issue.message.en }));
}

/** Turns an error from core into an HTTP error (core errors are the caller's input), anything else is kept. */
export function fromCore(error: unknown, locale: Locale): unknown {
  if (error instanceof AlurError) {
    return httpError(
      error.code === 'INVALID_ARGUMENT' ? 400 : 422,
      error.text,
      { reason: error.code, ...(error.issues.length ? { issues: issuesOut(error.issues) } : {}) },
      locale,
    );
  }
  return error;
}
