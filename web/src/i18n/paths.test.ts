import { describe, expect, it } from 'vitest';
import { paths, roleHome, translatePath } from './paths.ts';

describe('page addresses', () => {
  it('has a Dutch and an English address for every account page', () => {
    expect(paths.signIn('nl')).toBe('/inloggen');
    expect(paths.signIn('en', '/en/manage')).toBe('/en/sign-in?next=%2Fen%2Fmanage');
    expect(paths.signIn('nl', 'https://evil.example')).toBe('/inloggen');
    expect(paths.manageStaff('nl')).toBe('/beheer/medewerkers');
    expect(paths.manageApiKeys('en')).toBe('/en/manage/api-keys');
    expect(paths.coordination('nl')).toBe('/coordinatie');
  });

  it('starts each role in its own part of the portal', () => {
    expect(roleHome('hr_officer', 'nl')).toBe('/beheer');
    expect(roleHome('org_admin', 'en')).toBe('/en/manage');
    expect(roleHome('coordinator', 'nl')).toBe('/coordinatie');
    expect(roleHome('job_seeker', 'nl')).toBe('/account');
  });
});

describe('translatePath', () => {
  it('translates the sections under /beheer', () => {
    expect(translatePath('/beheer/medewerkers', '', 'nl', 'en')).toBe('/en/manage/staff');
    expect(translatePath('/en/manage/api-keys', '', 'en', 'nl')).toBe('/beheer/api-sleutels');
  });

  it('keeps an e-mailed token and translates the page to return to', () => {
    expect(translatePath('/uitnodiging', '?token=abc_DEF-123', 'nl', 'en')).toBe('/en/invitation?token=abc_DEF-123');
    expect(translatePath('/inloggen', '?next=%2Fbeheer%2Fmedewerkers', 'nl', 'en')).toBe(
      '/en/sign-in?next=%2Fen%2Fmanage%2Fstaff',
    );
  });

  it('drops the query of pages that have none of their own', () => {
    expect(translatePath('/account', '?x=1', 'nl', 'en')).toBe('/en/account');
  });
});
