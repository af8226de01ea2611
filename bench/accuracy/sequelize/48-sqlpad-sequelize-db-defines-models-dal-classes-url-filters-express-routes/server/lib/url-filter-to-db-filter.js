import { Op } from 'sequelize';

/**
 * Transforms URL formatted filter parameters (`key|operator|value,…`) to a Sequelize filter object
 * @param {string} urlFilter
 * @returns {object}
 */
export default function urlFilterToDbFilter(urlFilter) {
  let dbFilter = {};
  if (typeof urlFilter === 'string') {
    dbFilter = {
      [Op.and]: urlFilter
        .trim()
        .split(',')
        .map((f) => {
          const [key, operator, value] = f.split('|');
          if (!key || !operator || !value) return {};
          switch (operator) {
            case 'contains':
              return { [key]: { [Op.iLike]: `%${value}%` } };
            case 'before':
              return { [key]: { [Op.lt]: new Date(value) } };
            case 'after':
              return { [key]: { [Op.gt]: new Date(value) } };
            case 'eq':
              return { [key]: value };
            default:
              return { [key]: { [Op[operator]]: value } };
          }
        }),
    };
  }
  return dbFilter;
}
