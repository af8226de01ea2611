import { Campaign } from './models/Campaign';

export async function campaign(id: number, userId: number) {
  return Campaign.query().findById([id, userId]); // expect: prunes [ob10a]
}

export async function campaignsByName(name: string) {
  return Campaign.query().where('name', 'like', `${name}%`); // expect: scans-all [ob10b]
}

export async function rename(id: number, userId: number, name: string) {
  return Campaign.query().patch({ name }).where({ id, user_id: userId }); // expect: prunes [ob10c]
}
