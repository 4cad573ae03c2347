using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>Server metadata: GET/PUT (replace)/POST (merge) /metadata; GET/PUT/DELETE /metadata/{key}.</summary>
internal static class V2MetadataEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/servers/{serverId}/metadata", (HttpContext http, CloudModel model, string serverId) =>
            Metadata(model.GetMetadata(http.Tenant(), serverId))).Operation("ListServerMetadata");
        api.MapPut("/servers/{serverId}/metadata", (HttpContext http, CloudModel model, string serverId) =>
            SetAsync(http, model, serverId, merge: false)).Operation("SetServerMetadata");
        api.MapPost("/servers/{serverId}/metadata", (HttpContext http, CloudModel model, string serverId) =>
            SetAsync(http, model, serverId, merge: true)).Operation("UpdateServerMetadata");
        api.MapGet("/servers/{serverId}/metadata/{key}", (HttpContext http, CloudModel model, string serverId, string key) =>
        {
            var value = model.GetMetadataItem(http.Tenant(), serverId, key);
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["meta"] = new JsonObject { [key] = value } });
        }).Operation("GetServerMetadataItem");
        api.MapPut("/servers/{serverId}/metadata/{key}", SetItemAsync).Operation("SetServerMetadataItem");
        api.MapDelete("/servers/{serverId}/metadata/{key}", (HttpContext http, CloudModel model, string serverId, string key) =>
        {
            model.DeleteMetadataItem(http.Tenant(), serverId, key);
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }).Operation("DeleteServerMetadataItem");
    }

    private static async Task<IResult> SetAsync(HttpContext http, CloudModel model, string serverId, bool merge)
    {
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        var metadata = JsonBody.OptionalMetadata(body, "metadata", "metadata") ?? throw JsonBody.Invalid("metadata", "an object is required");
        return Metadata(model.SetMetadata(http.Tenant(), serverId, metadata, merge));
    }

    private static async Task<IResult> SetItemAsync(HttpContext http, CloudModel model, string serverId, string key)
    {
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        var meta = JsonBody.OptionalMetadata(body, "meta", "meta") ?? throw JsonBody.Invalid("meta", "an object is required");
        if (meta.Count != 1 || !meta.TryGetValue(key, out var value))
        {
            throw JsonBody.Invalid("meta", $"exactly one item, whose key matches the URI ({key}), is required");
        }

        model.SetMetadataItem(http.Tenant(), serverId, key, value);
        return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["meta"] = new JsonObject { [key] = value } });
    }

    private static IResult Metadata(IReadOnlyDictionary<string, string> metadata) =>
        JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["metadata"] = V2Views.Metadata(metadata) });
}
