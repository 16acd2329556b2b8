import type { z } from 'zod';
import { elementOf, shapeOf, unwrap, type Node } from './internal/walk.js';

/**
 * Options of {@link redactSecrets}.
 *
 * @example
 * ```ts
 * import { FeasibilityTestForm, redactSecrets, type RedactSecretsOptions } from '@alur/forms';
 * const options: RedactSecretsOptions = { omit: true };
 * redactSecrets(FeasibilityTestForm, { applicationAccount: { username: 'u', password: 'p' } }, options); // { applicationAccount: {} }
 * ```
 */
export interface RedactSecretsOptions {
  /** What a secret value becomes; default `[REDACTED]`. */
  readonly replacement?: string;
  /** Leave secret fields out instead of replacing them. */
  readonly omit?: boolean;
}

const OMIT = Symbol('omit');

function redact(node: Node, value: unknown, options: RedactSecretsOptions): unknown {
  const { node: inner, meta } = unwrap(node);
  if (meta?.secret) return value === undefined ? undefined : options.omit ? OMIT : (options.replacement ?? '[REDACTED]');
  const element = elementOf(inner);
  if (element && Array.isArray(value)) return value.map((item) => redact(element, item, options)).filter((item) => item !== OMIT);
  const shape = shapeOf(inner);
  if (shape && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const field = shape[key];
      const redacted = field ? redact(field, child, options) : child;
      if (redacted !== OMIT) out[key] = redacted;
    }
    return out;
  }
  return value;
}

/**
 * A copy of `value` with every field the schema marks secret (at any depth, in blocks and
 * lists) replaced by `[REDACTED]`, or left out with `omit: true`, for logs, exports and
 * responses. Works on parsed values and on raw input alike; other fields are copied as
 * they are, and `value` itself is not changed.
 *
 * @example
 * ```ts
 * import { FeasibilityTestForm, redactSecrets } from '@alur/forms';
 * redactSecrets(FeasibilityTestForm, { applicationAccount: { username: 'admin', password: 'rahasia' } });
 * // { applicationAccount: { username: '[REDACTED]', password: '[REDACTED]' } }
 * ```
 */
export function redactSecrets<T>(schema: z.ZodType, value: T, options: RedactSecretsOptions = {}): T {
  const result = redact(schema, value, options);
  return (result === OMIT ? undefined : result) as T;
}
