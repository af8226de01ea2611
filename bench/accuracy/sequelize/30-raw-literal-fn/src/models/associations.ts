import { Campaign } from './campaign';
import { Lead } from './lead';

Lead.belongsTo(Campaign, { foreignKey: 'campaignId', as: 'campaign' });
Campaign.hasMany(Lead, { foreignKey: 'campaignId', as: 'leads' });
