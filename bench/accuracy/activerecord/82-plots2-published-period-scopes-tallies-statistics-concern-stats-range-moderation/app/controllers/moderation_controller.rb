# Admins publish or spam the notes of first-time posters (status 4).
class ModerationController < ApplicationController
  def index
    @queue = Lead.where(status: "4").order(created_at: :desc).limit(30).to_a # expect: scans-all [ar82y]
    @recent_spam = Lead.where(status: "0").where(created_at: 1.week.ago..).count # expect: prunes [ar82z]
  end

  def publish
    node = Lead.where(created_at: 1.month.ago..).find(params[:id]) # expect: prunes [ar82aa]
    node.publish
    node.author.first_time_poster?
    redirect_to "/moderation"
  end

  def spam
    node = Lead.find(params[:id]) # expect: scans-all [ar82ab]
    node.spam
    redirect_to "/moderation"
  end
end
