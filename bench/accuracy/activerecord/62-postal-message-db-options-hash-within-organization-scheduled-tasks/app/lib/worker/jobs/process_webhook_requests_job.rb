module Worker
  module Jobs
    # Locks one ready webhook request for this worker, then delivers what it locked.
    class ProcessWebhookRequestsJob
      def call
        @locker = "worker-#{SecureRandom.hex(8)}"
        lock_request_for_processing
        obtain_locked_requests
        process_requests
      end

      private

      def lock_request_for_processing
        AgentOutput.unlocked
                   .ready
                   .limit(1)
                   .update_all(body: @locker) # expect: scans-all [ar62i] cross
      end

      def obtain_locked_requests
        @requests_to_process = AgentOutput.where(body: @locker)
      end

      def process_requests
        @requests_to_process.each do |request| # expect: scans-all [ar62j] cross
          WebhookDeliveryService.new(webhook_request: request).call
        end
      end
    end
  end
end
