import { i18n } from './i18n.js';

/** An answer of the Alur API that is not 2xx: its status and its message (in the portal's language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/**
 * Calls the Directus that serves the portal (same origin) in the portal's language; throws
 * `ApiError` with the API's own message. Sign-in uses Directus' session mode: the session is an
 * httpOnly cookie, so no token is ever kept where the page's scripts could read it. When the
 * session's token has expired, one refresh (`POST /auth/refresh`, session mode) and one retry.
 */
export async function call<T>(
  path: string,
  init: { method?: string; body?: unknown; form?: FormData; query?: Record<string, string | number | undefined> } = {},
  retry = true,
): Promise<T> {
  const url = new URL(path, location.origin);
  url.searchParams.set('lang', i18n.global.locale.value);
  for (const [key, value] of Object.entries(init.query ?? {})) if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(init.form ? { body: init.form } : init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiError(0, i18n.global.t('error.offline'), null);
  }
  if (response.status === 401 && retry && !path.startsWith('/auth/')) {
    const refreshed = await fetch(new URL('/auth/refresh', location.origin), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'session' }),
    }).catch(() => undefined);
    if (refreshed?.ok) return call<T>(path, init, false);
  }
  const text = await response.text();
  const body: unknown = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, messageOf(body) ?? i18n.global.t('error.generic'), body);
  return body as T;
}

/** `call` on the Alur endpoints: `alur('inbox')` is `GET /alur/inbox`. */
export const alur = <T>(path: string, init: Parameters<typeof call>[1] = {}) => call<T>(`/alur/${path}`, init);

/** A file stored through Alur (`POST /alur/files`). */
export interface FileInfo {
  id: string;
  name: string;
  type: string;
  size: number;
}

/**
 * Uploads one file (multipart, as `POST /alur/files` takes it): for a filing not sent yet, or
 * straight onto request `request`. Refusals (type, size) come back as `ApiError` with the API's message.
 */
export async function uploadFile(file: File, request?: string): Promise<FileInfo> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await alur<{ data: FileInfo }>(request ? `requests/${request}/files` : 'files', { method: 'POST', form })).data;
}

/** Where a stored file is read: shown in the page (PDF, images) or, with `download`, saved. */
export const fileUrl = (id: string, download = false) => `/alur/files/${encodeURIComponent(id)}${download ? '?download' : ''}`;

/** Whether a document's `ref` names a file stored through Alur (a UUID), not a number or a link kept elsewhere. */
export const isStoredFile = (ref: string | undefined): ref is string =>
  ref !== undefined && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * The message of a Directus-style error body (`{ errors: [{ message, extensions }] }`), with
 * the API's field-level issues (`extensions.issues`, each `{ id, en }`) in the portal's language.
 */
export function messageOf(body: unknown): string | undefined {
  const errors = (body as { errors?: { message?: unknown; extensions?: { issues?: { path?: unknown[]; id?: string; en?: string }[] } }[] } | null)?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  if (typeof first?.message !== 'string') return undefined;
  const { t, te, locale } = i18n.global;
  const issues = (first.extensions?.issues ?? []).flatMap((issue) => {
    const message = locale.value === 'en' ? issue.en : issue.id;
    if (typeof message !== 'string') return [];
    // A field the portal has a label for is named by it ("Instruksi disposisi: wajib diisi").
    const field = issue.path?.length ? String(issue.path[0]) : '';
    const label = field && te(`field.${field}`) ? t(`field.${field}`) : field;
    return [label ? `${label}: ${message}` : message];
  });
  return issues.length ? `${first.message} ${issues.join(' ')}` : first.message;
}

/** Who is signed in, as Alur sees them (memberships and roles per office). */
export interface Me {
  user: string;
  admin: boolean;
  memberships: { office: string; kind: 'opd' | 'diskominfo'; roles: string[] }[];
  /** The largest file the service takes. */
  maxFileBytes?: number;
  name?: string;
}

/** The signed-in user, or `null` when the session is missing or over. */
export async function currentUser(): Promise<Me | null> {
  try {
    const [me, profile] = await Promise.all([
      alur<{ data: Me }>('me'),
      call<{ data: { first_name?: string | null; last_name?: string | null; email?: string | null } }>('/users/me', {
        query: { fields: 'first_name,last_name,email' },
      }),
    ]);
    const name = [profile.data.first_name, profile.data.last_name].filter(Boolean).join(' ') || String(profile.data.email ?? '');
    return { ...me.data, name };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

/** A request as lists show it (`GET /alur/requests`, `/alur/inbox`). */
export interface RequestSummary {
  id: string;
  title: string;
  variant: string;
  variantName: string | null;
  office: string;
  step: string | null;
  stepNo: string | null;
  stepDescription: string | null;
  phase: 'active' | 'waiting' | 'done';
  waitingOn: string | null;
  waitingOnName: string | null;
  zone: string | null;
  deadline: string | null;
  slaStatus: string | null;
  provisional: boolean;
  version: number;
  createdAt: string | null;
  updatedAt: string | null;
}

/** One page of a list, with the counts asked for. */
export interface Page<T> {
  data: T[];
  meta?: { total_count?: number; filter_count?: number };
}

/** A step as the request page shows it. */
export interface StepView {
  id: string;
  no: string;
  description: string;
  actor: string;
  actorName: string;
  waktu: string | null;
  kelengkapan: { key: string; label: string; optional: boolean; form?: true }[];
  /** What the filing brings for later steps that only pass the request on (Babel's letter). */
  forLater: { key: string; label: string; optional: boolean; step: string; no: string; form?: true }[];
  /** `by`: the actor attaches it, or the step's act records it; `form`: there is a form for the document (built in or an admin's), offered beside its file. */
  outputs: { key: string; label: string; optional: boolean; by: 'act' | 'actor'; form?: true }[];
  decision: { question: string; yes: string; no: string; yesLabel?: string; noLabel?: string } | null;
  route: { field: string; label: string; cases: { value: string; label: string; next: string }[] } | null;
}

/** One visit of a step as the SLA engine judges it. */
export interface StepSla {
  step: string;
  no: string;
  actor: string;
  visit: number;
  status: 'onTime' | 'warning' | 'breached' | 'noLimit';
  running: boolean;
  paused: boolean;
  requesterTime: boolean;
  usedMinutes: number;
  limitMinutes?: number;
  leftMinutes?: number;
  startedAt: string;
  completedAt?: string;
  deadline?: string;
}

/** A request with its history, documents, SLA and the caller's actions (`GET /alur/requests/:id`). */
export interface RequestDetail extends RequestSummary {
  data: Record<string, unknown>;
  documents: { key: string; name?: string; ref?: string; by: string; at: string; step: string; data?: Record<string, unknown> }[];
  timeline: {
    seq: number;
    at: string;
    by: string;
    event: string;
    step: string | null;
    to: string | null;
    reason?: string;
    instruction?: string;
    note?: string;
  }[];
  sla: {
    forecast?: { target: string; deadline: string; provisional?: true };
    current?: StepSla;
    steps?: StepSla[];
    error?: string;
  };
  currentStep: StepView | null;
  /** The Diskominfo office whose SOP the request runs on. */
  variantOffice: string;
  actions: string[];
  steps: {
    id: string;
    no: string;
    description: string;
    actor: string;
    actorName: string;
    actorKind: 'requester' | 'staff' | null;
    waktu: string | null;
    outputs: string[];
  }[];
  documentLabels: Record<string, string>;
}
