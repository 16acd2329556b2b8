import type { z } from 'zod';
import type { FieldChoice } from '../field-meta.js';
import type { LocalizedText } from '../locale.js';
import type { FormContext } from './define-schema.js';
import { message, type TextArgs, type TextKey } from './messages.js';

type RawIssue = z.core.$ZodRawIssue;
export type ErrorFn = (issue: RawIssue) => string;

interface IssueMessageOptions {
  /** The message for a failed format check (a regex or a string format). */
  readonly format?: TextKey | ((input: unknown) => readonly [TextKey, TextArgs?]);
  readonly choices?: readonly FieldChoice[];
}

const typeKeys: Readonly<Record<string, TextKey>> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notInteger',
  boolean: 'notBoolean',
  array: 'notList',
  object: 'notGroup',
};

/** The zod error map of one field: every issue it can raise, named by the field's label. */
export function issueMessage(ctx: FormContext, label: LocalizedText, options: IssueMessageOptions = {}): ErrorFn {
  const say = (key: TextKey, args?: TextArgs): string => message(ctx.locale, key, label, args);
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return say('required');
        return say(typeKeys[issue.expected] ?? 'notText');
      case 'too_small':
        if (issue.origin === 'array' || issue.origin === 'set') return say('tooFew', { min: Number(issue.minimum) });
        if (issue.origin === 'string') return say('required');
        return say(issue.inclusive === false ? 'notPositive' : 'tooSmall', { min: Number(issue.minimum) });
      case 'too_big':
        if (issue.origin === 'array' || issue.origin === 'set') return say('tooMany', { max: Number(issue.maximum) });
        if (issue.origin === 'string') return say('tooLong', { max: Number(issue.maximum) });
        return say('tooBig', { max: Number(issue.maximum) });
      case 'invalid_value': {
        const names = (options.choices ?? []).map((c) => c.label[ctx.locale]);
        const values = names.length > 0 ? names : issue.values.map(String);
        return say('choice', { choices: values.join(', ') });
      }
      case 'unrecognized_keys':
        return say('unknownKeys', { keys: issue.keys.join(', ') });
      case 'invalid_format': {
        const format = options.format ?? 'notText';
        const [key, args] = typeof format === 'function' ? format(issue.input) : [format];
        return say(key, args);
      }
      default:
        return say('notText');
    }
  };
}

/** An error map that always gives one message (for a check whose failure has one meaning). */
export function fixedMessage(ctx: FormContext, label: LocalizedText, key: TextKey, args?: TextArgs): ErrorFn {
  return () => message(ctx.locale, key, label, args);
}
