import { z } from 'zod';
import { fieldRegistry } from './field-meta.js';

/**
 * Options of {@link toFormJsonSchema}.
 *
 * @example
 * ```ts
 * import { Kak, toFormJsonSchema, type ToFormJsonSchemaOptions } from '@alur/forms';
 * const options: ToFormJsonSchemaOptions = { io: 'output' };
 * toFormJsonSchema(Kak, options);
 * ```
 */
export interface ToFormJsonSchemaOptions {
  /**
   * `input` (default): what a client may send (defaults make a field optional; NIPs and
   * phones as typed, with spaces). `output`: what a parsed value looks like.
   */
  readonly io?: 'input' | 'output';
}

/**
 * The JSON Schema (draft 2020-12) of a form or document schema, made by zod's own
 * `z.toJSONSchema` with each labelled node annotated: `title` (the Indonesian label),
 * `description` (the note), `writeOnly: true` on secret fields, the keywords a zod check
 * cannot export (`uniqueItems`, a conditional `required`) and an `x-alur` keyword with the
 * label in both languages and the `secret` / `filledBy` flags.
 *
 * The patterns are the same regular expressions zod runs, so JSON Schema accepts what zod
 * accepts, except for checks that compare two values, which JSON Schema cannot express:
 * a NIP's TMT against its birth date (ages 18–59), a working-days range's bounds
 * (`40-30 Hari Kerja`), a meeting's end time against its start, and an incoming letter's
 * date received against its date. JSON Schema also only validates: normalising (NIP
 * digits, `+62…` phones, `III.a`) happens in zod.
 *
 * @example
 * ```ts
 * import { toFormJsonSchema, VulnerabilityAssessmentForm } from '@alur/forms';
 * const schema = toFormJsonSchema(VulnerabilityAssessmentForm);
 * schema.title; // 'Formulir Layanan Vulnerability Assessment pada Uji Kelayakan Aplikasi'
 * ```
 */
export function toFormJsonSchema(schema: z.ZodType, options: ToFormJsonSchemaOptions = {}): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(schema, {
    io: options.io ?? 'input',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const meta = fieldRegistry.get(zodSchema);
      if (!meta) return;
      const node = jsonSchema as Record<string, unknown>;
      node.title = meta.label.id;
      if (meta.note) node.description = meta.note.id;
      if (meta.secret) node.writeOnly = true;
      if (meta.jsonSchema) Object.assign(node, meta.jsonSchema);
      node['x-alur'] = {
        label: meta.label,
        ...(meta.note ? { note: meta.note } : {}),
        ...(meta.secret ? { secret: true } : {}),
        ...(meta.filledBy ? { filledBy: meta.filledBy } : {}),
      };
    },
  });
}
