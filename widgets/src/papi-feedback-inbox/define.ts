import { defineElement } from '../shared/define.js';
import { PapiFeedbackInbox } from './papi-feedback-inbox.js';

defineElement('papi-feedback-inbox', PapiFeedbackInbox);
export { PapiFeedbackInbox };
