module Windowing
  extend ActiveSupport::Concern

  private

  def within_month(relation, month)
    start = month.beginning_of_month
    relation.where(created_at: start...start.next_month)
  end

  def paginate(relation)
    relation.order(id: :desc).limit(25).offset(params[:page].to_i * 25)
  end
end
