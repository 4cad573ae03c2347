using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V2.Models;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 flavors: list, list with details, get.</summary>
public sealed class V2Flavors
{
    private readonly RackspaceTransport _transport;
    private readonly string? _region;

    internal V2Flavors(RackspaceTransport transport, string? region)
    {
        _transport = transport;
        _region = region;
    }

    /// <summary>GET /flavors.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V2Flavor>>> ListAsync(CancellationToken cancellationToken) =>
        ListCoreAsync("ListFlavors", "flavors", cancellationToken);

    /// <summary>GET /flavors/detail.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V2Flavor>>> ListDetailAsync(CancellationToken cancellationToken) =>
        ListCoreAsync("ListFlavorsWithDetails", "flavors/detail", cancellationToken);

    /// <summary>GET /flavors/{id}.</summary>
    public Task<RackspaceResponse<V2Flavor>> GetAsync(string flavorId, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest("GetFlavorDetails", HttpMethod.Get, $"flavors/{QueryString.Segment(flavorId)}", null, MediaTypes.Json, _region),
            text => V2Json.Read<V2FlavorEnvelope>(text, "GetFlavorDetails", e => e.Flavor, "flavor").Flavor!,
            cancellationToken);

    private Task<RackspaceResponse<IReadOnlyList<V2Flavor>>> ListCoreAsync(string operation, string path, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest(operation, HttpMethod.Get, path, null, MediaTypes.Json, _region),
            text => V2Json.Read<V2FlavorsEnvelope>(text, operation, e => e.Flavors, "flavors").Flavors!,
            cancellationToken);
}
