-- Applications already made wait for their address's confirmation as new ones do: until then
-- they are not in the talent pool (schema.ts, applications.address_confirmed_at).
ALTER TABLE "applications" ADD COLUMN "address_confirmed_at" timestamp with time zone;