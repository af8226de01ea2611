const utils = {
  /**
   * Gets the current user id from the authenticated request; the authentication middleware
   * rejects every request without one before any controller runs.
   */
  getCurrentIdentity(currentUser) {
    return currentUser.identityId;
  },

  mixedQueryToArray(param) {
    if (!param) return undefined;
    const parsed = Array.isArray(param) ? param.flatMap(p => String(p).split(',')) : String(param).split(',');
    return parsed.map(p => p.trim()).filter(p => p.length);
  },

  isTruthy(value) {
    if (value === undefined) return value;
    return value === true || value === 'true' || value === 1 || value === '1';
  }
};

module.exports = utils;
