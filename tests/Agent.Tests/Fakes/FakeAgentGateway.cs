extern alias controller;

using System.Collections.Concurrent;
using controller::Autoscaler.Controller.Registry;

namespace Autoscaler.Agent.Tests.Fakes;

/// <summary>An in-memory registry: known fleets and servers with tokens; records everything the Cloud service applies.</summary>
internal sealed class FakeAgentGateway : IAgentGateway
{
    private readonly ConcurrentDictionary<string, (string Fleet, string Token)> _servers = new();
    private readonly ConcurrentDictionary<string, AgentSession> _sessions = new();
    private readonly ConcurrentQueue<(string ServerId, AgentLoad Load)> _loads = new();
    private readonly HashSet<string> _fleets = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sessionIds;
    private int _heartbeats;
    private int _admissions;
    private int _disconnects;
    private int _refusals;

    public HashSet<string> DrainingServers { get; } = new(StringComparer.Ordinal);

    public int Heartbeats => Volatile.Read(ref _heartbeats);

    public int Admissions => Volatile.Read(ref _admissions);

    public int Disconnects => Volatile.Read(ref _disconnects);

    public int Refusals => Volatile.Read(ref _refusals);

    public IReadOnlyList<(string ServerId, AgentLoad Load)> Loads => [.. _loads];

    public FakeAgentGateway AddServer(string serverId, string fleet, string token)
    {
        lock (_fleets)
        {
            _fleets.Add(fleet);
        }

        _servers[serverId] = (fleet, token);
        return this;
    }

    public AgentLoad? LatestLoad(string serverId) =>
        _loads.Where(l => l.ServerId == serverId).Select(l => (AgentLoad?)l.Load).LastOrDefault();

    public AgentSession? Session(string serverId) => _sessions.GetValueOrDefault(serverId);

    public AgentAdmission Admit(AgentIdentity identity)
    {
        var admission = Decide(identity);
        if (admission.Session is null)
        {
            Interlocked.Increment(ref _refusals);
        }

        Pulse();
        return admission;
    }

    private AgentAdmission Decide(AgentIdentity identity)
    {
        lock (_fleets)
        {
            if (!_fleets.Contains(identity.Fleet))
            {
                return AgentAdmission.Rejected(AdmissionFailure.UnknownFleet, $"no fleet named {identity.Fleet}");
            }
        }

        if (!_servers.TryGetValue(identity.ServerId, out var record))
        {
            return AgentAdmission.Rejected(AdmissionFailure.UnknownServer, $"no server {identity.ServerId}");
        }

        if (record.Fleet != identity.Fleet)
        {
            return AgentAdmission.Rejected(AdmissionFailure.WrongFleet, $"server {identity.ServerId} is not in fleet {identity.Fleet}");
        }

        if (record.Token != identity.Token)
        {
            return AgentAdmission.Rejected(AdmissionFailure.BadToken, "bad token");
        }

        bool draining;
        lock (DrainingServers)
        {
            draining = DrainingServers.Contains(identity.ServerId);
        }

        var session = new AgentSession(identity.ServerId, identity.Fleet, Interlocked.Increment(ref _sessionIds), draining);
        if (_sessions.TryGetValue(identity.ServerId, out var old))
        {
            old.Complete();
        }

        _sessions[identity.ServerId] = session;
        Interlocked.Increment(ref _admissions);
        return AgentAdmission.Accepted(session);
    }

    public void ApplyLoad(AgentSession session, AgentLoad load)
    {
        _loads.Enqueue((session.ServerId, load));
        Pulse();
    }

    public void Heartbeat(AgentSession session)
    {
        Interlocked.Increment(ref _heartbeats);
        Pulse();
    }

    public void Disconnected(AgentSession session)
    {
        _sessions.TryRemove(new KeyValuePair<string, AgentSession>(session.ServerId, session));
        session.Complete();
        Interlocked.Increment(ref _disconnects);
        Pulse();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking after every gateway call (and every 50 ms,
    /// after running <paramref name="tick"/>, which may advance a fake clock).</summary>
    public async Task WaitUntilAsync(Func<bool> condition, Action? tick = null, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (!condition())
        {
            var changed = Volatile.Read(ref _changed).Task;
            try
            {
                await Task.WhenAny(changed, Task.Delay(50, timeout.Token)).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Condition not met within {timeoutSeconds} s.");
            }

            tick?.Invoke();
        }
    }

    private void Pulse() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
