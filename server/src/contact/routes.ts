import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

export const AllianceContactSchema = Type.Object(
  {
    name: Type.String({ description: 'The alliance office, e.g. “Alliantiebureau Samenwerven”' }),
    email: Type.String({ description: 'Its e-mail address' }),
    phone: Type.String({ description: 'Its telephone number, as it is written' }),
    address: Type.String({ description: 'Its visiting or postal address, on one line' }),
  },
  { description: 'How to reach the alliance office (configured with ALLIANCE_NAME, _EMAIL, _PHONE, _ADDRESS)' },
);

/** Public: how to reach the alliance office, for the portal's pages (contact, join, footers). */
export const contactRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/contact',
    {
      schema: {
        tags: ['contact'],
        summary: 'How to reach the alliance office (name, e-mail, phone, address)',
        response: { 200: AllianceContactSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return app.config.allianceContact;
    },
  );
};
