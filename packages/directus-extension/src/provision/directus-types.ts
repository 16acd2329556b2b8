// The slice of the Directus extension context that provisioning uses. Typed loosely on purpose:
// the services are Directus' own classes, passed in by the hook or the CLI command.

/** A Directus service instance (ItemsService and friends). */
export interface DirectusService {
  createOne(data: Record<string, unknown>, opts?: Record<string, unknown>): Promise<unknown>;
  readOne?(key: unknown, query?: Record<string, unknown>): Promise<Record<string, unknown>>;
  readByQuery?(query: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  createField?(collection: string, field: Record<string, unknown>): Promise<void>;
}

type ServiceClass = new (options: { schema: unknown; accountability: null; knex?: unknown }) => DirectusService;

/** What `provision` needs from the extension context. */
export interface ProvisionContext {
  readonly services: Record<string, ServiceClass>;
  /** The knex instance. */
  readonly database: KnexLike;
  readonly getSchema: (options?: { database?: unknown; bypassCache?: boolean }) => Promise<SchemaOverview>;
  readonly logger: { info(msg: string): void; warn(msg: string): void; error(msg: unknown): void };
}

export interface SchemaOverview {
  readonly collections: Record<string, { fields: Record<string, unknown> }>;
  readonly relations: readonly { collection: string; field: string; related_collection: string | null }[];
}

export type KnexLike = (table: string) => KnexQuery;

export interface KnexQuery {
  insert(row: Record<string, unknown>): Promise<unknown>;
  where(column: string | Record<string, unknown>, operator?: unknown, value?: unknown): KnexQuery;
  andWhere(column: string, operator: string, value: unknown): KnexQuery;
  first(...columns: string[]): Promise<Record<string, unknown> | undefined>;
  delete(): Promise<number>;
  update(row: Record<string, unknown>): Promise<number>;
}
