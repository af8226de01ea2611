import express from 'express'
import * as security from './lib/insecurity'
import { archiveCampaign, getCampaigns } from './routes/campaigns'
import { delLeadById, getLeadById, getLeadOutputs, getLeads, getOpenLeads, getRecentLeads, retrieveLead, updateLeadStatus } from './routes/leads'
import { searchLeads } from './routes/search'

const app = express()
app.use(express.json())

app.get('/rest/leads', security.appendUserId(), getLeads())
app.get('/rest/leads/recent', security.appendUserId(), getRecentLeads())
app.get('/rest/leads/open', security.appendUserId(), getOpenLeads())
app.get('/rest/leads/search', searchLeads())
app.get('/rest/leads/:id', security.appendUserId(), getLeadById())
app.get('/rest/leads/:id/full', security.isAuthorized(), retrieveLead())
app.get('/rest/leads/:id/outputs', security.isAuthorized(), getLeadOutputs())
app.put('/rest/leads/:id/status', security.isAuthorized(), updateLeadStatus())
app.delete('/rest/leads/:id', security.appendUserId(), delLeadById())
app.get('/rest/campaigns', security.appendUserId(), getCampaigns())
app.put('/rest/campaigns/:id/archive', security.appendUserId(), archiveCampaign())

export { app }
