import type { Person } from '../model/report.js';
import { isEmail } from './fields.js';

/** What is wrong with a name and email given to sign a package or an import. */
export interface IdentityProblems {
  name?: 'missing' | 'too-long';
  email?: 'missing' | 'invalid';
}

/** Longest name or email kept, in characters: far above any real one. */
export const IDENTITY_MAX = 200;

/**
 * Checks who says they are sending (or importing): a name, and an email a mail client would
 * accept. Both the window (as the user types) and the main process (before writing) use it.
 */
export function identityProblems(person: Person): IdentityProblems {
  const problems: IdentityProblems = {};
  const name = person.name.trim();
  const email = person.email.trim();
  if (name === '') problems.name = 'missing';
  else if (name.length > IDENTITY_MAX) problems.name = 'too-long';
  if (email === '') problems.email = 'missing';
  else if (email.length > IDENTITY_MAX || !isEmail(email)) problems.email = 'invalid';
  return problems;
}

/** Tells whether an identity can sign: a name and a valid email. */
export function isValidIdentity(person: Person): boolean {
  const problems = identityProblems(person);
  return !problems.name && !problems.email;
}

/** The identity as it is kept and stamped: without surrounding spaces. */
export function cleanIdentity(person: Person): Person {
  return { name: person.name.trim(), email: person.email.trim() };
}
