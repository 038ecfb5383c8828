import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import type { Organisation } from '@samenwerven/db';

let ctx: TestContext;
let organisation: Organisation;
let hr: Session;
beforeAll(async () => {
  ctx = await createTestContext({ env: { PUBLIC_URL: 'https://werken.example' } });
  organisation = await createOrganisation(ctx.db);
  hr = await signIn(ctx.app, (await createUser(ctx.db, { role: 'hr_officer', organisation })).email, TEST_PASSWORD);
});
afterAll(() => ctx.close());

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const upload = (payload: Buffer, type: string) =>
  ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/organisations/${organisation.id}/logo`,
    payload,
    headers: { ...hr.bearer, 'content-type': type },
  });

describe('employer profile', () => {
  it('is edited by HR, sanitised, audited and shown publicly', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${organisation.id}/profile`,
      payload: {
        description: '<p>Wij werken <script>x</script>samen.</p>',
        offer: 'Een goed pensioen',
        website: 'https://www.test.example',
      },
      headers: hr.bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      description: '<p>Wij werken samen.</p>',
      offer: 'Een goed pensioen',
      website: 'https://www.test.example',
    });
    const publicProfile = (await ctx.app.inject(`/api/v1/organisations/${organisation.slug}`)).json();
    expect(publicProfile).toMatchObject({
      description: '<p>Wij werken samen.</p>',
      offer: 'Een goed pensioen',
      logoUrl: null,
    });
    const audit = await ctx.pool.query(`SELECT action FROM audit_log WHERE organisation_id = $1`, [organisation.id]);
    expect(audit.rows.map((r) => r.action)).toContain('organisation.profile_updated');
  });

  it('takes a logo of an allowed type and size, checked by its bytes, and serves it publicly', async () => {
    expect((await upload(png, 'image/png')).statusCode).toBe(204);
    const profile = (await ctx.app.inject(`/api/v1/organisations/${organisation.slug}`)).json();
    expect(profile.logoUrl).toMatch(
      new RegExp(`^https://werken.example/api/v1/organisations/${organisation.slug}/logo\\?v=\\d+$`),
    );
    // At the address the profile gives, with its version (a route that refused it broke every logo).
    const logo = await ctx.app.inject(new URL(profile.logoUrl).pathname + new URL(profile.logoUrl).search);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(png)).toBe(true);

    const fake = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.fields).toHaveProperty('logo');
    expect((await upload(Buffer.from('GIF89a'), 'image/gif')).statusCode).toBe(415);
    const tooBig = await upload(Buffer.concat([png, Buffer.alloc(600 * 1024)]), 'image/png');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
  });
});
