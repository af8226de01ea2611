class User::DataExport
  attr_reader :user, :month, :rows

  def initialize(user, month)
    @user, @month, @rows = user, month, []
  end

  def cards
    user.cards.where(created_at: month.all_month)
  end

  def add(card)
    rows << [card.id, card.company, card.status, card.created_at.iso8601]
  end

  def deliver
    ExportMailer.with(user: user, rows: rows).export.deliver_later
  end
end
