namespace :redmine do
  namespace :attachments do
    desc "Removes uploaded files left without a container"
    task prune: :environment do
      AgentOutput.prune
    end
  end
end
