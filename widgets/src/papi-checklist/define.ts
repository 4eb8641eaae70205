import { defineElement } from '../shared/define.js';
import { PapiChecklist } from './papi-checklist.js';

defineElement('papi-checklist', PapiChecklist);
export { PapiChecklist };
