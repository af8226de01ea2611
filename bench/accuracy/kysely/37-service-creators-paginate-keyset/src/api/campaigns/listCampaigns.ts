import type { AppContext } from '../../context';

export default function (server: { add: (nsid: string, handler: unknown) => void }, ctx: AppContext) {
  server.add('tools.campaigns.listCampaigns', async ({ auth }: { auth: { userId: number } }) => {
    const campaigns = await ctx.db.db
      .selectFrom('campaigns')
      .select(['id', 'name'])
      .where('user_id', '=', auth.userId)
      .where('archived', '=', false)
      .orderBy('name')
      .execute(); // expect: prunes [ky37g]
    return { encoding: 'application/json', body: { campaigns } };
  });
}
