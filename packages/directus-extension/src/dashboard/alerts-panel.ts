// Entry of the Insights panel "Alur: peringatan & pelanggaran" (see panels.ts).
import { alertsPanel } from './panels.js';

export default alertsPanel;
