import { Op, WhereOptions } from 'sequelize'

export function buildLeadWhere (options: { userId: number, search?: string, status?: string }): WhereOptions {
  const where: WhereOptions = { userId: options.userId }

  if (options.search) {
    Object.assign(where, { company: { [Op.iLike]: `%${options.search}%` } })
  }

  if (options.status) {
    Object.assign(where, { status: options.status })
  }

  return where
}
