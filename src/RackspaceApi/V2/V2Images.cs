using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.V2.Models;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 images: list, list with details, get, delete (create is a server action).</summary>
public sealed class V2Images
{
    private readonly RackspaceTransport _transport;
    private readonly string? _region;

    internal V2Images(RackspaceTransport transport, string? region)
    {
        _transport = transport;
        _region = region;
    }

    /// <summary>GET /images.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V2Image>>> ListAsync(CancellationToken cancellationToken) =>
        ListCoreAsync("ListImages", "images", cancellationToken);

    /// <summary>GET /images/detail.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V2Image>>> ListDetailAsync(CancellationToken cancellationToken) =>
        ListCoreAsync("ListImagesWithDetails", "images/detail", cancellationToken);

    /// <summary>GET /images/{id}.</summary>
    public Task<RackspaceResponse<V2Image>> GetAsync(string imageId, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest("GetImageDetails", HttpMethod.Get, $"images/{QueryString.Segment(imageId)}", null, MediaTypes.Json, _region),
            text => V2Json.Read<V2ImageEnvelope>(text, "GetImageDetails", e => e.Image, "image").Image!,
            cancellationToken);

    /// <summary>DELETE /images/{id} (204).</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(string imageId, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest("DeleteImage", HttpMethod.Delete, $"images/{QueryString.Segment(imageId)}", null, MediaTypes.Json, _region),
            _ => default(NoBody),
            cancellationToken);

    private Task<RackspaceResponse<IReadOnlyList<V2Image>>> ListCoreAsync(string operation, string path, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest(operation, HttpMethod.Get, path, null, MediaTypes.Json, _region),
            text => V2Json.Read<V2ImagesEnvelope>(text, operation, e => e.Images, "images").Images!,
            cancellationToken);
}
