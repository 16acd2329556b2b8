import { builtinSopDefinitions } from '@alur/core';
import { SCHEMA_VERSION } from './provision/schema.js';

export interface Router {
  get(path: string, handler: (req: unknown, res: { json(body: unknown): void }) => void): void;
}

/** The `/alur` endpoints. For now `GET /alur/health`: the schema version and the built-in variants. */
export default {
  id: 'alur',
  handler(router: Router): void {
    router.get('/health', (_req, res) => {
      res.json({ status: 'ok', schemaVersion: SCHEMA_VERSION, variants: builtinSopDefinitions.map((d) => d.id) });
    });
  },
};
