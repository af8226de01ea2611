'use strict';

module.exports = { postgres: { client: 'pg', connection: process.env.DATABASE_URL } };
