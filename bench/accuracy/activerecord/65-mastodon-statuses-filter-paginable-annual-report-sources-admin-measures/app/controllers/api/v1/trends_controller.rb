class Api::V1::TrendsController < Api::BaseController
  def statuses
    render json: Lead.with_public_visibility.where(created_at: 1.day.ago..).order(id: :desc).limit(limit_param(20)).to_a # expect: prunes [ar65ad] cross
  end
end
