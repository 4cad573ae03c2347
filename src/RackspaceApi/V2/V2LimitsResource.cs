using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V2.Models;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 limits: GET /limits.</summary>
public sealed class V2LimitsResource
{
    private readonly RackspaceTransport _transport;
    private readonly string? _region;

    internal V2LimitsResource(RackspaceTransport transport, string? region)
    {
        _transport = transport;
        _region = region;
    }

    /// <summary>GET /limits: rate and absolute limits.</summary>
    public Task<RackspaceResponse<V2Limits>> GetAsync(CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest("GetLimits", HttpMethod.Get, "limits", null, MediaTypes.Json, _region),
            text => V2Json.Read<V2LimitsEnvelope>(text, "GetLimits", e => e.Limits, "limits").Limits!,
            cancellationToken);
}
