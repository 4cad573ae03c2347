using System.Text.Json.Nodes;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 server actions (POST /servers/{id}/action): reboot, rebuild, resize, confirm and revert, change password, create image.</summary>
public sealed class V2ServerActions
{
    private readonly RackspaceTransport _transport;
    private readonly string? _region;

    internal V2ServerActions(RackspaceTransport transport, string? region)
    {
        _transport = transport;
        _region = region;
    }

    /// <summary>reboot {type: SOFT|HARD} (202).</summary>
    public Task<RackspaceResponse<NoBody>> RebootAsync(string serverId, RebootKind kind, CancellationToken cancellationToken) =>
        ActionAsync("RebootServer", serverId, "reboot", new JsonObject { ["type"] = kind == RebootKind.Hard ? "HARD" : "SOFT" }, cancellationToken);

    /// <summary>rebuild {imageRef, name?, adminPass?, metadata?} (202); the server keeps its id and addresses.</summary>
    public Task<RackspaceResponse<NoBody>> RebuildAsync(
        string serverId, string imageRef, string? name, string? adminPass, IReadOnlyDictionary<string, string>? metadata,
        CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["imageRef"] = imageRef };
        if (name is not null)
        {
            body["name"] = name;
        }

        if (adminPass is not null)
        {
            body["adminPass"] = adminPass;
        }

        if (metadata is not null)
        {
            body["metadata"] = V2Json.Strings(metadata);
        }

        return ActionAsync("RebuildServer", serverId, "rebuild", body, cancellationToken);
    }

    /// <summary>resize {flavorRef} (202): QUEUE_RESIZE, PREP_RESIZE, RESIZE, then VERIFY_RESIZE.</summary>
    public Task<RackspaceResponse<NoBody>> ResizeAsync(string serverId, string flavorRef, CancellationToken cancellationToken) =>
        ActionAsync("ResizeServer", serverId, "resize", new JsonObject { ["flavorRef"] = flavorRef }, cancellationToken);

    /// <summary>confirmResize (204).</summary>
    public Task<RackspaceResponse<NoBody>> ConfirmResizeAsync(string serverId, CancellationToken cancellationToken) =>
        ActionAsync("ConfirmResizedServer", serverId, "confirmResize", null, cancellationToken);

    /// <summary>revertResize (202).</summary>
    public Task<RackspaceResponse<NoBody>> RevertResizeAsync(string serverId, CancellationToken cancellationToken) =>
        ActionAsync("RevertResizedServer", serverId, "revertResize", null, cancellationToken);

    /// <summary>changePassword {adminPass} (202). The password is sent to the cloud only, never logged.</summary>
    public Task<RackspaceResponse<NoBody>> ChangePasswordAsync(string serverId, string adminPass, CancellationToken cancellationToken) =>
        ActionAsync("ChangePassword", serverId, "changePassword", new JsonObject { ["adminPass"] = adminPass }, cancellationToken);

    /// <summary>createImage {name, metadata?} (202); returns the new image's id, taken from the Location header.</summary>
    public async Task<RackspaceResponse<string?>> CreateImageAsync(
        string serverId, string name, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["name"] = name };
        if (metadata is not null)
        {
            body["metadata"] = V2Json.Strings(metadata);
        }

        var response = await ActionAsync("CreateImage", serverId, "createImage", body, cancellationToken).ConfigureAwait(false);
        var imageId = response.Location?.Segments.LastOrDefault()?.TrimEnd('/');
        return new RackspaceResponse<string?>(imageId, response.EventType, response.StatusCode, response.RawBody, response.LastModified, response.Location);
    }

    private Task<RackspaceResponse<NoBody>> ActionAsync(
        string operation, string serverId, string action, JsonNode? arguments, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest(
                operation,
                HttpMethod.Post,
                $"servers/{QueryString.Segment(serverId)}/action",
                V2Json.Body(new JsonObject { [action] = arguments }),
                MediaTypes.Json,
                _region),
            _ => default(NoBody),
            cancellationToken);
}
