import type { z } from 'zod';
import type { FieldChoice } from '../field-meta.js';
import type { LocalizedText } from '../locale.js';
import type { FormContext } from './define-schema.js';
import { message, type TextArgs, type TextKey } from './messages.js';
import { issueText } from '@alur/zod-wording';

type RawIssue = z.core.$ZodRawIssue;
export type ErrorFn = (issue: RawIssue) => string;

interface IssueMessageOptions {
  /** The message for a failed format check (a regex or a string format). */
  readonly format?: TextKey | ((input: unknown) => readonly [TextKey, TextArgs?]);
  readonly choices?: readonly FieldChoice[];
  /** A secret field's message does not even say how long the value was. */
  readonly secret?: boolean;
}

/**
 * The zod error map of one field: every issue it can raise, named by the field's label.
 * zod's built-in issues (a wrong type, a size, a value not among the choices, an unknown key)
 * are worded by zod's locale in the form's language (see `zod-locale.ts`) after the label:
 * "Nama Aplikasi: Input tidak valid: diharapkan teks, diterima angka". A field left out says
 * "wajib diisi" as every form does, and a format says what to write (the field's own text).
 */
export function issueMessage(ctx: FormContext, label: LocalizedText, options: IssueMessageOptions = {}): ErrorFn {
  const say = (key: TextKey, args?: TextArgs): string => message(ctx.locale, key, label, args);
  const builtin = (issue: RawIssue): string =>
    `${label[ctx.locale]}: ${issueText(options.secret && (issue.code === 'too_big' || issue.code === 'too_small') ? { ...issue, input: undefined } : issue, ctx.locale)}`;
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return say('required');
        return builtin(issue);
      case 'invalid_value': {
        // The choices as the form prints them, not their stored values.
        const names = (options.choices ?? []).map((c) => c.label[ctx.locale]);
        return builtin(names.length > 0 ? { ...issue, values: names } : issue);
      }
      case 'invalid_format': {
        if (!options.format) return builtin(issue);
        const [key, args] = typeof options.format === 'function' ? options.format(issue.input) : [options.format];
        return say(key, args);
      }
      default:
        return builtin(issue);
    }
  };
}

/** An error map that always gives one message (for a check whose failure has one meaning). */
export function fixedMessage(ctx: FormContext, label: LocalizedText, key: TextKey, args?: TextArgs): ErrorFn {
  return () => message(ctx.locale, key, label, args);
}
