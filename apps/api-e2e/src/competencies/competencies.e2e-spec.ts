import { CARE_STANDARD, type Competency, type Page } from '@rapport/shared/contracts';
import { count } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { signup } from '../factories';

describe('competencies', () => {
  it('every new organization starts with the care standard', async () => {
    const owner = await signup('Care Clinic');
    const res = await expectStatus(api().get('/api/competencies').set(bearer(owner.token)), 200);
    const page = res.body as Page<Competency>;
    expect(page.total).toBe(CARE_STANDARD.length);
    const byKey = new Map(page.items.map((c) => [c.key, c]));
    for (const entry of CARE_STANDARD) {
      expect(byKey.get(entry.key)).toEqual(
        expect.objectContaining({ id: expect.any(String), key: entry.key, name: entry.name, definition: entry.definition, indicators: entry.indicators }),
      );
    }
  });

  it('creates a custom competency and edits one', async () => {
    const owner = await signup('Custom Clinic');
    const created = await expectStatus(
      api()
        .post('/api/competencies')
        .set(bearer(owner.token))
        .send({ key: 'phone_manner', name: 'Phone manner', definition: 'Warm and clear on the phone.', indicators: ['Smiles audibly'] }),
      201,
    );
    expect(created.body).toEqual(expect.objectContaining({ id: expect.any(String), key: 'phone_manner', indicators: ['Smiles audibly'] }));
    expect(await count('competencies', { organization_id: owner.org.id })).toBe(CARE_STANDARD.length + 1);

    const empathy = ((await api().get('/api/competencies').set(bearer(owner.token))).body as Page<Competency>).items.find(
      (c) => c.key === 'empathy',
    ) as Competency;
    const patched = await expectStatus(
      api().patch(`/api/competencies/${empathy.id}`).set(bearer(owner.token)).send({ name: 'Empathy', version: empathy.version }),
      200,
    );
    expect(patched.body).toEqual(expect.objectContaining({ id: empathy.id, key: 'empathy', name: 'Empathy' }));
  });

  it('a key is unique within the organization (409)', async () => {
    const owner = await signup('Dup Clinic');
    const res = await api()
      .post('/api/competencies')
      .set(bearer(owner.token))
      .send({ key: 'empathy', name: 'Empathy again', definition: 'Duplicate.', indicators: [] });
    expectProblem(res, 409);
    expect(await count('competencies', { organization_id: owner.org.id })).toBe(CARE_STANDARD.length);
  });
});
