const { db } = require('./db');

async function inWindow(from, to) {
  return db('leads').where(function () {
    this.where('created_at', '>=', from).andWhere('created_at', '<', to);
  }); // expect: prunes [kx21a]
}

async function windowOrVip(from, to) {
  return db('leads').where(function () {
    this.whereBetween('created_at', [from, to]).orWhere('company', 'VIP');
  }); // expect: scans-all [kx21b]
}

module.exports = { inWindow, windowOrVip };
