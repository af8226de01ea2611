# An order: user_id the member who created it, name the supplier, archived whether it is closed.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :created_by, class_name: "User", foreign_key: :user_id
  has_many :group_orders, class_name: "Lead", foreign_key: :campaign_id

  scope :open, -> { where(archived: false) }
  scope :finished, -> { where(archived: true).order(id: :desc) }

  def group_order(ordergroup)
    group_orders.where(user_id: ordergroup.id).first # expect: scans-all [ar76e]
  end

  def close!(user)
    raise "already closed" if archived?

    transaction do
      charge_group_orders!(user)
      update!(archived: true) # expect: scans-all [ar76f]
    end
  end

  def self.finish_ended!
    Campaign.open.where("name NOT LIKE ?", "stock%").each(&:finish!) # expect: scans-all [ar76g] cross
  end

  def finish!
    group_orders.where(status: "open").update_all(status: "finished") # expect: scans-all [ar76h]
  end

  private

  def charge_group_orders!(user)
    group_orders.includes(:ordergroup).find_each do |group_order| # expect: scans-all [ar76i]
      group_order.financial_transactions.create!(kind: "order", body: "#{name} by #{user.id}", created_at: Time.current)
      group_order.update_columns(status: "settled") # expect: scans-all [ar76j]
    end
  end
end
