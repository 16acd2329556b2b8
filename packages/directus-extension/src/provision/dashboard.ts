// The ready Insights dashboard "Alur — SLA" with Alur's panels (src/dashboard/panels.ts):
// created once when missing; an admin may change or delete it, provisioning does not bring it back.
import { randomUUID } from 'node:crypto';
import type { ProvisionContext } from './directus-types.js';

/** The dashboard's name, how provisioning finds it. */
export const DASHBOARD_NAME = 'Alur — SLA';

const PANELS = [
  {
    type: 'alur-alerts',
    name: 'Peringatan & pelanggaran sekarang',
    icon: 'notification_important',
    position_x: 1,
    position_y: 1,
    width: 30,
    height: 18,
    options: { limit: 5 },
  },
  {
    type: 'alur-sla',
    name: 'Kepatuhan SLA per langkah — bulan ini',
    icon: 'speed',
    position_x: 31,
    position_y: 1,
    width: 30,
    height: 30,
    options: { groupBy: 'step', period: 'thisMonth' },
  },
  {
    type: 'alur-sla',
    name: 'Kepatuhan SLA per OPD — bulan ini',
    icon: 'apartment',
    position_x: 1,
    position_y: 19,
    width: 30,
    height: 18,
    options: { groupBy: 'office', period: 'thisMonth' },
  },
] as const;

/** Creates the dashboard and its panels unless a dashboard of that name exists. Returns whether it did. */
export async function ensureDashboard(ctx: ProvisionContext): Promise<boolean> {
  const db = ctx.database;
  if (await db('directus_dashboards').where({ name: DASHBOARD_NAME }).first('id')) return false;
  const dashboard = randomUUID();
  await db('directus_dashboards').insert({
    id: dashboard,
    name: DASHBOARD_NAME,
    icon: 'insights',
    note: 'Kepatuhan SLA dan peringatan Alur (Alur’s SLA compliance and warnings)',
  });
  for (const p of PANELS) await db('directus_panels').insert({ id: randomUUID(), dashboard, show_header: true, ...p, options: JSON.stringify(p.options) });
  return true;
}
