import { defineElement } from '../shared/define.js';
import { PapiFeedbackStatus } from './papi-feedback-status.js';

defineElement('papi-feedback-status', PapiFeedbackStatus);
export { PapiFeedbackStatus };
