import { defineElement } from '../shared/define.js';
import { PapiFeedbackButton } from './papi-feedback-button.js';

defineElement('papi-feedback-button', PapiFeedbackButton);
export { PapiFeedbackButton };
