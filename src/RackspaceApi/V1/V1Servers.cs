using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Autoscaler.RackspaceApi.V1.Models;
using Autoscaler.RackspaceApi.Waiting;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 servers: list (with details), create, get details, update name or password, delete, wait for a status.</summary>
public sealed class V1Servers
{
    private readonly V1Channel _channel;
    private readonly ServerStatusWaiter _waiter;

    internal V1Servers(V1Channel channel, ServerStatusWaiter waiter)
    {
        _channel = channel;
        _waiter = waiter;
    }

    /// <summary>GET /servers (ListServers): ids and names; 304 gives an empty list with <see cref="RackspaceResponse{T}.IsNotModified"/>.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Server>>> ListAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListServers", HttpMethod.Get, V1Channel.ListPath("servers", query), null, V1Reader.Servers, cancellationToken);

    /// <summary>GET /servers/detail (ListServersWithDetails).</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Server>>> ListDetailAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListServersWithDetails", HttpMethod.Get, V1Channel.ListPath("servers/detail", query), null, V1Reader.Servers, cancellationToken);

    /// <summary>POST /servers (CreateServer, 202): the answer carries adminPass, the only time it is sent. Never retried blindly.</summary>
    public Task<RackspaceResponse<V1Server>> CreateAsync(V1ServerCreateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _channel.SendAsync("CreateServer", HttpMethod.Post, "servers", V1Documents.CreateServer(request), V1Reader.Server, cancellationToken);
    }

    /// <summary>GET /servers/{id} (GetServerDetails).</summary>
    public Task<RackspaceResponse<V1Server>> GetAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("GetServerDetails", HttpMethod.Get, $"servers/{V1Channel.Id(serverId)}", null, V1Reader.Server, cancellationToken);

    /// <summary>PUT /servers/{id} (UpdateServerNameOrPassword, 204).</summary>
    public Task<RackspaceResponse<NoBody>> UpdateAsync(int serverId, string? name, string? adminPass, CancellationToken cancellationToken)
    {
        if (name is null && adminPass is null)
        {
            throw new ArgumentException("A new name or a new password is required.", nameof(name));
        }

        return _channel.SendAsync("UpdateServerNameOrPassword", HttpMethod.Put, $"servers/{V1Channel.Id(serverId)}",
            V1Documents.UpdateServer(name, adminPass), cancellationToken);
    }

    /// <summary>DELETE /servers/{id} (DeleteServer): 202 or 204, both accepted.</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("DeleteServer", HttpMethod.Delete, $"servers/{V1Channel.Id(serverId)}", null, cancellationToken);

    /// <summary>Polls the server until it is in one of <paramref name="statuses"/>; DELETED is reached when it is gone.</summary>
    /// <returns>The server as last seen, or null when it was waited to be DELETED and is gone.</returns>
    /// <exception cref="ServerErrorStateException">The server went to ERROR (or vanished while not waited to be deleted).</exception>
    /// <exception cref="TimeoutException">The wait's timeout passed first.</exception>
    public Task<V1Server?> WaitForServerStatusAsync(
        int serverId, IReadOnlyCollection<string> statuses, ServerWaitOptions? waitOptions, CancellationToken cancellationToken) =>
        _waiter.WaitAsync(
            V1Channel.Id(serverId),
            statuses,
            waitOptions ?? ServerWaitOptions.Default,
            async ct =>
            {
                try
                {
                    var server = (await GetAsync(serverId, ct).ConfigureAwait(false)).Value;
                    return (server, server.Status ?? "UNKNOWN");
                }
                catch (ItemNotFoundException)
                {
                    return ((V1Server?)null, ServerStatuses.Deleted);
                }
            },
            cancellationToken);
}
