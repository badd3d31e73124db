/**
 * Screens a pack's regular expression before it is ever run on a draft: it must compile,
 * be short, and have no construct that can backtrack catastrophically (a quantified group
 * that itself contains a quantifier or alternatives, or a back-reference).
 * Returns null when the pattern is safe, or the reason it is refused.
 */
export function vetRegex(pattern: string, flags = 'iu'): string | null {
  if (pattern.length > 500) return 'the pattern is longer than 500 characters.';
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `it is not a valid pattern (${(error as Error).message}).`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'it uses a back-reference, which can make checking very slow.';
  // Walk the groups: a group that contains a quantifier or "|" and is itself quantified can backtrack without end.
  const stack: Array<{ risky: boolean }> = [];
  let lastClosed: { risky: boolean } | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      i++;
      lastClosed = null;
      continue;
    }
    if (char === '[') {
      const close = pattern.indexOf(']', i + 1);
      i = close === -1 ? pattern.length : close;
      lastClosed = null;
      continue;
    }
    if (char === '(') {
      stack.push({ risky: false });
      lastClosed = null;
    } else if (char === ')') {
      lastClosed = stack.pop() ?? null;
      const parent = stack[stack.length - 1];
      if (lastClosed?.risky && parent) parent.risky = true;
    } else if (char === '*' || char === '+' || char === '{' || char === '?') {
      const unbounded = char === '*' || char === '+' || (char === '{' && /^\{\d*,\}/.test(pattern.slice(i)) ) || (char === '{' && /^\{\d+,\d{3,}\}/.test(pattern.slice(i)));
      if (lastClosed?.risky && (unbounded || char === '{')) return 'it repeats a group that already repeats or has alternatives, which can freeze checking (for example "(a+)+").';
      const parent = stack[stack.length - 1];
      if (parent && char !== '?') parent.risky = true;
      lastClosed = null;
    } else if (char === '|') {
      const parent = stack[stack.length - 1];
      if (parent) parent.risky = true;
      lastClosed = null;
    } else {
      lastClosed = null;
    }
  }
  return null;
}
