// Alur's displays for the Studio's Content module, wherever it shows Alur data (set on the fields by provisioning, schema v7).
import { defineDisplay } from '@directus/extensions-sdk';
import InstantDisplay from './InstantDisplay.vue';
import PhaseDisplay from './PhaseDisplay.vue';
import SlaDisplay from './SlaDisplay.vue';
import SopRolesDisplay from './SopRolesDisplay.vue';
import UserDisplay from './UserDisplay.vue';

/** Indonesia's zones, for a field whose instants belong to one office. */
const ZONES = [
  { text: 'Zona kantor (kalender varian SOP) / Office zone (SOP calendars)', value: 'auto' },
  { text: 'WIB — Asia/Jakarta', value: 'Asia/Jakarta' },
  { text: 'WIB — Asia/Pontianak', value: 'Asia/Pontianak' },
  { text: 'WITA — Asia/Makassar', value: 'Asia/Makassar' },
  { text: 'WIT — Asia/Jayapura', value: 'Asia/Jayapura' },
];

export const slaDisplay = defineDisplay({
  id: 'alur-sla',
  name: 'Alur: SLA',
  description: 'Status SLA sebagai kata dan warna (SLA status as a word and a colour)',
  icon: 'timer',
  component: SlaDisplay,
  options: null,
  types: ['string'],
});

export const phaseDisplay = defineDisplay({
  id: 'alur-phase',
  name: 'Alur: Tahap',
  description: 'Tahap permohonan sebagai kata (request phase as a word)',
  icon: 'flag',
  component: PhaseDisplay,
  options: null,
  types: ['string'],
});

export const userDisplay = defineDisplay({
  id: 'alur-user',
  name: 'Alur: Pengguna',
  description: 'Nama pengguna, bukan ID-nya (the user’s name instead of the id)',
  icon: 'person',
  component: UserDisplay,
  options: null,
  types: ['uuid', 'string'],
});

export const instantDisplay = defineDisplay({
  id: 'alur-instant',
  name: 'Alur: Waktu (WIB/WITA/WIT)',
  description: 'Waktu di zona kantor dengan namanya (a time in the office zone, with its name)',
  icon: 'schedule',
  component: InstantDisplay,
  options: [
    {
      field: 'zone',
      name: 'Zona waktu / Time zone',
      type: 'string',
      meta: { width: 'full', interface: 'select-dropdown', options: { choices: ZONES } },
      schema: { default_value: 'auto' },
    },
  ],
  types: ['timestamp', 'dateTime'],
});

export const sopRolesDisplay = defineDisplay({
  id: 'alur-roles',
  name: 'Alur: Peran SOP',
  description: 'Nama peran SOP (SOP role names)',
  icon: 'badge',
  component: SopRolesDisplay,
  options: null,
  types: ['json'],
});
