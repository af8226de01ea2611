'use strict'

const successResponse = (obj = {}) => ({ statusCode: 200, object: { data: obj } })
const errorResponseBadRequest = (message) => ({ statusCode: 400, object: { error: message } })

const handleResponse = (func) => {
  return async function (req, res, next) {
    try {
      const resp = await func(req, res, next)
      res.status(resp.statusCode).send(resp.object)
    } catch (error) {
      next(error)
    }
  }
}

module.exports = { successResponse, errorResponseBadRequest, handleResponse }
