import { AppContext, QueryParams } from '../config'
import { paginate, renderFeed } from './util'

export const shortname = 'fresh-leads'

const dayAgo = () => new Date(Date.now() - 24 * 60 * 60 * 1000)

export const handler = async (ctx: AppContext, params: QueryParams) => {
  const builder = ctx.db
    .selectFrom('leads')
    .selectAll()
    .where('user_id', '=', params.userId)
    .where('created_at', '>=', dayAgo())
  const rows = await paginate(builder, params).execute() // expect: prunes [ky44b] cross
  return renderFeed(rows)
}
