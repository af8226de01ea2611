module.exports = {
  defaultActiveOnly(params) {
    if (!params) {
      params = {};
    }
    if (params.active === undefined) {
      params.active = true;
    }
    return params;
  },
};
