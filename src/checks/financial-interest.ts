import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

// PLACEHOLDER: replaced by the real check.
export default defineCheck({
  meta: {
    id: 'financial-interest',
    title: 'Promoting your own business or interests',
    clause: CLAUSES.financialInterests,
    defaultSeverity: 'warn',
    messages: { placeholder: 'Placeholder.' },
    examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
  },
  check() {
    return [];
  },
});
