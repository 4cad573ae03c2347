using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 images: list, list with details, get, create (a backup of a server), delete.</summary>
public sealed class V1Images
{
    private readonly V1Channel _channel;

    internal V1Images(V1Channel channel) => _channel = channel;

    /// <summary>GET /images (ListImages).</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Image>>> ListAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListImages", HttpMethod.Get, V1Channel.ListPath("images", query), null, V1Reader.Images, cancellationToken);

    /// <summary>GET /images/detail.</summary>
    public Task<RackspaceResponse<IReadOnlyList<V1Image>>> ListDetailAsync(V1ListQuery? query, CancellationToken cancellationToken) =>
        _channel.SendAsync("ListImagesWithDetails", HttpMethod.Get, V1Channel.ListPath("images/detail", query), null, V1Reader.Images, cancellationToken);

    /// <summary>GET /images/{id} (GetImageDetails).</summary>
    public Task<RackspaceResponse<V1Image>> GetAsync(int imageId, CancellationToken cancellationToken) =>
        _channel.SendAsync("GetImageDetails", HttpMethod.Get, $"images/{V1Channel.Id(imageId)}", null, V1Reader.Image, cancellationToken);

    /// <summary>POST /images {serverId, name} (CreateImage, 202): the new image starts SAVING.</summary>
    public Task<RackspaceResponse<V1Image>> CreateAsync(int serverId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _channel.SendAsync("CreateImage", HttpMethod.Post, "images", V1Documents.CreateImage(serverId, name), V1Reader.Image, cancellationToken);
    }

    /// <summary>DELETE /images/{id} (DeleteImage, 204).</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(int imageId, CancellationToken cancellationToken) =>
        _channel.SendAsync("DeleteImage", HttpMethod.Delete, $"images/{V1Channel.Id(imageId)}", null, cancellationToken);
}
