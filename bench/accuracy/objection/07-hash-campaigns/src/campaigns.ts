import { Campaign } from './models/Campaign';

export async function campaignsOf(userId: number) {
  return Campaign.query().where('user_id', userId).where('archived', false); // expect: prunes [ob07a]
}

export async function campaignByName(name: string) {
  return Campaign.query().findOne({ name }); // expect: scans-all [ob07b]
}

export async function campaignsOfUsers(userIds: number[]) {
  return Campaign.query().whereIn('user_id', userIds); // expect: prunes [ob07c]
}
