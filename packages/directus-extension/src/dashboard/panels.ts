// The dashboard as Insights panels, so admins compose their own dashboards (provisioning adds a
// ready one, "Alur — SLA"). Panel names are fixed in both languages: the Studio translates only
// its own keys here.
import { definePanel } from '@directus/extensions-sdk';
import AlertsPanel from './AlertsPanel.vue';
import SlaPanel from './SlaPanel.vue';
import './dashboard.css';

const variantOption = {
  field: 'variant',
  name: 'Varian SOP / SOP variant',
  type: 'string',
  meta: { width: 'half', interface: 'input', options: { placeholder: 'sumbawa (kosong: semua / empty: all)' } },
} as const;

export const slaPanel = definePanel({
  id: 'alur-sla',
  name: 'Alur: kepatuhan SLA',
  icon: 'speed',
  description: 'Kepatuhan SLA per langkah atau OPD (SLA compliance per step or office)',
  component: SlaPanel,
  options: [
    variantOption,
    {
      field: 'groupBy',
      name: 'Kelompokkan per / Group by',
      type: 'string',
      schema: { default_value: 'step' },
      meta: {
        width: 'half',
        interface: 'select-dropdown',
        options: {
          choices: [
            { text: 'Langkah / Step', value: 'step' },
            { text: 'OPD / Office', value: 'office' },
          ],
        },
      },
    },
    {
      field: 'period',
      name: 'Periode / Period',
      type: 'string',
      schema: { default_value: 'thisMonth' },
      meta: {
        width: 'half',
        interface: 'select-dropdown',
        options: {
          choices: [
            { text: 'Bulan ini / This month', value: 'thisMonth' },
            { text: 'Bulan lalu / Last month', value: 'lastMonth' },
            { text: '30 hari terakhir / Last 30 days', value: 'last30' },
            { text: 'Tahun ini / This year', value: 'thisYear' },
          ],
        },
      },
    },
  ],
  minWidth: 16,
  minHeight: 12,
});

export const alertsPanel = definePanel({
  id: 'alur-alerts',
  name: 'Alur: peringatan & pelanggaran',
  icon: 'notification_important',
  description: 'Permohonan berjalan yang mendekati batas atau terlambat (requests near their limit or late, now)',
  component: AlertsPanel,
  options: [
    variantOption,
    {
      field: 'limit',
      name: 'Baris paling banyak / Rows at most',
      type: 'integer',
      schema: { default_value: 5 },
      meta: { width: 'half', interface: 'input', options: { min: 1, max: 25 } },
    },
  ],
  minWidth: 16,
  minHeight: 10,
});
