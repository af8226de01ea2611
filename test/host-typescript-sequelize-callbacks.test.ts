// Sequelize instances handed to callbacks (HedgeDoc 1.x style): the instance a finder's promise
// gives `.then(function (lead) { … })`, and the one a route helper passes to the callback its caller
// gives it (`findLeadOrFail(req, res, function (lead) { lead.update(…) })`), in this file or another.
// An instance write is keyed by the primary key only, so on `leads` it is reported; callbacks whose
// value the code does not show stay silent.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CatalogSnapshot } from '../server/src/engine/catalog/model';
import type { HostModule } from '../server/src/engine/host/types';
import { lineOf, linesReportedIn, loadTsAppCatalog } from './helpers/ts-app-catalog';

const ROOT = '/virtual/sequelize-callbacks';

let host: HostModule;
let catalog: CatalogSnapshot;

before(async () => {
  ({ host, catalog } = await loadTsAppCatalog());
});

const reported = (files: Record<string, string>, target: string): number[] => linesReportedIn(host, catalog, ROOT, files, target);

const MODELS = {
  'lib/models/lead.js': `'use strict'
module.exports = function (sequelize, DataTypes) {
  const Lead = sequelize.define('Lead', {
    id: { type: DataTypes.BIGINT, primaryKey: true },
    userId: { type: DataTypes.BIGINT, field: 'user_id' },
    status: { type: DataTypes.TEXT },
    createdAt: { type: DataTypes.DATE, field: 'created_at' }
  }, { tableName: 'leads', updatedAt: false })
  return Lead
}
`,
  'lib/models/index.js': `'use strict'
const Sequelize = require('sequelize')
const sequelize = new Sequelize(process.env.DB_URL, { dialect: 'postgres' })
const db = { Lead: require('./lead')(sequelize, Sequelize.DataTypes) }
db.sequelize = sequelize
module.exports = db
`,
};

