import { canManageRole, grantableRoles, memberManager } from './role-ceiling.js';

describe('the role ceiling', () => {
  it('lets the administrator and a chair give every role, a coordinator all but chair, and no one else any', () => {
    const below = ['POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER', 'DATA_PROTECTION_OFFICER'];
    expect(grantableRoles('ADMIN')).toEqual(['CHAIR', 'COORDINATOR', ...below]);
    expect(grantableRoles('CHAIR')).toEqual(['CHAIR', 'COORDINATOR', ...below]);
    expect(grantableRoles('COORDINATOR')).toEqual(['COORDINATOR', ...below]);
    for (const actor of ['POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER', 'DATA_PROTECTION_OFFICER', null] as const)
      expect(grantableRoles(actor)).toEqual([]);
  });

  it('keeps a coordinator off a chair’s membership', () => {
    expect(canManageRole('COORDINATOR', 'CHAIR')).toBe(false);
    expect(canManageRole('COORDINATOR', 'COORDINATOR')).toBe(true);
    expect(canManageRole('CHAIR', 'CHAIR')).toBe(true);
  });

  it('treats the administrator as administrator whatever their role on the panel', () => {
    expect(memberManager(true, 'OBSERVER')).toBe('ADMIN');
    expect(memberManager(true, null)).toBe('ADMIN');
    expect(memberManager(false, 'COORDINATOR')).toBe('COORDINATOR');
    expect(memberManager(false, undefined)).toBeNull();
  });
});
