// The Studio module "Alur": SOP variants edited as their printed table, derived variants, forms
// as data, people and their SOP roles, and the SLA dashboard — drawn with the portal's shared
// components (one SLA badge, one request table) where they exist.
import { defineModule } from '@directus/extensions-sdk';
import FormEditor from './FormEditor.vue';
import FormsPage from './FormsPage.vue';
import PeoplePage from './PeoplePage.vue';
import VariantEditor from './VariantEditor.vue';
import VariantsPage from './VariantsPage.vue';
import './module.css';
import DashboardPage from '../dashboard/DashboardPage.vue';
import RequestsPage from '../dashboard/RequestsPage.vue';
import '../dashboard/dashboard.css';

export default defineModule({
  id: 'alur',
  name: 'Alur',
  icon: 'account_tree',
  routes: [
    { path: '', component: VariantsPage },
    { path: 'varian/:id', component: VariantEditor, props: true },
    { path: 'formulir', component: FormsPage },
    { path: 'formulir/:formKey', component: FormEditor, props: true },
    { path: 'orang', component: PeoplePage },
    // The dashboard and the requests behind its numbers (../dashboard).
    { path: 'dasbor', component: DashboardPage },
    { path: 'permohonan', component: RequestsPage },
  ],
});
