import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

// PLACEHOLDER: replaced by the real check.
export default defineCheck({
  meta: {
    id: 'personal-data',
    title: 'Personal details of residents',
    clause: CLAUSES.personalDetails,
    defaultSeverity: 'block',
    messages: { placeholder: 'Placeholder.' },
    examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
  },
  check() {
    return [];
  },
});
