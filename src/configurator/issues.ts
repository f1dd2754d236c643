import type { Validation } from '../core/validate';
import { isWithin } from './paths';

/** One validator message, with the field path it is about. */
export interface Issue {
  /** The field path the message starts with (`vendors[1].category`), or '' for the whole config. */
  path: string;
  message: string;
  level: 'error' | 'warning';
}

/**
 * The field path a validator message is about. Messages start with the path
 * (`cookie.name is "a b"; expected …`, `policyVersion is missing`), except unknown fields
 * (`unknown field foo is ignored`) and an unreadable config.
 */
export function issuePath(message: string): string {
  const unknown = /^unknown field (\S+)/.exec(message);
  if (unknown) return unknown[1];
  const first = /^([\w-]+(\[\d+\]|\.[^\s.[\]]+)*)\s/.exec(message);
  return first && !/^the$/.test(first[1]) ? first[1] : '';
}

/** Errors then warnings of a validation, each with its path. */
export function toIssues(v: Pick<Validation, 'errors' | 'warnings'>): Issue[] {
  return [
    ...v.errors.map((message): Issue => ({ path: issuePath(message), message, level: 'error' })),
    ...v.warnings.map((message): Issue => ({ path: issuePath(message), message, level: 'warning' })),
  ];
}

/**
 * The issues a field shows: those about its own path, and with `deep` also those inside it
 * (a list field such as `vendors[0].cookies` shows `vendors[0].cookies[2].name`).
 */
export function issuesAt(issues: readonly Issue[], path: string, deep = false): Issue[] {
  return issues.filter((i) => (deep ? isWithin(i.path, path) : i.path == path));
}
