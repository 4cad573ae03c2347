using System.Text.Json.Nodes;
using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Http;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>v2 server metadata: list, replace all, merge, get one, set one, delete one.</summary>
public sealed class V2ServerMetadata
{
    private readonly RackspaceTransport _transport;
    private readonly string? _region;

    internal V2ServerMetadata(RackspaceTransport transport, string? region)
    {
        _transport = transport;
        _region = region;
    }

    /// <summary>GET /servers/{id}/metadata.</summary>
    public Task<RackspaceResponse<IReadOnlyDictionary<string, string>>> ListAsync(string serverId, CancellationToken cancellationToken) =>
        SendAllAsync("ListServerMetadata", HttpMethod.Get, serverId, null, cancellationToken);

    /// <summary>PUT /servers/{id}/metadata: replaces every item.</summary>
    public Task<RackspaceResponse<IReadOnlyDictionary<string, string>>> ReplaceAsync(
        string serverId, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        SendAllAsync("SetServerMetadata", HttpMethod.Put, serverId, metadata, cancellationToken);

    /// <summary>POST /servers/{id}/metadata: adds or changes the given items, keeps the others.</summary>
    public Task<RackspaceResponse<IReadOnlyDictionary<string, string>>> MergeAsync(
        string serverId, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        SendAllAsync("UpdateServerMetadata", HttpMethod.Post, serverId, metadata, cancellationToken);

    /// <summary>GET /servers/{id}/metadata/{key}: the item's value.</summary>
    public Task<RackspaceResponse<string>> GetAsync(string serverId, string key, CancellationToken cancellationToken) =>
        SendItemAsync("GetServerMetadataItem", HttpMethod.Get, serverId, key, null, cancellationToken);

    /// <summary>PUT /servers/{id}/metadata/{key}: sets one item.</summary>
    public Task<RackspaceResponse<string>> SetAsync(string serverId, string key, string value, CancellationToken cancellationToken) =>
        SendItemAsync("SetServerMetadataItem", HttpMethod.Put, serverId, key, value, cancellationToken);

    /// <summary>DELETE /servers/{id}/metadata/{key} (204).</summary>
    public Task<RackspaceResponse<NoBody>> DeleteAsync(string serverId, string key, CancellationToken cancellationToken) =>
        _transport.SendAsync(
            new RackspaceRequest("DeleteServerMetadataItem", HttpMethod.Delete, ItemPath(serverId, key), null, MediaTypes.Json, _region),
            _ => default(NoBody),
            cancellationToken);

    private Task<RackspaceResponse<IReadOnlyDictionary<string, string>>> SendAllAsync(
        string operation, HttpMethod method, string serverId, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var body = metadata is null ? null : V2Json.Body(new JsonObject { ["metadata"] = V2Json.Strings(metadata) });
        return _transport.SendAsync(
            new RackspaceRequest(operation, method, $"servers/{QueryString.Segment(serverId)}/metadata", body, MediaTypes.Json, _region),
            text => V2Json.Read<V2MetadataEnvelope>(text, operation, e => e.Metadata, "metadata").Metadata!,
            cancellationToken);
    }

    private Task<RackspaceResponse<string>> SendItemAsync(
        string operation, HttpMethod method, string serverId, string key, string? value, CancellationToken cancellationToken)
    {
        var body = value is null ? null : V2Json.Body(new JsonObject { ["meta"] = new JsonObject { [key] = value } });
        return _transport.SendAsync(
            new RackspaceRequest(operation, method, ItemPath(serverId, key), body, MediaTypes.Json, _region),
            text =>
            {
                var meta = V2Json.Read<V2MetaEnvelope>(text, operation, e => e.Meta, "meta").Meta!;
                return meta.TryGetValue(key, out var found) ? found : meta.Values.FirstOrDefault() ?? "";
            },
            cancellationToken);
    }

    private static string ItemPath(string serverId, string key) =>
        $"servers/{QueryString.Segment(serverId)}/metadata/{QueryString.Segment(key)}";
}
