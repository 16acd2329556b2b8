import type { z } from 'zod';
import { DEFAULT_OFFICIAL_EMAIL_DOMAINS, type FormOptions } from '../form-options.js';
import { FormsError } from '../forms-error.js';
import type { Locale } from '../locale.js';
import { DOMAIN_OPTION } from './patterns.js';
import { elementOf, innerOf, shapeOf, type Node } from './walk.js';

/** The resolved options a schema is built with. */
export interface FormContext {
  readonly locale: Locale;
  readonly officialEmailDomains: readonly string[];
}

type Build<T> = (ctx: FormContext) => T;

interface Origin {
  readonly build: Build<z.ZodType>;
  readonly ctx: FormContext;
}

// Schemas are immutable, so a memo per factory and options is safe to share.
const memo = new WeakMap<Build<z.ZodType>, Map<string, z.ZodType>>();
const origins = new WeakMap<z.ZodType, Origin>();

// Every schema nested in a built one, with the way to reach it from the root, so that the
// same field can be found in the root's twin in another language.
type Step = string | 0 | 1;
const locations = new WeakMap<Node, { readonly root: z.ZodType; readonly steps: readonly Step[] }>();

function index(root: z.ZodType, node: Node, steps: readonly Step[]): void {
  if (node !== root && !locations.has(node)) locations.set(node, { root, steps });
  const inner = innerOf(node);
  if (inner) index(root, inner, [...steps, 0]);
  const element = elementOf(node);
  if (element) index(root, element, [...steps, 1]);
  for (const [key, child] of Object.entries(shapeOf(node) ?? {})) index(root, child, [...steps, key]);
}

function follow(root: Node, steps: readonly Step[]): Node | undefined {
  let node: Node | undefined = root;
  for (const step of steps) {
    if (!node) return undefined;
    node = step === 0 ? innerOf(node) : step === 1 ? elementOf(node) : shapeOf(node)?.[step];
  }
  return node;
}

export function resolveOptions(options: FormOptions = {}): FormContext {
  const domains = (options.officialEmailDomains ?? DEFAULT_OFFICIAL_EMAIL_DOMAINS).map((d) => d.trim().toLowerCase().replace(/^\./, ''));
  const bad = domains.filter((d) => !DOMAIN_OPTION.test(d));
  if (domains.length === 0 || bad.length > 0) {
    throw new FormsError(
      'INVALID_OPTIONS',
      {
        id: `officialEmailDomains harus berisi minimal satu nama domain yang sah (misalnya go.id)${bad.length > 0 ? `; tidak sah: ${bad.join(', ')}` : ''}`,
        en: `officialEmailDomains must hold at least one valid domain name (e.g. go.id)${bad.length > 0 ? `; invalid: ${bad.join(', ')}` : ''}`,
      },
      { details: { officialEmailDomains: options.officialEmailDomains } },
    );
  }
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') {
    throw new FormsError('INVALID_OPTIONS', {
      id: `locale harus "id" atau "en", bukan "${String(locale)}"`,
      en: `locale must be "id" or "en", not "${String(locale)}"`,
    });
  }
  return { locale, officialEmailDomains: [...new Set(domains)] };
}

function build<T extends z.ZodType>(fn: Build<T>, ctx: FormContext): T {
  let byOptions = memo.get(fn);
  if (!byOptions) memo.set(fn, (byOptions = new Map()));
  const key = `${ctx.locale}|${ctx.officialEmailDomains.join(',')}`;
  const known = byOptions.get(key);
  if (known) return known as T;
  const schema = fn(ctx);
  byOptions.set(key, schema);
  origins.set(schema, { build: fn, ctx });
  index(schema, schema, []);
  return schema;
}

/**
 * Turns a builder into a public factory: options resolved and checked, one schema per
 * options (memoised), and each schema remembers how it was built so that `parseForm` can
 * get the same schema in another language.
 */
export function defineSchema<T extends z.ZodType>(fn: Build<T>): (options?: FormOptions) => T {
  return (options) => build(fn, resolveOptions(options));
}

/** Builds a one-off schema (a field made by a public `create*Field`) so that it, too, can change language. */
export function track<T extends z.ZodType>(fn: Build<T>, options?: FormOptions): T {
  return build(fn, resolveOptions(options));
}

/**
 * The same schema with messages in `locale` (a field nested in a built schema is found at the
 * same place in the other language's twin), or the schema itself when it was not made here.
 */
export function inLocale<T extends z.ZodType>(schema: T, locale: Locale): T {
  const origin = origins.get(schema);
  if (origin) return origin.ctx.locale === locale ? schema : (build(origin.build, { ...origin.ctx, locale }) as unknown as T);
  const location = locations.get(schema);
  if (!location) return schema;
  const twin = inLocale(location.root, locale);
  return twin === location.root ? schema : ((follow(twin, location.steps) ?? schema) as unknown as T);
}

/** How a schema made here (or the one it is nested in) was built. */
export function contextOf(schema: z.ZodType): FormContext | undefined {
  return origins.get(schema)?.ctx ?? origins.get(locations.get(schema)?.root ?? schema)?.ctx;
}
