/** Rejects the call when the validator reports errors on the arguments. */
module.exports = validator => resolver => (obj, args, ctx, info) => {
  const errors = validator(args)
  if (Object.keys(errors).length) throw new Error('Invalid arguments')
  return resolver(obj, args, ctx, info)
}
