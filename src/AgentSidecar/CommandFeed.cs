using Autoscaler.Agent;
using Microsoft.Extensions.Options;

namespace Autoscaler.AgentSidecar;

/// <summary>Keeps the agent's recent commands so HTTP clients can long-poll for them; bounded, oldest dropped first.</summary>
internal sealed class CommandFeed
{
    private readonly Lock _gate = new();
    private readonly LinkedList<SidecarCommand> _commands = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastId;

    public CommandFeed(GameServerAgent agent, IOptions<SidecarOptions> options, TimeProvider time)
    {
        _time = time;
        _capacity = options.Value.CommandBuffer;
        agent.DrainRequested += (_, e) => Add("drain", e.Reason, null, null);
        agent.Undrained += (_, e) => Add("undrain", e.Reason, null, null);
        agent.ShutdownRequested += (_, e) => Add("shutdown", e.Reason, (long)e.Grace.TotalMilliseconds, e.Deadline);
    }

    /// <summary>The commands after <paramref name="after"/>; waits up to <paramref name="wait"/> for one if there are none yet.</summary>
    public async Task<IReadOnlyList<SidecarCommand>> ReadAsync(long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + wait;
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var found = _commands.Where(c => c.Id > after).ToList();
                if (found.Count > 0)
                {
                    return found;
                }

                arrived = _arrived.Task;
            }

            var remaining = deadline - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return [];
            }

            try
            {
                await arrived.WaitAsync(remaining, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return [];
            }
        }
    }

    /// <summary>The id of the newest command (0 before any).</summary>
    public long LastId
    {
        get
        {
            lock (_gate)
            {
                return _lastId;
            }
        }
    }

    private void Add(string kind, string reason, long? graceMs, DateTimeOffset? deadline)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _commands.AddLast(new SidecarCommand(++_lastId, kind, reason, graceMs, deadline, _time.GetUtcNow()));
            while (_commands.Count > _capacity)
            {
                _commands.RemoveFirst();
            }

            arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
    }
}
