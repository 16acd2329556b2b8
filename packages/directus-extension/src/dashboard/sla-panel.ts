// Entry of the Insights panel "Alur: kepatuhan SLA" (see panels.ts).
import { slaPanel } from './panels.js';

export default slaPanel;
