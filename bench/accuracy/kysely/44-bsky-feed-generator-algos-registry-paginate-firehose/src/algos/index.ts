import { AppContext, QueryParams } from '../config'
import * as freshLeads from './fresh-leads'
import * as myLeads from './my-leads'

type AlgoHandler = (ctx: AppContext, params: QueryParams) => Promise<unknown>

const algos: Record<string, AlgoHandler> = {
  [myLeads.shortname]: myLeads.handler,
  [freshLeads.shortname]: freshLeads.handler,
}

export default algos
