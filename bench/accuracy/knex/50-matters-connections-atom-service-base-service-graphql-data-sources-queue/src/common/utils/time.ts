const DAY = 24 * 60 * 60 * 1000

export type Period = 'week' | 'month' | 'quarter'

export const periodToRange = (period: Period = 'month') => {
  const end = new Date()
  const days = period === 'week' ? 7 : period === 'month' ? 30 : 90
  return { start: new Date(end.getTime() - days * DAY), end }
}

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY)
