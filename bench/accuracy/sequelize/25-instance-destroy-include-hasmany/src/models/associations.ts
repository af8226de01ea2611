import { Campaign } from './campaign';
import { Lead } from './lead';

Campaign.hasMany(Lead, { foreignKey: 'campaignId', as: 'leads' });
Lead.belongsTo(Campaign, { foreignKey: 'campaignId', as: 'campaign' });
