using System.Collections.Concurrent;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.Controller.Tests.Fakes;

/// <summary>An in-memory cloud at the provisioning seam: records every call, fails on demand.</summary>
internal sealed class FakeProvisioner : IServerProvisioner
{
    private readonly ConcurrentDictionary<string, ProvisionedServer> _servers = new();
    private int _nextId = 1000;

    public List<ServerCreateSpec> Creates { get; } = [];

    public List<string> Deletes { get; } = [];

    public List<(string Id, RebootKind Kind)> Reboots { get; } = [];

    public int ListCalls { get; private set; }

    /// <summary>When set, creates throw it (after storing the server when <see cref="CreateLandsBeforeFailure"/>).</summary>
    public Exception? CreateFailure { get; set; }

    /// <summary>Models a lost response: the cloud made the server, the caller never heard.</summary>
    public bool CreateLandsBeforeFailure { get; set; }

    public Exception? RebootFailure { get; set; }

    public Exception? DeleteFailure { get; set; }

    /// <summary>Status new servers start in.</summary>
    public string InitialStatus { get; set; } = "BUILD";

    public IReadOnlyCollection<ProvisionedServer> Servers => _servers.Values.ToList();

    /// <summary>When set, a create waits for it before the cloud answers (a slow create in flight).</summary>
    public Task? CreateAnswerGate { get; set; }

    /// <summary>When set, runs once after the server list is taken and before it is returned (work racing a reconcile).</summary>
    public Func<Task>? WhileListing { get; set; }

    public async Task<ProvisionedServer> CreateServerAsync(ServerCreateSpec spec, CancellationToken cancellationToken)
    {
        lock (Creates)
        {
            Creates.Add(spec);
        }

        if (CreateAnswerGate is { } gate)
        {
            await gate;
        }

        return await AnswerCreateAsync(spec);
    }

    private Task<ProvisionedServer> AnswerCreateAsync(ServerCreateSpec spec)
    {
        ProvisionedServer? server = null;
        if (CreateFailure is null || CreateLandsBeforeFailure)
        {
            server = Add(spec.Name, InitialStatus);
        }

        return CreateFailure is { } failure ? Task.FromException<ProvisionedServer>(failure) : Task.FromResult(server!);
    }

    public Task<bool> DeleteServerAsync(string serverId, CancellationToken cancellationToken)
    {
        lock (Deletes)
        {
            Deletes.Add(serverId);
        }

        if (DeleteFailure is { } failure)
        {
            return Task.FromException<bool>(failure);
        }

        return Task.FromResult(_servers.TryRemove(serverId, out _));
    }

    public Task RebootServerAsync(string serverId, RebootKind kind, CancellationToken cancellationToken)
    {
        lock (Reboots)
        {
            Reboots.Add((serverId, kind));
        }

        return RebootFailure is { } failure ? Task.FromException(failure) : Task.CompletedTask;
    }

    public Task RebuildServerAsync(string serverId, string imageId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<ProvisionedServer>> ListServersAsync(CancellationToken cancellationToken)
    {
        ListCalls++;
        var listed = _servers.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (WhileListing is { } racing)
        {
            WhileListing = null;
            await racing();
        }

        return listed;
    }

    public Task<ProvisionedServer?> GetServerAsync(string serverId, CancellationToken cancellationToken) =>
        Task.FromResult(_servers.TryGetValue(serverId, out var server) ? server : null);

    /// <summary>Puts a server in the cloud directly (an orphan, or one created behind the controller's back).</summary>
    public ProvisionedServer Add(string name, string status)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var server = new ProvisionedServer(id, name, status, 0, new Dictionary<string, string>(), [], []);
        _servers[id] = server;
        return server;
    }

    public void SetStatus(string id, string status) => _servers[id] = _servers[id] with { Status = status };

    /// <summary>Removes a server behind the controller's back.</summary>
    public void Vanish(string id) => _servers.TryRemove(id, out _);
}
