import { AppContext, QueryParams } from '../config'
import { paginate, renderFeed } from './util'

export const shortname = 'my-leads'

export const handler = async (ctx: AppContext, params: QueryParams) => {
  const builder = ctx.db.selectFrom('leads').selectAll().where('user_id', '=', params.userId)
  const rows = await paginate(builder, params).execute() // expect: scans-all [ky44a] cross
  return renderFeed(rows)
}
