import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

// PLACEHOLDER: replaced by the real check.
export default defineCheck({
  meta: {
    id: 'haste',
    title: 'Posting in haste',
    clause: CLAUSES.haste,
    defaultSeverity: 'advise',
    messages: { placeholder: 'Placeholder.' },
    examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
  },
  check() {
    return [];
  },
});
