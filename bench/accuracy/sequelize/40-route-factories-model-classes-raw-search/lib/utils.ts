import { Op, type WhereOptions } from 'sequelize'

// The dashboard shows the last days of activity only.
export function recentWhere (days: number): WhereOptions {
  return { createdAt: { [Op.gte]: new Date(Date.now() - days * 24 * 60 * 60 * 1000) } }
}

// Leads that are still worked on: not closed, not deleted.
export function openWhere (): WhereOptions {
  return { status: { [Op.notIn]: ['won', 'lost', 'deleted'] } }
}
