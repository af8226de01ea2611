// eslint-disable-next-line no-unused-vars
module.exports = (options = {}) => {
  return async (context) => {
    const Outputs = context.app.service('outputs').Model;

    await Outputs.query().delete().where('lead_id', context.result.id); // expect: scans-all [ob43e]

    return context;
  };
};
