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
    expect(translatePath('/beheer/lidmaatschap', '', 'nl', 'en')).toBe('/en/manage/membership');
  });

  it('translates the vacancy pages under /beheer', () => {
    const id = '0b7a1f6e-3c1d-4f7a-9a55-1d2c3b4a5e6f';
    expect(paths.manageNewVacancy('nl')).toBe('/beheer/vacatures/nieuw');
    expect(paths.manageVacancyPreview('en', id)).toBe(`/en/manage/vacancies/${id}/preview`);
    expect(translatePath('/beheer/vacatures/nieuw', '', 'nl', 'en')).toBe('/en/manage/vacancies/new');
    expect(translatePath(`/beheer/vacatures/${id}/voorbeeld`, '', 'nl', 'en')).toBe(
      `/en/manage/vacancies/${id}/preview`,
    );
    expect(translatePath(`/en/manage/vacancies/${id}`, '', 'en', 'nl')).toBe(`/beheer/vacatures/${id}`);
    expect(translatePath('/en/manage/profile', '', 'en', 'nl')).toBe('/beheer/profiel');
  });

  it("translates the applications inbox, an application and a vacancy's applications, keeping the filter", () => {
    const id = '0b7a1f6e-3c1d-4f7a-9a55-1d2c3b4a5e6f';
    expect(paths.manageApplications('nl', 'in_review')).toBe('/beheer/sollicitaties?status=in_review');
    expect(paths.manageApplication('en', id)).toBe(`/en/manage/applications/${id}`);
    expect(paths.manageVacancyApplications('nl', id)).toBe(`/beheer/vacatures/${id}/sollicitaties`);
    expect(translatePath('/beheer/sollicitaties', '?status=received', 'nl', 'en')).toBe(
      '/en/manage/applications?status=received',
    );
    expect(translatePath(`/en/manage/applications/${id}`, '', 'en', 'nl')).toBe(`/beheer/sollicitaties/${id}`);
    expect(translatePath(`/beheer/vacatures/${id}/sollicitaties`, '', 'nl', 'en')).toBe(
      `/en/manage/vacancies/${id}/applications`,
    );
  });

  it('translates the sections under /coordinatie and keeps their filters', () => {
    expect(paths.coordinationAuditLog('nl')).toBe('/coordinatie/auditlog');
    expect(translatePath('/coordinatie/leden', '', 'nl', 'en')).toBe('/en/coordination/members');
    expect(paths.coordinationSearch('en')).toBe('/en/coordination/search');
    expect(translatePath('/coordinatie/zoeken', '', 'nl', 'en')).toBe('/en/coordination/search');
    expect(translatePath('/en/coordination/figures', '?costKey=weight', 'en', 'nl')).toBe(
      '/coordinatie/cijfers?costKey=weight',
    );
    expect(translatePath('/coordinatie/auditlog', '?action=membership.&page=2', 'nl', 'en')).toBe(
      '/en/coordination/audit-log?action=membership.&page=2',
    );
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

  it('translates the alert pages, keeping the search of a new one and the token of unsubscribing', () => {
    expect(translatePath('/alert/nieuw', '?q=beleid&category=ict', 'nl', 'en')).toBe(
      '/en/alert/new?q=beleid&category=ict',
    );
    expect(translatePath('/en/alert/unsubscribe', '?token=abc', 'en', 'nl')).toBe('/alert/afmelden?token=abc');
    expect(translatePath('/alert/bevestigen', '', 'nl', 'en')).toBe('/en/alert/confirm');
    expect(translatePath('/mijn-alerts', '', 'nl', 'en')).toBe('/en/my-alerts');
  });
});

describe('alert paths', () => {
  it('are built from the segments in both languages', () => {
    expect(paths.alertNew('nl', 'q=beleid')).toBe('/alert/nieuw?q=beleid');
    expect(paths.alertNew('en', '')).toBe('/en/alert/new');
    expect(paths.alertConfirm('en')).toBe('/en/alert/confirm');
    expect(paths.alertUnsubscribe('nl', 'a b')).toBe('/alert/afmelden?token=a+b');
    expect(paths.myAlerts('nl')).toBe('/mijn-alerts');
  });
});
