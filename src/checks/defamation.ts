import { CLAUSES } from './clauses.js';
import { defineCheck } from './define-check.js';

// PLACEHOLDER: replaced by the real check.
export default defineCheck({
  meta: {
    id: 'defamation',
    title: 'Allegations that could be defamatory',
    clause: CLAUSES.libel,
    defaultSeverity: 'warn',
    messages: { placeholder: 'Placeholder.' },
    examples: { flag: ['a', 'b'], pass: ['c', 'd'] },
  },
  check() {
    return [];
  },
});
