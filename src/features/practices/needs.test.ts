import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { publishedPracticeFor } from './test-publish.ts';
import { validPractice } from './test-support.ts';
import { practicesForNeeds } from './service-library.ts';

// The self-assessment's "what to do next" asks the library for practices per cell: for the
// cell's audience, addressing one of the dimension's causes or serving one of its commitments.

describeEachEngine('practices: matching a self-assessment cell', (t) => {
  let people: { admin: TestUser; reviewer: TestUser; orgId: string };
  const ids: Record<string, string> = {};

  before(async () => {
    const admin = await createUser(t().db, { locale: 'nl' });
    const reviewer = await createUser(t().db, { secretariat: true });
    const org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    people = { admin, reviewer, orgId: org.id };
    const tags = validPractice().tags;
    const publish = async (name: string, over: Partial<typeof tags>) => {
      ids[name] = (
        await publishedPracticeFor(t(), people, { title: `Praktijk ${name}`, tags: { ...tags, ...over } })
      ).id;
    };
    await publish('skillsForStaff', { cause: ['skills'], commitment: ['4'], audience: ['employees'] });
    await publish('trustForCustomers', { cause: ['trust'], commitment: ['2'], audience: ['customers'] });
    await publish('commitmentSeven', { cause: ['affordability'], commitment: ['7'], audience: ['employees'] });
  });

  test('by audience, then by cause or commitment; at most the number asked; titles in the reader’s language', async () => {
    const found = await practicesForNeeds(
      t().db,
      [
        { key: 'staff', audience: 'employees', causes: ['skills'], commitments: [7] },
        { key: 'customers', audience: 'customers', causes: ['skills'], commitments: [4] },
        { key: 'trust', audience: 'customers', causes: ['trust'], commitments: [] },
        { key: 'one', audience: 'employees', causes: ['skills'], commitments: [7] },
      ],
      'nl',
      3,
    );
    assert.deepEqual(
      found
        .get('staff')!
        .map((p) => p.id)
        .sort(),
      [ids.skillsForStaff, ids.commitmentSeven].sort(),
    );
    assert.deepEqual(found.get('customers'), [], 'a customers cell gets no practice written for employees');
    assert.deepEqual(
      found.get('trust')!.map((p) => p.title),
      ['Praktijk trustForCustomers'],
    );
    const limited = await practicesForNeeds(
      t().db,
      [{ key: 'one', audience: 'employees', causes: ['skills'], commitments: [7] }],
      'nl',
      1,
    );
    assert.equal(limited.get('one')!.length, 1);
    assert.equal((await practicesForNeeds(t().db, [], 'nl')).size, 0);
  });
});
