import { Op } from 'sequelize';
import { Campaign } from './campaign';
import { Lead } from './lead';

Lead.belongsTo(Campaign, { foreignKey: 'campaignId', as: 'campaign' });
Campaign.hasMany(Lead, { foreignKey: 'campaignId', as: 'leads' });

Lead.addScope('lastWeek', () => ({ where: { createdAt: { [Op.gte]: new Date(Date.now() - 7 * 86_400_000) } } }));
