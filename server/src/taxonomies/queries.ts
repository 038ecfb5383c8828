/** The shared taxonomy the coordinator keeps in the database (the other lists are reference data in code). */
import { asc } from 'drizzle-orm';
import { categories, type Category, type Executor } from '@samenwerven/db';

/** Job fields in Dutch alphabetical order. */
export function listCategories(db: Executor): Promise<Category[]> {
  return db.select().from(categories).orderBy(asc(categories.nameNl));
}
