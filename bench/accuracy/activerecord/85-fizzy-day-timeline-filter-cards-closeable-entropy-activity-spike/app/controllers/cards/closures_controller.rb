class Cards::ClosuresController < ApplicationController
  include CardScoped

  def create
    @card.close
    Card::ActivitySpike::DetectionJob.perform_later(@card.id)
    redirect_to "/cards/#{@card.id}"
  end

  def destroy
    @card.reopen
    redirect_to "/cards/#{@card.id}"
  end
end
