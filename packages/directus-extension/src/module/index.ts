// The Studio module "Alur": SOP variants edited as their printed table, derived variants, forms
// as data, and
// (through the portal's shared components) the same SLA badge and SOP table the portal shows.
import { defineModule } from '@directus/extensions-sdk';
import FormEditor from './FormEditor.vue';
import FormsPage from './FormsPage.vue';
import PeoplePage from './PeoplePage.vue';
import VariantEditor from './VariantEditor.vue';
import VariantsPage from './VariantsPage.vue';
import './module.css';

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
  ],
});
