import type { Kysely } from 'kysely';

// A search reads the sort keys and tags of its hundred matches by id (service-public.ts). The
// matches are spread over the whole register, so each lookup by the primary key then landed on
// a table row with the texts: 0.47 to 0.76 ms for a hundred at 25,000 obstacles on SQLite. From
// this index alone the same read takes 0.32 ms (bench/README.md, issue 7).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('obstacles_search_keys')
    .on('obstacles')
    .columns([
      'id',
      'listed',
      'endorsement_count',
      'created_at',
      'status',
      'cause_bits',
      'group_bits',
      'region_bits',
      'audience_bits',
    ])
    .execute();
}
