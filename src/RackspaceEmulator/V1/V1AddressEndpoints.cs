using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 addresses: list all, public, private; share and unshare a public IP.</summary>
internal static class V1AddressEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/servers/{serverId}/ips", (HttpContext http, CloudModel model, string serverId) =>
        {
            var server = model.GetServer(http.Tenant(), serverId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["addresses"] = V1Views.AddressesJson(server) },
                () => V1Views.AddressesXml(server));
        }).Operation("ListServerAddresses");
        api.MapGet("/servers/{serverId}/ips/public", (HttpContext http, CloudModel model, string serverId) =>
        {
            var server = model.GetServer(http.Tenant(), serverId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["public"] = V1Views.AddressList(server.PublicAddresses) },
                () => V1Views.NetworkXml("public", server.PublicAddresses));
        }).Operation("ListPublicAddresses");
        api.MapGet("/servers/{serverId}/ips/private", (HttpContext http, CloudModel model, string serverId) =>
        {
            var server = model.GetServer(http.Tenant(), serverId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["private"] = V1Views.AddressList(server.PrivateAddresses) },
                () => V1Views.NetworkXml("private", server.PrivateAddresses));
        }).Operation("ListPrivateAddresses");
        api.MapPut("/servers/{serverId}/ips/public/{address}", ShareAsync).Operation("ShareServerAddress");
        api.MapDelete("/servers/{serverId}/ips/public/{address}", (HttpContext http, CloudModel model, string serverId, string address) =>
        {
            model.UnshareIp(http.Tenant(), serverId, address);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        }).Operation("DeleteServerAddress");
    }

    private static async Task<IResult> ShareAsync(HttpContext http, CloudModel model, string serverId, string address)
    {
        var body = await V1RequestBody.ReadAsync(http, "shareIp").ConfigureAwait(false);
        var group = body.RequiredInt("sharedIpGroupId");
        _ = body.Bool("configureServer");
        model.ShareIp(http.Tenant(), serverId, address, group);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }
}
