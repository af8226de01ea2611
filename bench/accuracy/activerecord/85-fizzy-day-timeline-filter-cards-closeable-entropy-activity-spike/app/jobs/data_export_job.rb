# A user's monthly export of the cards they created.
class DataExportJob < ApplicationJob
  def perform(user, month)
    export = User::DataExport.new(user, month)
    export.cards.find_each { |card| export.add(card) } # expect: prunes [ar85ae] cross
    export.deliver
  end
end
