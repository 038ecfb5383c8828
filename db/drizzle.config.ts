import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates and checks migrations; it never touches a live database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/src/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
