import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import { can } from './policy.js';

describe('policy', () => {
  it('keeps the administrator out of casework and audit away from everyone else', () => {
    expect(can('admin', 'persons.read')).toBe(false);
    for (const role of roles) expect(can(role, 'audit.read')).toBe(role === 'admin');
  });

  it('gives funders and evaluators no access to persons', () => {
    for (const role of ['funder_viewer', 'evaluator'] as const) {
      expect(can(role, 'persons.read')).toBe(false);
      expect(can(role, 'persons.write')).toBe(false);
    }
  });

  it('denies unknown roles and permissions', () => {
    expect(can('intruder' as never, 'home.read')).toBe(false);
    expect(can('coordinator', 'nonsense' as never)).toBe(false);
  });
});
