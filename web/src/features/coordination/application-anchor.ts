/** The fragment of one pending application's card on the applications page: the members' page links to it. */
export const applicationAnchor = (organisationId: string) => `aanmelding-${organisationId}`;
