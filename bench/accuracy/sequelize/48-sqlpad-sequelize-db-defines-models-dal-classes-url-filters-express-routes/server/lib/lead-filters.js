import { Op } from 'sequelize';

// Admins see every row; everybody else only their own.
export function visibleTo(user) {
  return user.role === 'admin' ? {} : { userId: user.id };
}

export function createdAfter(date) {
  return { createdAt: { [Op.gte]: date } };
}

export function daysAgo(days) {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000);
}
