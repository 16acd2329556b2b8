// The API side of the bundle, in the shape Directus loads: `{ hooks, endpoints, operations }`.
import endpoint from './endpoint.js';
import hooks from './hooks.js';
import operation from './operation.js';

export default {
  hooks: [{ name: 'alur-hooks', config: hooks }],
  endpoints: [{ name: 'alur', config: endpoint }],
  operations: [{ name: 'alur-send-event', config: operation }],
};
