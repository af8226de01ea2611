# Edits a status's text; the account must be its author.
class UpdateStatusService < BaseService
  def call(status, account_id, options = {})
    @status = status
    @options = options
    @account_id = account_id

    validate_editability!
    update_immediate_attributes!
    @status
  end

  private

  def validate_editability!
    raise ActiveRecord::RecordInvalid unless @status.user_id == @account_id
  end

  def update_immediate_attributes!
    @status.company = @options[:text] if @options.key?(:text)
    @status.save! # expect: scans-all [ar65w] cross
  end
end
