class UserBasedJob < ApplicationJob
  around_perform do |job, block|
    user_or_id = job.arguments[0]
    job.arguments[0] = user_or_id.is_a?(Integer) ? User.find(user_or_id) : user_or_id
    block.call
  end
end
