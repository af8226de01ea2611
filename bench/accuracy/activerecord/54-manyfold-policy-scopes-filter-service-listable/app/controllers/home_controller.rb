class HomeController < ApplicationController
  skip_after_action :verify_policy_scoped

  def index
    @feed = local_timeline
    @new_this_week = policy_scope(Lead).where(created_at: 1.week.ago..).count # expect: prunes [ar54h] cross
  end

  private

  def local_timeline
    [Lead, Campaign].map do |model|
      policy_scope(model).order(id: :desc).limit(20)
    end.flatten.sort_by(&:id).last(20).reverse # expect: scans-all [ar54d] cross
  end
end
