export type LeadQuery = {
  userId?: string
  statuses?: string[]
  createdBetween?: [Date, Date]
  sortBy?: string
  sortOrder?: 'ASC' | 'DESC'
  offset?: number
  limit?: number
}
