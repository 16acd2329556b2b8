// Bundle entry: one display per entry (see index.ts).
import { userDisplay } from './index.js';

export default userDisplay;
