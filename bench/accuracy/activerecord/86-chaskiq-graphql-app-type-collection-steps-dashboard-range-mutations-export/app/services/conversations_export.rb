# The conversations of an app for the CSV export, optionally in a state and a date range.
class ConversationsExport
  def initialize(app, params)
    @app = app
    @params = params
  end

  def scope
    scope = @app.conversations
    scope = scope.where(status: @params[:state]) if @params[:state].present?
    scope = scope.where(created_at: range) if range
    scope.order(created_at: :desc)
  end

  private

  def range
    return unless @params[:from].present? && @params[:to].present?

    Time.zone.parse(@params[:from].to_s)..Time.zone.parse(@params[:to].to_s)
  end
end
