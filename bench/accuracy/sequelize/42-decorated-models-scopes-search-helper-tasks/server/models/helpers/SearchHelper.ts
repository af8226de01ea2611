import type { WhereOptions } from "sequelize";
import { Op } from "sequelize";
import Lead from "../Lead";

type SearchOptions = {
  limit?: number;
  offset?: number;
  query?: string;
  dateFilter?: "day" | "week" | "month" | "year";
  statusFilter?: string[];
};

type User = { id: string };

export default class SearchHelper {
  public static async searchForUser(user: User, options: SearchOptions = {}): Promise<Lead[]> {
    const { limit = 15, offset = 0 } = options;
    const where = this.buildWhere(user, options);

    return Lead.findAll({
      where,
      order: [["createdAt", "DESC"]],
      limit,
      offset,
    }); // expect: scans-all [sq42c] cross
  }

  public static async recentForUser(user: User, since: Date): Promise<Lead[]> {
    return Lead.findAll({
      where: {
        [Op.and]: [this.buildOwnerWhere(user), { createdAt: { [Op.gte]: since } }],
      },
      order: [["createdAt", "DESC"]],
    }); // expect: prunes [sq42d] cross
  }

  private static buildOwnerWhere(user: User): WhereOptions<Lead> {
    return { userId: user.id };
  }

  private static buildWhere(user: User, options: SearchOptions): WhereOptions<Lead> {
    const where: WhereOptions<Lead> & { [Op.and]: WhereOptions<Lead>[] } = {
      [Op.and]: [this.buildOwnerWhere(user)],
    };

    if (options.dateFilter) {
      const since = new Date();
      const days = { day: 1, week: 7, month: 30, year: 365 }[options.dateFilter];
      since.setDate(since.getDate() - days);
      where[Op.and].push({ createdAt: { [Op.gt]: since } });
    }

    if (options.statusFilter?.length) {
      where[Op.and].push({ status: options.statusFilter });
    }

    if (options.query) {
      where[Op.and].push({ company: { [Op.iLike]: `%${options.query}%` } });
    }

    return where;
  }
}
