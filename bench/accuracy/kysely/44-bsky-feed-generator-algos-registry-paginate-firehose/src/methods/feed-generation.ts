import algos from '../algos'
import { AppContext, QueryParams } from '../config'
import { leadsByIds, outputsByKind, outputsForLead } from '../db/hydrate'

export async function getFeedSkeleton(ctx: AppContext, params: QueryParams) {
  const algo = algos[params.feed]
  if (!algo) {
    throw new Error('Unsupported algorithm')
  }
  return algo(ctx, params)
}

export async function hydrateLeads(ctx: AppContext, ids: number[], since?: Date) {
  if (since) {
    return leadsByIds(ctx.db, ids).where('created_at', '>=', since).execute() // expect: prunes [ky44l] cross
  }
  return leadsByIds(ctx.db, ids).execute() // expect: scans-all [ky44k] cross
}

export async function leadThread(ctx: AppContext, lead: { id: number; created_at: Date }) {
  return outputsForLead(ctx.db, lead).orderBy('created_at', 'asc').execute() // expect: prunes [ky44d] cross
}

export async function latestOfKind(ctx: AppContext, kind: string) {
  return outputsByKind(ctx.db, kind).orderBy('id', 'desc').limit(50).execute() // expect: scans-all [ky44e] cross
}
