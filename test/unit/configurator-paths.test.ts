import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/validate';
import { focusField } from '../../src/configurator/focusField';
import { issuePath, issuesAt, toIssues } from '../../src/configurator/issues';
import { ancestors, fieldId, getIn, isWithin, parsePath, setIn } from '../../src/configurator/paths';

describe('paths', () => {
  it('parses the validator’s paths', () => {
    expect(parsePath('vendors[1].hosts[0]')).toEqual(['vendors', 1, 'hosts', 0]);
    expect(parsePath('regimes.US-CA')).toEqual(['regimes', 'US-CA']);
    expect(parsePath('regimes.*')).toEqual(['regimes', '*']);
    expect(parsePath('theme.accent-fg')).toEqual(['theme', 'accent-fg']);
  });

  it('reads and writes immutably, creating and deleting along the way', () => {
    const before = { vendors: [{ id: 'a', hosts: ['x'] }], theme: { bg: '#fff' } };
    const after = setIn(before, 'vendors[0].hosts[1]', 'y');
    expect(after.vendors[0].hosts).toEqual(['x', 'y']);
    expect(before.vendors[0].hosts).toEqual(['x']);
    expect(after.theme).toBe(before.theme);
    expect(getIn(after, 'vendors[0].hosts[1]')).toBe('y');
    expect(getIn(after, 'vendors[3].id')).toBeUndefined();
    expect(setIn(before, 'theme.bg', undefined).theme).toEqual({});
    expect(setIn({}, 'cookie.name', 'x')).toEqual({ cookie: { name: 'x' } });
    expect(setIn({ googleConsentMode: true }, 'googleConsentMode.waitForUpdate', 5)).toEqual({ googleConsentMode: { waitForUpdate: 5 } });
  });

  it('gives every path a distinct, valid element id', () => {
    const ids = ['vendors[1].category', 'vendors.1.category', 'regimes.*', 'regimes.US-CA', 'theme.accent-fg', 'theme.accent'].map(fieldId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][\w-]*$/);
  });

  it('knows what lies inside what', () => {
    expect(isWithin('vendors[0].cookies[2].name', 'vendors[0].cookies')).toBe(true);
    expect(isWithin('vendors[0].idx', 'vendors[0].id')).toBe(false);
    expect(ancestors('vendors[0].cookies[2].name')).toEqual(['vendors[0].cookies[2].name', 'vendors[0].cookies[2]', 'vendors[0].cookies', 'vendors[0]', 'vendors']);
  });
});

describe('issues', () => {
  it('finds the path each validator message is about', () => {
    expect(issuePath('vendors[0].category is "x"; expected one of the category ids')).toBe('vendors[0].category');
    expect(issuePath('policyVersion is missing')).toBe('policyVersion');
    expect(issuePath('unknown field foo.bar is ignored')).toBe('foo.bar');
    expect(issuePath('cookie.maxAgeDays 500 is capped at 395 (13 months)')).toBe('cookie.maxAgeDays');
    expect(issuePath('regimes.* is "x"; expected "opt-in" or "opt-out" or "notice"')).toBe('regimes.*');
    expect(issuePath('the config could not be read (boom)')).toBe('');
  });

  it('maps a real validation to fields', () => {
    const v = validate({ vendors: [{ id: 'a', name: 'A', category: 'nope', cookies: [{ purpose: 'x' }] }], cookie: { maxAgeDays: 500 }, extra: 1 });
    const list = toIssues(v);
    expect(list.map((i) => [i.level, i.path])).toEqual(
      expect.arrayContaining([
        ['error', 'policyVersion'],
        ['error', 'vendors[0].category'],
        ['error', 'vendors[0].cookies[0].name'],
        ['warning', 'cookie.maxAgeDays'],
        ['warning', 'extra'],
      ]),
    );
    expect(issuesAt(list, 'vendors[0].cookies')).toEqual([]);
    expect(issuesAt(list, 'vendors[0].cookies', true)).toHaveLength(1);
    expect(issuesAt(list, 'vendors[0].category')[0].message).toMatch(/^vendors\[0\]\.category is "nope"/);
  });

  it('focuses the field of an issue, or the nearest group, opening collapsed parts', () => {
    document.body.innerHTML = `<fieldset id="${fieldId('vendors[0]')}"><details><summary>more</summary><input id="${fieldId('vendors[0].hosts')}"></details></fieldset>`;
    expect(focusField('vendors[0].hosts[3]')).toBe(true);
    expect(document.activeElement?.id).toBe(fieldId('vendors[0].hosts'));
    expect(document.querySelector('details')!.open).toBe(true);
    expect(focusField('vendors[0].storage')).toBe(true);
    expect(document.activeElement?.tagName).toBe('FIELDSET');
    expect(focusField('nothing.here')).toBe(false);
  });
});
