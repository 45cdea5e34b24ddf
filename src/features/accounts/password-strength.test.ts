import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { passwordProblem } from './password-strength.ts';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { clearRateLimits, createUser, signedInClient, TEST_PASSWORD } from '../../../test/support/accounts.ts';

test('common passwords of all four languages are refused with a reason; long unrelated words pass', () => {
  assert.equal(passwordProblem('azertyuiop12'), 'accounts.password.warning.keyboard');
  assert.equal(passwordProblem('azerty123456'), 'accounts.password.warning.similarToCommon');
  assert.equal(passwordProblem('passwort12345'), 'accounts.password.warning.similarToCommon');
  assert.equal(passwordProblem('iloveyou1234'), 'accounts.password.warning.similarToCommon');
  for (const weak of ['wachtwoord2024', 'motdepasse1234', 'Zonneschijn12', 'brussel brussel brussel'])
    assert.notEqual(passwordProblem(weak), null, weak);
  for (const strong of [
    'seven green bicycles at noon',
    'drie lange woorden achter elkaar',
    'le secrétariat garde la clé',
  ])
    assert.equal(passwordProblem(strong), null, strong);
});

test('the site’s own words count as easy guesses', () => {
  assert.equal(passwordProblem('inclusiocharte'), 'accounts.password.warning.siteWords');
  assert.equal(passwordProblem('secretariaatbrussel'), 'accounts.password.warning.siteWords');
});

test('the person’s own name and address count as easy guesses', () => {
  // Not a common name: strong for anyone else, weak for this person.
  assert.equal(passwordProblem('xandriekequobbelwaert'), null);
  assert.equal(
    passwordProblem('xandriekequobbelwaert', ['Xandrieke Quobbelwaert']),
    'accounts.password.warning.personal',
  );
  const me = ['Gwendolyn Vanderstraeten', 'vanderstraeten.gwendolyn@telenet.be'];
  assert.equal(passwordProblem('gwendolynvanderstraeten', me), 'accounts.password.warning.personal');
  assert.equal(passwordProblem('vanderstraeten.gwendolyn@telenet.be', me), 'accounts.password.warning.personal');
});

describeEachEngine('accounts: password strength on the forms', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('sign-up says why a password is weak, in the page’s language, and creates nothing', async () => {
    const nl = await t()
      .client()
      .submit('/nl/sign-up', { name: 'An Peeters', email: 'an@example.be', password: 'azertyuiop12' });
    assert.equal(nl.status, 400);
    assert.match(nl.body, /toetsen die naast elkaar op een toetsenbord liggen/);
    const fr = await t().client().submit('/fr/sign-up', {
      name: 'Gwendolyn Vanderstraeten',
      email: 'gwen@example.be',
      password: 'gwendolynvanderstraeten',
    });
    assert.equal(fr.status, 400);
    assert.match(fr.body, /Ce mot de passe contient votre nom ou votre adresse e-mail/);
    assert.match(fr.body, /value="Gwendolyn Vanderstraeten"/);
    const users = await t()
      .db.selectFrom('users')
      .select('id')
      .where('email', 'in', ['an@example.be', 'gwen@example.be'])
      .execute();
    assert.equal(users.length, 0);
  });

  test('changing the password refuses one made of the person’s own name', async () => {
    const user = await createUser(t().db, { name: 'Xandrieke Quobbelwaert', email: 'xq@example.be' });
    const c = await signedInClient(t(), user);
    const res = await c.submit('/de/account/password', {
      current_password: TEST_PASSWORD,
      new_password: 'xandriekequobbelwaert',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /Dieses Passwort enthält Ihren Namen oder Ihre E-Mail-Adresse/);
  });
});
