import type { z } from 'zod';
import type { FieldChoice, FieldInterface, FieldMeta, FieldType } from './field-meta.js';
import type { LocalizedText } from './locale.js';
import { elementOf, shapeOf, unwrap, type Node } from './internal/walk.js';

/**
 * One field of a form as a storage layer (Directus) needs it. Blocks of the form become
 * groups: an `alias` entry with interface `group-detail` and `special: ['alias', 'no-data',
 * 'group']`, followed by its fields, each naming the group in `group`. Every field is a
 * column of its own, named by its path in snake case joined with `_`
 * (`structuralPic.nip` → `structural_pic_nip`); `path` says where it lives in the parsed
 * value. Lists of blocks (meeting participants, …) are one `json` field with interface
 * `list` whose item fields are in `fields`.
 *
 * @example
 * ```ts
 * import { describeFields, MeetingMinutes, type FieldDescription } from '@alur/forms';
 * const participants: FieldDescription | undefined = describeFields(MeetingMinutes).find((f) => f.field === 'participants');
 * participants?.fields?.map((f) => f.field); // ['name', 'position']
 * ```
 */
export interface FieldDescription {
  /** Column name: the path in snake case joined with `_`. */
  readonly field: string;
  /** Where the value lives in the parsed form. */
  readonly path: readonly string[];
  /** The group field this field belongs to. */
  readonly group?: string;
  readonly type: FieldType;
  readonly interface: FieldInterface;
  readonly label: LocalizedText;
  /**
   * Whether the requester must fill it in: the field and every group it is in are
   * required. Fields of optional blocks (e.g. the staff's ticket) are not.
   */
  readonly required: boolean;
  readonly choices?: readonly FieldChoice[];
  readonly note?: LocalizedText;
  /** Keep it out of responses, exports and logs (e.g. a password); show it masked. */
  readonly secret?: true;
  /** Filled in by staff ("diisi oleh petugas"), read-only for the requester. */
  readonly filledBy?: 'petugas';
  readonly defaultValue?: unknown;
  /** Directus `special` flags (`alias`/`no-data`/`group` for groups, `cast-json` for json). */
  readonly special?: readonly string[];
  /** Longest text accepted, for string and text fields. */
  readonly maxLength?: number;
  /** The fields of one item of a `list`. */
  readonly fields?: readonly FieldDescription[];
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function leafType(node: Node, meta: FieldMeta | undefined): { type: FieldType; interface: FieldInterface; choices?: readonly FieldChoice[] } {
  if (meta?.type && meta.interface) return { type: meta.type, interface: meta.interface, ...(meta.choices ? { choices: meta.choices } : {}) };
  const def = node._zod.def as z.core.$ZodTypeDef & { entries?: Record<string, string> };
  switch (def.type) {
    case 'string':
      return { type: 'string', interface: 'input' };
    case 'number':
      return { type: 'float', interface: 'input' };
    case 'boolean':
      return { type: 'boolean', interface: 'boolean' };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return { type: 'string', interface: 'select-dropdown', choices: values.map((value) => ({ value, label: { id: value, en: value } })) };
    }
    default:
      return { type: 'json', interface: 'input-multiline' };
  }
}

function maxLengthOf(node: Node): number | undefined {
  const checks = (node._zod.def.checks ?? []) as readonly z.core.$ZodCheck[];
  const limits = checks.flatMap((check) => {
    const def = check._zod.def as z.core.$ZodCheckDef & { maximum?: unknown };
    return def.check === 'max_length' && typeof def.maximum === 'number' ? [def.maximum] : [];
  });
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

function describeShape(
  shape: Readonly<Record<string, Node>>,
  prefix: readonly string[],
  group: string | undefined,
  required: boolean,
  filledBy: 'petugas' | undefined,
): FieldDescription[] {
  const out: FieldDescription[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const { node, meta, optional, hasDefault, defaultValue } = unwrap(child);
    const path = [...prefix, key];
    const field = path.map(snake).join('_');
    const isRequired = required && !optional;
    const staff = meta?.filledBy ?? filledBy;
    const common = {
      field,
      path,
      ...(group ? { group } : {}),
      label: meta?.label ?? { id: key, en: key },
      required: isRequired,
      ...(meta?.note ? { note: meta.note } : {}),
      ...(meta?.secret ? { secret: true as const } : {}),
      ...(staff ? { filledBy: staff } : {}),
      ...(hasDefault ? { defaultValue } : {}),
    };
    const childShape = shapeOf(node);
    if (childShape) {
      out.push({ ...common, type: 'alias', interface: 'group-detail', special: ['alias', 'no-data', 'group'] });
      out.push(...describeShape(childShape, path, field, isRequired, staff));
      continue;
    }
    const element = elementOf(node);
    if (element) {
      const item = unwrap(element);
      const itemShape = shapeOf(item.node);
      if (itemShape) {
        out.push({ ...common, type: 'json', interface: 'list', special: ['cast-json'], fields: describeShape(itemShape, [], undefined, true, staff) });
      } else if (meta?.choices) {
        out.push({ ...common, type: 'json', interface: 'select-multiple-checkbox', special: ['cast-json'], choices: meta.choices });
      } else {
        out.push({ ...common, type: 'json', interface: 'tags', special: ['cast-json'] });
      }
      continue;
    }
    const leaf = leafType(node, meta);
    const maximum = maxLengthOf(node);
    out.push({
      ...common,
      ...leaf,
      ...((leaf.type === 'string' || leaf.type === 'text') && typeof maximum === 'number' ? { maxLength: maximum } : {}),
    });
  }
  return out;
}

/**
 * Describes every field of a form or document schema for the Directus layer: column name,
 * path, storage type, interface, label in both languages, whether it is required, choices,
 * note, default, and the `secret` and `filledBy` flags, so that a form is defined once
 * (here) and its collection fields follow from it. See {@link FieldDescription} for how
 * blocks and lists are laid out. Imports nothing from Directus.
 *
 * @example
 * ```ts
 * import { describeFields, FeasibilityTestForm } from '@alur/forms';
 * const fields = describeFields(FeasibilityTestForm);
 * fields.find((f) => f.field === 'application_account_password');
 * // { field: 'application_account_password', path: ['applicationAccount', 'password'], group: 'application_account',
 * //   type: 'string', interface: 'input', label: { id: 'Password aplikasi', en: 'Application password' },
 * //   required: true, secret: true, maxLength: 200 }
 * ```
 */
export function describeFields(schema: z.ZodType): FieldDescription[] {
  const shape = shapeOf(unwrap(schema).node);
  return shape ? describeShape(shape, [], undefined, true, undefined) : [];
}
