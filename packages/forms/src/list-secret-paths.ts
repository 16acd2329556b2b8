import type { z } from 'zod';
import { elementOf, shapeOf, unwrap, type Node } from './internal/walk.js';

function collect(node: Node, prefix: string, out: string[]): void {
  const { node: inner, meta } = unwrap(node);
  if (meta?.secret) {
    out.push(prefix);
    return;
  }
  const element = elementOf(inner);
  if (element) collect(element, `${prefix}[*]`, out);
  for (const [key, child] of Object.entries(shapeOf(inner) ?? {})) collect(child, prefix ? `${prefix}.${key}` : key, out);
}

/**
 * The paths of every secret field of a schema, written `a.b` with `[*]` for list items, the
 * form logging libraries take for redaction (pino's `redact`, for instance).
 *
 * @example
 * ```ts
 * import { FeasibilityTestForm, listSecretPaths } from '@alur/forms';
 * listSecretPaths(FeasibilityTestForm); // ['applicationAccount.username', 'applicationAccount.password']
 * ```
 */
export function listSecretPaths(schema: z.ZodType): string[] {
  const out: string[] = [];
  collect(schema, '', out);
  return out;
}
