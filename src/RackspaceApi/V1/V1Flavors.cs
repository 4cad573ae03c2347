using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 flavors: list, list with details, get.</summary>
public sealed class V1Flavors
{
    private readonly V1Channel _channel;

    internal V1Flavors(V1Channel channel) => _channel = channel;

    /// <summary>GET /flavors (ListFlavors).</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Flavor>>> ListAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListFlavors", HttpMethod.Get, V1Channel.ListPath("flavors", query), null, V1Reader.Flavors, cancellationToken);

    /// <summary>GET /flavors/detail.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Flavor>>> ListDetailAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListFlavorsWithDetails", HttpMethod.Get, V1Channel.ListPath("flavors/detail", query), null, V1Reader.Flavors, cancellationToken);

    /// <summary>GET /flavors/{id} (GetFlavorDetails).</summary>
    public Task<RackspaceResponse<V1Flavor>> GetAsync(int flavorId, CancellationToken cancellationToken) =>
        _channel.SendAsync("GetFlavorDetails", HttpMethod.Get, $"flavors/{V1Channel.Id(flavorId)}", null, V1Reader.Flavor, cancellationToken);
}
