import { z } from 'zod';
import { formDefinitionSchema } from './internal/definition-schema.js';

let memo: z.core.JSONSchema.BaseSchema | undefined;

/**
 * The JSON Schema (draft 2020-12) of the form definition format, for editors and for the
 * admin UI: field types, their settings, names and keys as patterns. It checks the format;
 * the rules across a definition (unique names, `min` not above `max`, defaults, rules naming
 * fields) are `validateFormDefinition`'s, which also gives the messages.
 *
 * @example
 * ```ts
 * import { toFormDefinitionJsonSchema } from '@alur/forms';
 * const schema = toFormDefinitionJsonSchema();
 * schema.required; // ['key', 'title', 'fields']
 * ```
 */
export function toFormDefinitionJsonSchema(): z.core.JSONSchema.BaseSchema {
  memo ??= z.toJSONSchema(formDefinitionSchema, { io: 'input', unrepresentable: 'any' });
  return structuredClone(memo);
}
