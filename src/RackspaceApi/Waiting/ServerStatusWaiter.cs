using Autoscaler.RackspaceApi.Faults;

namespace Autoscaler.RackspaceApi.Waiting;

/// <summary>Polls a server's status with backoff until it reaches a wanted status, confirmed by consecutive polls.</summary>
internal sealed class ServerStatusWaiter(TimeProvider timeProvider)
{
    public async Task<T?> WaitAsync<T>(
        string serverId,
        IReadOnlyCollection<string> statuses,
        ServerWaitOptions options,
        Func<CancellationToken, Task<(T? Server, string Status)>> poll,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            throw new ArgumentException("At least one status to wait for is required.", nameof(statuses));
        }

        var wanted = new HashSet<string>(statuses, StringComparer.OrdinalIgnoreCase);
        var errors = new HashSet<string>(options.ErrorStatuses, StringComparer.OrdinalIgnoreCase);
        var deadline = timeProvider.GetUtcNow() + options.Timeout;
        var delay = options.InitialPollInterval;
        var confirmations = 0;
        var lastStatus = "";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (server, status) = await poll(cancellationToken).ConfigureAwait(false);
            lastStatus = status;
            if (wanted.Contains(status))
            {
                confirmations++;
                if (confirmations >= Math.Max(1, options.RequiredConfirmations) || string.Equals(status, ServerStatuses.Deleted, StringComparison.OrdinalIgnoreCase) && server is null)
                {
                    return server;
                }
            }
            else
            {
                confirmations = 0;
                if (errors.Contains(status) || (server is null && string.Equals(status, ServerStatuses.Deleted, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ServerErrorStateException(serverId, status);
                }
            }

            var pause = confirmations > 0 ? options.ConfirmationInterval : delay;
            if (timeProvider.GetUtcNow() + pause > deadline)
            {
                throw new TimeoutException(
                    $"Server {serverId} did not reach {string.Join(" or ", wanted)} within {options.Timeout}; last status {lastStatus}.");
            }

            await Task.Delay(pause, timeProvider, cancellationToken).ConfigureAwait(false);
            if (confirmations == 0)
            {
                delay = TimeSpan.FromTicks(Math.Min(options.MaxPollInterval.Ticks, (long)(delay.Ticks * Math.Max(1.0, options.BackoffFactor))));
            }
        }
    }
}
