import type { z } from 'zod';
import { fieldRegistry, type FieldMeta } from '../field-meta.js';
import type { LocalizedText } from '../locale.js';

export type Node = z.core.$ZodType;

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema a wrapper (optional, default, …, or a pipe's input) wraps; `undefined` for anything else. */
export function innerOf(node: Node): Node | undefined {
  const def = node._zod.def as z.core.$ZodTypeDef & { innerType?: Node; in?: Node };
  if (wrappers.has(def.type)) return def.innerType;
  if (def.type === 'pipe') return def.in;
  return undefined;
}

/** A field seen through its wrappers. */
export interface Unwrapped {
  /** The innermost schema (object, array, string, …). */
  readonly node: Node;
  /** The first meta found from the outside in. */
  readonly meta: FieldMeta | undefined;
  /** Whether input may leave the field out (optional or with a default). */
  readonly optional: boolean;
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
}

export function unwrap(node: Node): Unwrapped {
  let current = node;
  let meta = fieldRegistry.get(current);
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) {
    const def = current._zod.def as z.core.$ZodTypeDef & { defaultValue?: unknown };
    if (def.type === 'optional') optional = true;
    if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      hasDefault = true;
      defaultValue = def.defaultValue;
    }
    current = inner;
    meta ??= fieldRegistry.get(current);
  }
  return { node: current, meta, optional, hasDefault, defaultValue };
}

/** The shape of an object schema, or `undefined`. */
export function shapeOf(node: Node): Readonly<Record<string, Node>> | undefined {
  const def = node._zod.def as z.core.$ZodTypeDef & { shape?: Record<string, Node> };
  return def.type === 'object' ? def.shape : undefined;
}

/** The element of an array schema, or `undefined`. */
export function elementOf(node: Node): Node | undefined {
  const def = node._zod.def as z.core.$ZodTypeDef & { element?: Node };
  return def.type === 'array' ? def.element : undefined;
}

/** The label of the deepest labelled schema along `path` (the form's own label for the root). */
export function labelAt(schema: Node, path: readonly PropertyKey[]): LocalizedText | undefined {
  let { node, meta } = unwrap(schema);
  let label = meta?.label;
  for (const segment of path) {
    const next = typeof segment === 'number' ? elementOf(node) : shapeOf(node)?.[String(segment)];
    if (!next) break;
    ({ node, meta } = unwrap(next));
    if (meta) label = meta.label;
  }
  return label;
}
