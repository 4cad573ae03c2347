using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 account-wide reads: limits and API versions.</summary>
public sealed class V1Account
{
    private readonly V1Channel _channel;

    internal V1Account(V1Channel channel) => _channel = channel;

    /// <summary>GET /limits: rate and absolute limits.</summary>
    public Task<RackspaceResponse<V1Limits>> GetLimitsAsync(CancellationToken cancellationToken) =>
        _channel.SendAsync("GetLimits", HttpMethod.Get, "limits", null, V1Reader.Limits, cancellationToken);

    /// <summary>GET / on the API host: the versions it serves.</summary>
    /// <remarks>The server management URL is {host}/v1.0/{account}; the versions live two levels up.</remarks>
    public Task<RackspaceResponse<IReadOnlyList<V1Version>>> ListVersionsAsync(CancellationToken cancellationToken) =>
        _channel.SendAsync("ListVersions", HttpMethod.Get, "../../", null, V1Reader.Versions, cancellationToken);

    /// <summary>GET /v1.0/: details of version 1.0.</summary>
    public Task<RackspaceResponse<V1Version>> GetVersionAsync(CancellationToken cancellationToken) =>
        _channel.SendAsync("GetVersionDetails", HttpMethod.Get, "../", null, V1Reader.Version, cancellationToken);
}
