import type { z } from 'zod';
import { issueText } from '@alur/zod-wording';
import type { AlurIssue, LocalizedText } from '../alur-error.js';

/**
 * Schemas in this package name their own checks with a key of `texts`; zod's built-in
 * checks (wrong type, missing key, too short, not one of the choices, ...) are worded by
 * zod's own locales (`zod/locales`, Indonesian and English) through {@link issueText}.
 * Parse with `{ reportInput: true }`: the wording of a wrong type, a missing key and a size
 * needs the input on the issue (its kind and size are named, the value itself never).
 */
export function toAlurIssues(error: z.core.$ZodError, texts: Readonly<Record<string, LocalizedText>>): AlurIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: Object.hasOwn(texts, issue.message) ? texts[issue.message]! : { id: issueText(issue, 'id'), en: issueText(issue, 'en') },
  }));
}
