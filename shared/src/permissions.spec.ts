import { passwordLengthProblem } from './passwords.js';
import {
  adminPanelPermissions,
  ALL_PERMISSIONS,
  ANONYMOUS_PERMISSIONS,
  grants,
  PANEL_SCOPED_PERMISSIONS,
  REGION_ROLE_PERMISSIONS,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  roleHolds,
} from './permissions.js';
import { PANEL_ROLES } from './roles.js';

describe('the access policy', () => {
  it('names only known permissions', () => {
    for (const role of PANEL_ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(ALL_PERMISSIONS).toContain(p);
  });

  it('lets only the chair and coordinator manage agencies and members', () => {
    const managers = PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.MEMBER_MANAGE) || roleHolds(r, PERMISSIONS.AGENCY_MANAGE));
    expect(managers).toEqual(['CHAIR', 'COORDINATOR']);
  });

  it('lets only the chair and coordinator change a panel’s settings, and keeps creating panels to the administrator', () => {
    expect(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.PANEL_CONFIGURE))).toEqual(['CHAIR', 'COORDINATOR']);
    expect(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.PANEL_MANAGE))).toEqual([]);
    expect(PANEL_SCOPED_PERMISSIONS).toContain(PERMISSIONS.PANEL_CONFIGURE);
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.PANEL_MANAGE);
  });

  it('lets the system administrator run panels but read no panel records without a role there', () => {
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.USER_READ_ALL);
    const held = adminPanelPermissions(null, true);
    for (const p of [
      PERMISSIONS.OCG_READ,
      PERMISSIONS.PERSONAL_DATA_READ,
      PERMISSIONS.INTELLIGENCE_READ,
      PERMISSIONS.TASK_READ,
      PERMISSIONS.AUDIT_READ,
    ]) {
      expect(held).not.toContain(p);
    }
    expect(held).toContain(PERMISSIONS.MEMBER_MANAGE);
    expect(adminPanelPermissions('OBSERVER', true)).toContain(PERMISSIONS.OCG_READ);
    expect(adminPanelPermissions('OBSERVER', true)).toContain(PERMISSIONS.MEMBER_MANAGE);
  });

  it('keeps registering single sign-on providers to the administrator, outside every panel', () => {
    expect(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.IDENTITY_PROVIDER_MANAGE))).toEqual([]);
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.IDENTITY_PROVIDER_MANAGE);
  });

  it('gives a region’s analysts its figures only, and no panel role ever holds them', () => {
    expect(REGION_ROLE_PERMISSIONS.ANALYST).toEqual([PERMISSIONS.REGION_READ]);
    expect(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.REGION_READ) || roleHolds(r, PERMISSIONS.REGION_MANAGE))).toEqual([]);
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.REGION_READ);
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.REGION_MANAGE);
    expect(adminPanelPermissions(null, true)).not.toContain(PERMISSIONS.REGION_READ);
  });

  it('lets only the chair and coordinator see hits with other panels and agree to share', () => {
    for (const p of [PERMISSIONS.CROSS_PANEL_MATCH_READ, PERMISSIONS.CROSS_PANEL_MATCH_RESOLVE]) {
      expect(PANEL_ROLES.filter((r) => roleHolds(r, p))).toEqual(['CHAIR', 'COORDINATOR']);
      expect(PANEL_SCOPED_PERMISSIONS).toContain(p);
      expect(adminPanelPermissions(null, true)).not.toContain(p);
    }
  });

  it('gives partners personal data only while their agreement allows it, and police roles always', () => {
    expect(grants('PARTNER_MEMBER', PERMISSIONS.PERSONAL_DATA_READ, true)).toBe(true);
    expect(grants('PARTNER_MEMBER', PERMISSIONS.PERSONAL_DATA_READ, false)).toBe(false);
    expect(grants('PARTNER_MEMBER', PERMISSIONS.OCG_READ, false)).toBe(true);
    expect(grants('POLICE_MEMBER', PERMISSIONS.PERSONAL_DATA_READ, false)).toBe(true);
    expect(grants('OBSERVER', PERMISSIONS.PERSONAL_DATA_READ, true)).toBe(false);
  });

  it('keeps the audit trail, the s.62 log and subject access to the data protection officer, who reads no records', () => {
    expect(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.DATA_PROTECTION_READ))).toEqual(['DATA_PROTECTION_OFFICER']);
    expect(PANEL_SCOPED_PERMISSIONS).toContain(PERMISSIONS.DATA_PROTECTION_READ);
    expect(adminPanelPermissions(null, true)).not.toContain(PERMISSIONS.DATA_PROTECTION_READ);
    for (const p of [
      PERMISSIONS.OCG_READ,
      PERMISSIONS.PERSONAL_DATA_READ,
      PERMISSIONS.INTELLIGENCE_READ,
      PERMISSIONS.TASK_READ,
      PERMISSIONS.MEETING_READ,
      PERMISSIONS.OCG_WRITE,
      PERMISSIONS.RECORD_EXPORT,
    ]) {
      expect(roleHolds('DATA_PROTECTION_OFFICER', p)).toBe(false);
    }
    expect(roleHolds('DATA_PROTECTION_OFFICER', PERMISSIONS.AUDIT_READ)).toBe(true);
  });

  it('lets anyone signed out do nothing but sign in and set a password by a link from their mail', () => {
    expect(ANONYMOUS_PERMISSIONS).toEqual([PERMISSIONS.SESSION_CREATE, PERMISSIONS.ACCOUNT_RECOVER]);
    expect(PANEL_SCOPED_PERMISSIONS).not.toContain(PERMISSIONS.ACCOUNT_RECOVER);
  });
});

describe('password length', () => {
  it('takes 12 to 128 characters, counting characters not bytes', () => {
    expect(passwordLengthProblem('a'.repeat(11))).toBe('TOO_SHORT');
    expect(passwordLengthProblem('a'.repeat(12))).toBeNull();
    expect(passwordLengthProblem('é'.repeat(12))).toBeNull();
    expect(passwordLengthProblem('a'.repeat(129))).toBe('TOO_LONG');
  });
});
