import { type NextFunction, type Request, type Response } from 'express'
import { sequelize } from '../models/index'

class ErrorWithParent extends Error {
  parent: Error | undefined
}

// vuln-code-snippet start leadSearchChallenge
export function searchLeads () {
  return (req: Request, res: Response, next: NextFunction) => {
    let criteria: any = req.query.q === 'undefined' ? '' : req.query.q ?? ''
    criteria = (criteria.length <= 200) ? criteria : criteria.substring(0, 200)
    sequelize.query(`SELECT * FROM leads WHERE ((company LIKE '%${criteria}%' OR email LIKE '%${criteria}%') AND status != 'deleted') ORDER BY created_at DESC`)
      .then(([leads]: any) => {
        res.json({ status: 'success', data: leads })
      }).catch((error: ErrorWithParent) => {
        next(error.parent)
      }) // expect: scans-all [sq40i]
  }
}
// vuln-code-snippet end leadSearchChallenge
