import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import {
  blackPng,
  createOrganisation,
  createUser,
  PNG_SIGNATURE,
  profileVersionOf,
  TEST_PASSWORD,
  TINY_PNG,
} from '../support/factories.ts';
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

const png = TINY_PNG;

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
        version: 1,
      },
      headers: hr.bearer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      description: '<p>Wij werken samen.</p>',
      offer: 'Een goed pensioen',
      website: 'https://www.test.example',
      version: 2,
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

  it('is saved only at the version it was read at, so two editors never overwrite each other unseen', async () => {
    const own = await createOrganisation(ctx.db);
    const colleague = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'hr_officer', organisation: own })).email,
      TEST_PASSWORD,
    );
    const save = (payload: object, headers: Record<string, string> = {}) =>
      ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${own.id}/profile`,
        payload,
        headers: { ...colleague.bearer, ...headers },
      });
    const read = await ctx.app.inject({ url: `/api/v1/organisations/${own.id}/profile`, headers: colleague.bearer });
    expect(read.json().version).toBe(1);

    // Two people read version 1 and save at once: one is stored, the other told, not lost unseen.
    const [first, second] = await Promise.all([
      save({ offer: 'Een fiets van de zaak', version: 1 }),
      save({ offer: 'Thuiswerken', version: 1 }),
    ]);
    expect([first.statusCode, second.statusCode].toSorted()).toEqual([200, 409]);
    const refused = first.statusCode === 409 ? first : second;
    expect(refused.json().error).toMatchObject({
      code: 'stale_version',
      currentVersion: 2,
      message:
        'Iemand anders heeft het werkgeversprofiel intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    });
    const stored = (first.statusCode === 200 ? first : second).json().offer;
    expect((await profileVersionOf(ctx.db, own.id)) === 2 && stored).toBeTruthy();
    const after = await ctx.app.inject({ url: `/api/v1/organisations/${own.id}/profile`, headers: colleague.bearer });
    expect(after.json()).toMatchObject({ offer: stored, version: 2 });

    // As a header too (ETag-like quotes allowed); none at all is refused, naming what to send.
    expect((await save({ offer: 'Thuiswerken' }, { 'if-match': '"2"' })).json()).toMatchObject({
      offer: 'Thuiswerken',
      version: 3,
    });
    expect((await save({ offer: 'Oud' }, { 'if-match': '2' })).statusCode).toBe(409);
    const missing = await save({ offer: 'Zonder versie' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error).toMatchObject({ code: 'version_required', fields: { version: expect.any(String) } });
    expect((await save({ offer: 'Kapot' }, { 'if-match': 'abc' })).statusCode).toBe(400);
    expect((await save({ offer: 'Nul', version: 0 })).statusCode).toBe(400);
    // What was refused changed nothing.
    expect(await profileVersionOf(ctx.db, own.id)).toBe(3);
    // The ETag of what was read is an If-Match too (the version is in it); `*` is any version.
    const tag = String(
      (await ctx.app.inject({ url: `/api/v1/organisations/${own.id}/profile`, headers: colleague.bearer })).headers
        .etag,
    );
    expect(tag).toMatch(/^W\/"3-.+"$/);
    expect((await save({ offer: 'Met de ETag' }, { 'if-match': tag })).json()).toMatchObject({ version: 4 });
    expect((await save({ offer: 'Oude ETag' }, { 'if-match': tag })).statusCode).toBe(409);
    expect((await save({ offer: 'Welke ook' }, { 'if-match': '*' })).json()).toMatchObject({ version: 5 });
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
    // Integrators get its absolute address: their pages may show it (not only the portal's own).
    expect(logo.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // And at the address the upload went to (one path for reading and changing it: OpenAPI).
    const byId = await ctx.app.inject(`/api/v1/organisations/${organisation.id.toUpperCase()}/logo`);
    expect(byId.statusCode).toBe(200);
    expect(byId.rawPayload.equals(png)).toBe(true);

    const fake = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.fields).toHaveProperty('logo');
    expect((await upload(Buffer.from('GIF89a'), 'image/gif')).statusCode).toBe(415);
    const tooBig = await upload(Buffer.concat([png, Buffer.alloc(600 * 1024)]), 'image/png');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
  });

  it('refuses a logo too large to show, however few bytes it has, and one whose header is not an image', async () => {
    // 8000 × 8000 pixels in some 10 KB: every visitor's browser would decode 256 MB to show it.
    const huge = blackPng(8000, 8000);
    expect(huge.length).toBeLessThan(64 * 1024);
    const refused = await upload(huge, 'image/png');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      logo: 'Dit logo is 8000 × 8000 pixels; het mag hoogstens 2000 × 2000 pixels zijn. Maak het kleiner en probeer het opnieuw.',
    });
    const wide = await upload(blackPng(2001, 10), 'image/png');
    expect(wide.json().error.fields.logo).toContain('2001 × 10');
    expect((await upload(blackPng(2000, 2000), 'image/png')).statusCode).toBe(204);
    // A media type is the same in any case (RFC 9110), with or without parameters.
    expect((await upload(blackPng(20, 20), 'Image/PNG; name=logo.png')).statusCode).toBe(204);

    expect((await upload(blackPng(10, 2001), 'image/png')).json().error.fields.logo).toContain('10 × 2001');
  });

  it('refuses a file whose signature is right but whose header is cut off, made up or of another type', async () => {
    const invalid = 'Dit is geen geldig PNG-, JPEG- of WebP-bestand.';
    const refusal = async (bytes: Buffer, type: string) => {
      const response = await upload(bytes, type);
      expect(response.statusCode, `${type} ${bytes.toString('latin1')}`).toBe(400);
      return response.json().error.fields.logo;
    };
    // The signature and nothing readable after it.
    expect(await refusal(Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64, 1)]), 'image/png')).toBe(invalid);
    // Cut off inside the header: a small body shares memory with other requests, and its size was
    // once read from their bytes (said back in the message, or a JPEG of 68 × 0 pixels stored).
    const ihdrOnly = Buffer.concat([PNG_SIGNATURE, Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR', 'latin1')]);
    expect(await refusal(ihdrOnly, 'image/png')).toBe(invalid);
    expect(await refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), 'image/jpeg')).toBe(
      invalid,
    );
    const vp8xOnly = Buffer.concat([Buffer.from('RIFF\x10\0\0\0WEBPVP8X', 'latin1')]);
    expect(await refusal(vp8xOnly, 'image/webp')).toBe(invalid);
    // A RIFF file that holds no WebP, but something another reader would measure (an SVG).
    const svgInRiff = Buffer.from('RIFF\x40\0\0\0WEBP<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    expect(await refusal(svgInRiff, 'image/webp')).toBe(invalid);
    const stored = await ctx.pool.query('SELECT logo_type FROM organisations WHERE id = $1', [organisation.id]);
    // Still the last good one.
    expect(stored.rows[0].logo_type).toBe('image/png');
  });

  it('takes a logo only whole: not cut off in the upload, nothing appended', async () => {
    const incomplete =
      'Dit bestand is niet compleet: het is afgebroken of er staat iets achter het plaatje. Sla het logo opnieuw op en probeer het nog eens.';
    const refusal = async (bytes: Buffer, type: string) => {
      const response = await upload(bytes, type);
      expect(response.statusCode, type).toBe(400);
      return response.json().error.fields.logo;
    };
    const logo = blackPng(40, 20);
    expect(await refusal(logo.subarray(0, logo.length - 20), 'image/png')).toBe(incomplete);
    expect(await refusal(Buffer.concat([logo, Buffer.from('<html><script>x</script>')]), 'image/png')).toBe(incomplete);
    // A real WebP of one pixel is taken; cut off, or with more behind it than its header says, not.
    const webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
    expect(await refusal(webp.subarray(0, webp.length - 3), 'image/webp')).toBe(incomplete);
    expect(await refusal(Buffer.concat([webp, Buffer.from('rest')]), 'image/webp')).toBe(incomplete);
    expect((await upload(webp, 'image/webp')).statusCode).toBe(204);
    // A JPEG without its end-of-image marker was cut off.
    const jpegHead = Buffer.from(
      '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
      'base64',
    );
    expect(await refusal(jpegHead, 'image/jpeg')).toBe(incomplete);
    expect((await upload(Buffer.concat([jpegHead, Buffer.from([0xff, 0xd9])]), 'image/jpeg')).statusCode).toBe(204);
    expect((await upload(logo, 'image/png')).statusCode).toBe(204);
  });
});
