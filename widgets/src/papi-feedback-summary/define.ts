import { defineElement } from '../shared/define.js';
import { PapiFeedbackSummary } from './papi-feedback-summary.js';

defineElement('papi-feedback-summary', PapiFeedbackSummary);
export { PapiFeedbackSummary };
