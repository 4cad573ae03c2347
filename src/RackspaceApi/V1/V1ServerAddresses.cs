using System.Net;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 server addresses: list all, public, private; share and unshare a public IP.</summary>
public sealed class V1ServerAddresses
{
    private readonly V1Channel _channel;

    internal V1ServerAddresses(V1Channel channel) => _channel = channel;

    /// <summary>GET /servers/{id}/ips (ListServerAddresses).</summary>
    public Task<RackspaceResponse<V1Addresses>> ListAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListServerAddresses", HttpMethod.Get, $"servers/{V1Channel.Id(serverId)}/ips", null, V1Reader.Addresses, cancellationToken);

    /// <summary>GET /servers/{id}/ips/public.</summary>
    public Task<RackspaceResponse<IReadOnlyList<string>>> ListPublicAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListServerPublicAddresses", HttpMethod.Get, $"servers/{V1Channel.Id(serverId)}/ips/public", null,
            (text, operation) => V1Reader.Network(text, operation, "public"), cancellationToken);

    /// <summary>GET /servers/{id}/ips/private.</summary>
    public Task<RackspaceResponse<IReadOnlyList<string>>> ListPrivateAsync(int serverId, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListServerPrivateAddresses", HttpMethod.Get, $"servers/{V1Channel.Id(serverId)}/ips/private", null,
            (text, operation) => V1Reader.Network(text, operation, "private"), cancellationToken);

    /// <summary>PUT /servers/{id}/ips/public/{address} (ShareServerAddress, 202): shares an IP of the group with this server.</summary>
    public Task<RackspaceResponse<NoBody>> ShareAsync(
        int serverId, IPAddress address, int sharedIpGroupId, bool configureServer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _channel.SendAsync("ShareServerAddress", HttpMethod.Put, AddressPath(serverId, address),
            V1Documents.ShareIp(sharedIpGroupId, configureServer), cancellationToken);
    }

    /// <summary>DELETE /servers/{id}/ips/public/{address} (DeleteServerAddress, 202): stops sharing the IP.</summary>
    public Task<RackspaceResponse<NoBody>> UnshareAsync(int serverId, IPAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _channel.SendAsync("DeleteServerAddress", HttpMethod.Delete, AddressPath(serverId, address), null, cancellationToken);
    }

    private static string AddressPath(int serverId, IPAddress address) =>
        $"servers/{V1Channel.Id(serverId)}/ips/public/{QueryString.Segment(address.ToString())}";
}
