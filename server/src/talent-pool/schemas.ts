/** The shapes of the shared talent pool in the contract (API.md, "Applications", "The talent pool"). */
import { Type, type Static } from '@sinclair/typebox';
import { educationLevels } from '@samenwerven/db';
import { literals } from '../contract/typebox.ts';

const EducationLevel = literals(Object.keys(educationLevels) as (keyof typeof educationLevels & string)[]);

export const TalentPoolQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: "Words in the candidate's motivation or the applied vacancy's title (Dutch full-text search)",
      }),
    ),
    category: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: "The applied vacancy's category code" }),
    ),
    educationLevel: Type.Optional(EducationLevel),
    near: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Municipality code or name, or a 4-digit postcode' }),
    ),
    radiusKm: Type.Optional(
      Type.Number({ minimum: 1, maximum: 300, description: "Distance to the applied vacancy's place; 25 by default" }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 1000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  },
  { additionalProperties: false },
);
export type TalentPoolQuery = Static<typeof TalentPoolQuery>;

export const TalentPoolCandidate = Type.Object({
  /** The pool application that puts the candidate here (never its files: they stay with the procedure). */
  applicationId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  email: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  motivation: Type.String({ description: 'The first 300 characters' }),
  consentGivenAt: Type.String({ format: 'date-time' }),
  consentEndsAt: Type.String({ format: 'date-time' }),
  why: Type.Object({
    vacancy: Type.Object({
      id: Type.String({ format: 'uuid' }),
      title: Type.String(),
      organisation: Type.Object({ name: Type.String() }),
    }),
    category: Type.String(),
    educationLevel: EducationLevel,
    place: Type.Object({ municipalityCode: Type.String(), name: Type.String() }),
  }),
});

export const TalentPoolPage = Type.Object({
  items: Type.Array(TalentPoolCandidate),
  total: Type.Integer(),
});
