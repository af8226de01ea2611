import { Campaign } from '../models/Campaign';
import { Lead } from '../models/Lead';

export async function qualify(id: number, createdAt: Date) {
  const lead = await Lead.query().findOne({ id, created_at: createdAt }).throwIfNotFound(); // expect: prunes [ob31a]
  await lead.$query().patch({ status: 'qualified' }); // expect: scans-all [ob31b]
  return lead.$relatedQuery('outputs').where('created_at', '>=', lead.created_at).orderBy('id'); // expect: prunes [ob31c]
}

export async function emailOutputsOfUser(userId: number, since: Date) {
  return Lead.relatedQuery('outputs')
    .for(Lead.query().select('id').where('user_id', userId).where('created_at', '>=', since))
    .where('kind', 'email'); // expect: scans-all [ob31d]
}

export async function campaignById(id: number) {
  return Campaign.query().findById(id); // expect: scans-all [ob31e]
}
