'use strict';

function enforce(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

module.exports.enforce = enforce;
