using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>v1.0 server actions (POST /servers/{id}/action): reboot, rebuild, resize, confirm and revert a resize.</summary>
public sealed class V1ServerActions
{
    private readonly V1Channel _channel;

    internal V1ServerActions(V1Channel channel) => _channel = channel;

    /// <summary>reboot {type SOFT|HARD} (RebootServer, 202).</summary>
    public Task<RackspaceResponse<NoBody>> RebootAsync(int serverId, RebootKind kind, CancellationToken cancellationToken) =>
        ActionAsync("RebootServer", serverId, V1Documents.Reboot(kind), cancellationToken);

    /// <summary>rebuild {imageId} (RebuildServer, 202).</summary>
    public Task<RackspaceResponse<NoBody>> RebuildAsync(int serverId, int imageId, CancellationToken cancellationToken) =>
        ActionAsync("RebuildServer", serverId, V1Documents.Rebuild(imageId), cancellationToken);

    /// <summary>resize {flavorId} (ResizeServer, 202): QUEUE_RESIZE, PREP_RESIZE, RESIZE, then VERIFY_RESIZE.</summary>
    public Task<RackspaceResponse<NoBody>> ResizeAsync(int serverId, int flavorId, CancellationToken cancellationToken) =>
        ActionAsync("ResizeServer", serverId, V1Documents.Resize(flavorId), cancellationToken);

    /// <summary>confirmResize (ConfirmResizedServer, 204).</summary>
    public Task<RackspaceResponse<NoBody>> ConfirmResizeAsync(int serverId, CancellationToken cancellationToken) =>
        ActionAsync("ConfirmResizedServer", serverId, V1Documents.ConfirmResize(), cancellationToken);

    /// <summary>revertResize (RevertResizedServer, 202).</summary>
    public Task<RackspaceResponse<NoBody>> RevertResizeAsync(int serverId, CancellationToken cancellationToken) =>
        ActionAsync("RevertResizedServer", serverId, V1Documents.RevertResize(), cancellationToken);

    private Task<RackspaceResponse<NoBody>> ActionAsync(string operation, int serverId, V1Document document, CancellationToken cancellationToken) =>
        _channel.SendAsync(operation, HttpMethod.Post, $"servers/{V1Channel.Id(serverId)}/action", document, cancellationToken);
}
