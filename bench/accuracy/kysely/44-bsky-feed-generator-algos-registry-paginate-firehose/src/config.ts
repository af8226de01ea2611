import { Database } from './db'

export type AppContext = {
  db: Database
  cfg: { serviceDid: string; hostname: string }
}

export type QueryParams = {
  feed: string
  userId: number
  limit: number
  cursor?: string
}
