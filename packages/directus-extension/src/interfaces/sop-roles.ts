// The SOP roles of a membership, picked by name among those its office may hold (set on alur_memberships.sop_roles by provisioning, schema v7).
import { defineInterface } from '@directus/extensions-sdk';
import SopRolesInterface from './SopRolesInterface.vue';

export default defineInterface({
  id: 'alur-sop-roles',
  name: 'Alur: Peran SOP',
  description: 'Peran SOP yang boleh dipegang anggota perangkat daerah ini (the SOP roles a member of this office may hold)',
  icon: 'badge',
  component: SopRolesInterface,
  options: null,
  types: ['json'],
});
