using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 servers: list, list with details, create, get, update name/password, delete.</summary>
internal static class V1ServerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/servers", (HttpContext http, CloudModel model) => List(http, model, detail: false)).Operation("ListServers");
        api.MapGet("/servers/detail", (HttpContext http, CloudModel model) => List(http, model, detail: true)).Operation("ListServersWithDetails");
        api.MapPost("/servers", CreateAsync).Operation("CreateServer");
        api.MapGet("/servers/{serverId}", Get).Operation("GetServerDetails");
        api.MapPut("/servers/{serverId}", UpdateAsync).Operation("UpdateServer");
        api.MapDelete("/servers/{serverId}", Delete).Operation("DeleteServer");
    }

    private static IResult List(HttpContext http, CloudModel model, bool detail)
    {
        var since = V1Query.ChangesSince(http);
        var servers = model.ListServers(http.Tenant(), since);
        if (since is not null && servers.Count == 0)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var page = V1Query.Page(http, servers);
        var lastModified = servers.Count > 0 ? servers.Max(s => s.Updated) : (DateTimeOffset?)null;
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => V1Views.List("servers", page.Select(s => V1Views.ServerJson(s, detail))),
            () => V1Views.ListXml("servers", page.Select(s => V1Views.ServerXml(s, detail))),
            lastModified);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CloudModel model)
    {
        var body = await V1RequestBody.ReadAsync(http, "server").ConfigureAwait(false);
        var name = body.RequiredString("name");
        if (name.Length > 255)
        {
            throw JsonBody.Invalid("server.name", "at most 255 characters are allowed");
        }

        var command = new CreateServerCommand(
            name,
            body.RequiredInt("imageId").ToString(System.Globalization.CultureInfo.InvariantCulture),
            body.RequiredInt("flavorId").ToString(System.Globalization.CultureInfo.InvariantCulture),
            body.Metadata() ?? [],
            body.Personality() ?? [])
        {
            SharedIpGroupId = body.Int("sharedIpGroupId"),
        };
        var (server, adminPass) = model.CreateServer(http.Tenant(), command);
        return V1Reply.Result(
            http,
            StatusCodes.Status202Accepted,
            () => new System.Text.Json.Nodes.JsonObject { ["server"] = V1Views.ServerJson(server, detail: true, adminPass) },
            () => V1Views.ServerXml(server, detail: true, adminPass));
    }

    private static IResult Get(HttpContext http, CloudModel model, string serverId)
    {
        var server = model.GetServer(http.Tenant(), serverId);
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => new System.Text.Json.Nodes.JsonObject { ["server"] = V1Views.ServerJson(server, detail: true) },
            () => V1Views.ServerXml(server, detail: true),
            server.Updated);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, CloudModel model, string serverId)
    {
        var body = await V1RequestBody.ReadAsync(http, "server").ConfigureAwait(false);
        var name = body.String("name");
        var adminPass = body.String("adminPass");
        if (name is null && adminPass is null)
        {
            throw JsonBody.Invalid("server", "name or adminPass is required");
        }

        if (name is not null && name.Length is 0 or > 255)
        {
            throw JsonBody.Invalid("server.name", "1 to 255 characters are required");
        }

        if (adminPass is not null && adminPass.Length < 1)
        {
            throw JsonBody.Invalid("server.adminPass", "a value is required");
        }

        model.UpdateServer(http.Tenant(), serverId, name, adminPass);
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }

    private static IResult Delete(HttpContext http, CloudModel model, string serverId)
    {
        model.DeleteServer(http.Tenant(), serverId);
        return Results.StatusCode(model.Options.V1DeleteServerStatusCode);
    }
}
