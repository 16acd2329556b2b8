// A real Directus for an integration test file: boot on a temp folder and free port, log in the
// admin and the demo users, call endpoints as one of them, set the service's test clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
// @ts-expect-error plain ESM script without types
import { startDirectus } from '../scripts/directus-runtime.mjs';
import { demoUsers } from '../src/service/demo.js';
import { freePort } from './support.js';

export interface Server {
  url: string;
  publicUrl: string;
  adminEmail: string;
  adminPassword: string;
  demoPassword: string;
  logs: string[];
  stop(): Promise<void>;
  kill(): void;
}

export type Body = {
  data?: unknown;
  meta?: { total_count?: number; filter_count?: number } & Record<string, unknown>;
  errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[];
} & Record<string, unknown>;

export interface Answer {
  status: number;
  body: Body;
  headers: Headers;
}

/** A request as `/alur` answers it. */
export interface PublicRequest {
  id: string;
  step: string;
  phase: string;
  version: number;
  title: string;
  office: string;
  waitingOn: string | null;
  deadline: string | null;
  slaStatus: string | null;
}

/** What every test Directus runs with: quiet logs, no per-IP limit or load shedding (the ops test checks those). */
const TEST_ENV = { LOG_LEVEL: 'warn', RATE_LIMITER_POINTS: '100000', PRESSURE_LIMITER_ENABLED: 'false' };

/**
 * One Directus for a test file, with the demo users logged in (named by their first SOP role;
 * `opd-disdik` for the second OPD). Its methods are bound: `const { call, post } = h`.
 */
export class Harness {
  readonly dataDir: string;
  readonly tokens = new Map<string, string>();
  server!: Server;
  #port = 0;

  constructor(prefix = 'alur-directus-') {
    this.dataDir = mkdtempSync(join(tmpdir(), prefix));
  }

  /** Starts (or restarts, on the same port and data) Directus with its test clock reading `clock` from the start; `env` adds Directus settings. */
  boot = async (clock: string, env: Record<string, string> = {}): Promise<void> => {
    this.#port ||= await freePort();
    // DB_* from the environment run the same tests on Postgres (an empty database); SQLite otherwise.
    const db = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DB_')));
    this.server = (await startDirectus({
      dataDir: this.dataDir,
      port: this.#port,
      demo: true,
      testClock: clock,
      env: { ...TEST_ENV, ...db, ...env },
    })) as Server;
    await this.login('admin', this.server.adminEmail, this.server.adminPassword);
    for (const user of demoUsers()) await this.login(user.email.replace('.demo@example.go.id', ''), user.email, this.server.demoPassword);
  };

  /** Stops Directus and removes its data folder. */
  stop = async (): Promise<void> => {
    if (process.env['ALUR_TEST_SHOW_LOGS']) console.log(this.server?.logs.join(''));
    await this.server?.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  };

  login = async (who: string, email: string, password: string): Promise<void> => {
    const res = await this.call('/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
    expect(res.status, `login ${email}`).toBe(200);
    this.tokens.set(who, (res.body.data as { access_token: string }).access_token);
  };

  /** Calls the service as `as` (a logged-in name), JSON by default; the body is parsed when it is JSON. */
  call = async (path: string, init: RequestInit & { as?: string } = {}): Promise<Answer> => {
    const token = init.as ? this.tokens.get(init.as) : undefined;
    const res = await fetch(`${this.server.url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const raw = await res.text();
    let body: Body;
    try {
      body = JSON.parse(raw) as Body;
    } catch {
      body = { raw };
    }
    return { status: res.status, body, headers: res.headers };
  };

  /** The `data` of a GET that must answer 200. */
  get = async <T>(path: string, as: string): Promise<T> => {
    const res = await this.call(path, { as });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.data as T;
  };

  post = (path: string, body: unknown, as: string, headers: Record<string, string> = {}): Promise<Answer> =>
    this.call(path, { method: 'POST', body: JSON.stringify(body), as, headers });

  patch = (path: string, body: unknown, as: string): Promise<Answer> => this.call(path, { method: 'PATCH', body: JSON.stringify(body), as });

  setClock = async (at: Date | string): Promise<void> => {
    expect((await this.call('/alur/test/clock', { method: 'PUT', body: JSON.stringify({ at }), as: 'admin' })).status).toBe(200);
  };

  /** The id of the Directus user with this email. */
  userId = async (email: string): Promise<string> =>
    data<{ id: string }[]>(await this.call(`/users?filter[email][_eq]=${encodeURIComponent(email)}&fields=id`, { as: 'admin' }))[0]!.id;
}

export const data = <T>(answer: Answer) => answer.body.data as T;

/** The first error's message of an answer. */
export const message = (answer: Answer) => answer.body.errors?.[0]?.message ?? '';
