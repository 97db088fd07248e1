import { createUser, PASSWORD, signup, uniqueEmail } from '../factories';
import { count, query } from '../support/db';
import { api, errorFields, expectStatus } from '../support/http';

/** A password equal to the email, its local part or the name is the first thing an attacker tries (issue 13). */
describe('passwords that repeat who you are', () => {
  it('sign-up refuses the email, its local part, the name and the organization name (any case), writing nothing', async () => {
    const email = uniqueEmail('dana.whitfield');
    const name = 'Dana Whitfield Longname';
    const organizationName = 'Harbour Dental Practice';
    for (const password of [email, email.toUpperCase(), email.split('@')[0], name, name.toLowerCase().replace(/ /g, ''), organizationName]) {
      const res = await api().post('/api/auth/signup').send({ organizationName, name, email, password });
      expect({ password, fields: errorFields(res) }).toEqual({ password, fields: ['password'] });
    }
    expect(await count('users')).toBe(0);
    expect(await count('organizations')).toBe(0);
    await expectStatus(api().post('/api/auth/signup').send({ organizationName, name, email, password: PASSWORD }), 201);
  });

  it('accepting an invitation refuses the invitee’s email, its local part and name, and keeps the link usable', async () => {
    const owner = await signup('Invite Password Clinic');
    const invited = await createUser(owner.token, ['staff'], 'Robin Invitee Person');
    for (const password of [invited.email, invited.email.split('@')[0], 'Robin Invitee Person', 'ROBIN INVITEE PERSON']) {
      const res = await api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password });
      expect({ password, fields: errorFields(res) }).toEqual({ password, fields: ['password'] });
    }
    const [row] = await query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE id = $1', [invited.user.id]);
    expect(row.password_hash).toBeNull();
    await expectStatus(api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: PASSWORD }), 200);
  });
});
