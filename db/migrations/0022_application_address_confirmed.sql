-- A guest's application waits for its address's confirmation, as a new one does: until then it is
-- not in the talent pool (schema.ts, applications.address_confirmed_at). One made signed in with the
-- account's own (confirmed) address was its owner's from the start.
ALTER TABLE "applications" ADD COLUMN "address_confirmed_at" timestamp with time zone;--> statement-breakpoint
UPDATE "applications" AS a SET "address_confirmed_at" = a."created_at"
  FROM "users" AS u
  WHERE a."user_id" = u."id" AND lower(a."email") = lower(u."email");
