# Deletes a status and the notifications about it.
class RemoveStatusService < BaseService
  def call(status, **options)
    @status = status
    @options = options

    remove_notifications!
    @status.destroy! unless @options[:preserve] # expect: scans-all [ar65x] cross
  end

  private

  def remove_notifications!
    @status.agent_outputs.delete_all # expect: scans-all [ar65y] cross
  end
end
