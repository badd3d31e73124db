import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

// PLACEHOLDER: replaced by the real check.
export default defineCheck({
  meta: {
    id: 'references',
    title: 'References or endorsements for individuals',
    clause: CLAUSES.references,
    defaultSeverity: 'warn',
    messages: { placeholder: 'Placeholder.' },
    examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
  },
  check() {
    return [];
  },
});