void describe('Sequelize: an instance a finder resolves to, in the .then() callback', () => {
  void it('reports lead.update() (keyed by id only) in `Lead.findOne(…).then(function (lead) { … })`, `.then().catch()` after it included', () => {
    const src = `'use strict'
const models = require('../models')
exports.setStatus = function (id, status, since) {
  models.Lead.findOne({ where: { id: id, createdAt: since } }).then(function (lead) {
    lead.update({ status: status }).then(function () { return true }).catch(function () { return false }) // write
  })
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/status.js': src }, 'lib/web/status.js'), [lineOf(src, '// write')]);
  });

  void it('stays silent when the promise is not one instance (findAll, count) or the callback reads another value', () => {
    const src = `'use strict'
const models = require('../models')
exports.bulk = function (userId, since) {
  models.Lead.findAll({ where: { userId: userId, createdAt: since } }).then(function (lead) {
    lead.update({ status: 'seen' })
  })
  models.Lead.count({ where: { userId: userId, createdAt: since } }).then(function (lead) {
    lead.update({ status: 'seen' })
  })
  models.Lead.findOne({ where: { id: 1, createdAt: since } }).then(function (found, lead) {
    lead.update({ status: 'seen' })
  })
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/bulk.js': src }, 'lib/web/bulk.js'), []);
  });
});

void describe('Sequelize: an instance a route helper hands to its callback', () => {
  const util = `'use strict'
const models = require('../../models')
exports.findLeadOrFail = function (req, res, callback) {
  models.Lead.findOne({ where: { id: req.params.leadId, createdAt: new Date(req.params.day) } }).then(function (lead) {
    if (!lead) return res.status(404).send('Not found')
    return callback(lead)
  })
}
`;

  void it('reports lead.update() in the callback given to a helper of another module (CommonJS require and import * as)', () => {
    const router = `'use strict'
const router = module.exports = require('express').Router()
const leadUtil = require('./util')
router.post('/leads/:leadId/status', function (req, res) {
  leadUtil.findLeadOrFail(req, res, function (lead) {
    lead.update({ status: req.body.status }).then(function (updated) { // write
      res.json(updated)
    }).catch(function (err) {
      res.status(500).send(err.message)
    })
  })
})
`;
    const esm = `import * as leadUtil from './util'
export function archive (req, res) {
  leadUtil.findLeadOrFail(req, res, (lead) => lead.update({ status: 'archived' })) // write
}
`;
    const files = { ...MODELS, 'lib/web/lead/util.js': util, 'lib/web/lead/router.js': router, 'lib/web/lead/archive.js': esm };
    assert.deepEqual(reported(files, 'lib/web/lead/router.js'), [lineOf(router, '// write')]);
    assert.deepEqual(reported(files, 'lib/web/lead/archive.js'), [lineOf(esm, '// write')]);
  });

  void it('stays silent when the helper hands the callback on, calls it with something else, or is not visible', () => {
    const other = `'use strict'
const models = require('../../models')
exports.later = function (req, res, callback) {
  setTimeout(callback, 10)
}
exports.withJson = function (req, res, callback) {
  models.Lead.findOne({ where: { id: req.params.leadId, createdAt: new Date() } }).then(function (lead) {
    return callback(lead.toJSON())
  })
}
`;
    const router = `'use strict'
const other = require('./other')
const outside = require('lead-helpers')
exports.a = function (req, res) {
  other.later(req, res, function (lead) { lead.update({ status: 'x' }) })
  other.withJson(req, res, function (lead) { lead.update({ status: 'x' }) })
  outside.findLeadOrFail(req, res, function (lead) { lead.update({ status: 'x' }) })
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/lead/other.js': other, 'lib/web/lead/router.js': router }, 'lib/web/lead/router.js'), []);
  });
});

void describe('Sequelize: an instance a declaration asserts the type of', () => {
  void it('reports save()/destroy() on `res.locals.x as Model` and `(await load()) as Model`, inside a transaction callback too', () => {
    const src = `import type { Request, Response } from 'express'
import { sequelize } from '../models'
export async function rename (req: Request, res: Response) {
  const record = res.locals.record as Lead
  record.status = req.body.status
  await sequelize.transaction(async (t) => {
    await record.save({ transaction: t }) // save
  })
}
export async function drop (req: Request) {
  const row = (await loadFromParams(req)) as Lead
  await row.destroy() // destroy
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/leads.ts': src }, 'lib/web/leads.ts'), [lineOf(src, '// save'), lineOf(src, '// destroy')]);
  });

  void it('stays silent when the asserted type is not a model or nothing is asserted', () => {
    const src = `import type { Request, Response } from 'express'
export async function rename (req: Request, res: Response) {
  const lead = res.locals.lead as LeadForm
  await lead.save()
  const record = res.locals.record
  await record.destroy()
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/leads.ts': src }, 'lib/web/leads.ts'), []);
  });
});

void describe('Sequelize: an instance an own method of the class returns', () => {
  void it('reports writes of `await this.getRecord(id)` when every return of getRecord is a loaded instance (its finder scans too), and stays silent on a built one', () => {
    const src = `import { Lead } from '../models/lead'
export class LeadsService {
  async getRecord (id: number) {
    const row = await Lead.findByPk(id) // find
    if (!row) throw new Error('not found')
    return row
  }
  async build (userId: number) {
    return Lead.build({ userId })
  }
  async rename (id: number, status: string) {
    const record = await this.getRecord(id)
    await record.update({ status }) // update
  }
  async drop (id: number) {
    const record = await this.getRecord(id)
    await record.destroy() // destroy
  }
  async add (userId: number) {
    const record = await this.build(userId)
    await record.save()
  }
}
`;
    assert.deepEqual(reported({ ...MODELS, 'lib/web/leads.service.ts': src }, 'lib/web/leads.service.ts'), [lineOf(src, '// find'), lineOf(src, '// update'), lineOf(src, '// destroy')]);
  });
});
