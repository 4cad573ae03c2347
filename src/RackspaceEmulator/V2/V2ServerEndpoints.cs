using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>v2 servers: create, list (filters, marker paging), detail, get, update, delete.</summary>
internal static class V2ServerEndpoints
{
    private const int MaxPageSize = 1000;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/servers", CreateAsync).Operation("CreateServer");
        api.MapGet("/servers", (HttpContext http, CloudModel model) => List(http, model, detail: false)).Operation("ListServers");
        api.MapGet("/servers/detail", (HttpContext http, CloudModel model) => List(http, model, detail: true)).Operation("ListServersWithDetails");
        api.MapGet("/servers/{serverId}", Get).Operation("GetServer");
        api.MapPut("/servers/{serverId}", UpdateAsync).Operation("UpdateServer");
        api.MapDelete("/servers/{serverId}", Delete).Operation("DeleteServer");
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CloudModel model)
    {
        var tenant = http.Tenant();
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        var server = JsonBody.RequiredObject(body, "server", "server");
        var name = JsonBody.RequiredString(server, "name", "server.name");
        if (name.Length > 255)
        {
            throw JsonBody.Invalid("server.name", "at most 255 characters are allowed");
        }

        var userData = JsonBody.OptionalString(server, "user_data", "server.user_data");
        if (userData is not null && (userData.Length > 65_535 || !IsBase64(userData)))
        {
            throw JsonBody.Invalid("server.user_data", "base64 of at most 64 KB is required");
        }

        var diskConfig = JsonBody.OptionalString(server, "OS-DCF:diskConfig", "server.OS-DCF:diskConfig");
        if (diskConfig is not null and not ("AUTO" or "MANUAL"))
        {
            throw JsonBody.Invalid("server.OS-DCF:diskConfig", "AUTO or MANUAL is required");
        }

        if (server["networks"] is { } networks && (networks is not JsonArray list || list.Any(n => n is not JsonObject o || o["uuid"] is null)))
        {
            throw JsonBody.Invalid("server.networks", "an array of {\"uuid\": ...} is required");
        }

        var command = new CreateServerCommand(
            name,
            JsonBody.RequiredString(server, "imageRef", "server.imageRef"),
            JsonBody.RequiredString(server, "flavorRef", "server.flavorRef"),
            JsonBody.OptionalMetadata(server, "metadata", "server.metadata") ?? [],
            JsonBody.OptionalPersonality(server, "personality", "server.personality") ?? [])
        {
            UserData = userData,
            ConfigDrive = JsonBody.OptionalBool(server, "config_drive", "server.config_drive"),
            DiskConfig = diskConfig,
        };
        var (created, adminPass) = model.CreateServer(tenant, command);
        var links = V2Links.Of(http, tenant);
        http.Response.Headers.Location = links.Self("servers", created.Id);
        return JsonReply.Result(StatusCodes.Status202Accepted, new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["id"] = created.Id,
                ["links"] = V2Views.Links(links, "servers", created.Id),
                ["adminPass"] = adminPass,
                ["OS-DCF:diskConfig"] = diskConfig ?? "AUTO",
            },
        });
    }

    private static IResult List(HttpContext http, CloudModel model, bool detail)
    {
        var tenant = http.Tenant();
        var query = http.Request.Query;
        var changesSince = ParseChangesSince(query["changes-since"]);
        IEnumerable<ServerSnapshot> servers = model.ListServers(tenant, changesSince);
        if (query["name"].ToString() is { Length: > 0 } name)
        {
            var pattern = SafeRegex(name, "name");
            servers = servers.Where(s => pattern.IsMatch(s.Name));
        }

        if (query["status"].ToString() is { Length: > 0 } status)
        {
            servers = servers.Where(s => string.Equals(V2Views.Status(s.Status), status, StringComparison.OrdinalIgnoreCase));
        }

        if (query["image"].ToString() is { Length: > 0 } image)
        {
            servers = servers.Where(s => string.Equals(s.ImageId, LastSegment(image), StringComparison.OrdinalIgnoreCase));
        }

        if (query["flavor"].ToString() is { Length: > 0 } flavor)
        {
            servers = servers.Where(s => s.FlavorId == LastSegment(flavor));
        }

        var all = servers.ToList();
        var page = V2Paging.Apply(http, all, s => s.Id, MaxPageSize, out var nextLink);
        var links = V2Links.Of(http, tenant);
        var array = new JsonArray([.. page.Select(s => (JsonNode)(detail ? V2Views.Server(s, links) : V2Views.ServerSummary(s, links)))]);
        var result = new JsonObject { ["servers"] = array };
        if (nextLink is not null)
        {
            result["servers_links"] = new JsonArray(new JsonObject
            {
                ["href"] = $"{links.PublicUrl}/servers{(detail ? "/detail" : string.Empty)}?{nextLink}",
                ["rel"] = "next",
            });
        }

        return JsonReply.Result(StatusCodes.Status200OK, result);
    }

    private static IResult Get(HttpContext http, CloudModel model, string serverId)
    {
        var tenant = http.Tenant();
        var server = model.GetServer(tenant, serverId);
        return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["server"] = V2Views.Server(server, V2Links.Of(http, tenant)) });
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, CloudModel model, string serverId)
    {
        var tenant = http.Tenant();
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        var server = JsonBody.RequiredObject(body, "server", "server");
        var name = JsonBody.OptionalString(server, "name", "server.name");
        if (name is not null && (name.Length is 0 or > 255))
        {
            throw JsonBody.Invalid("server.name", "1 to 255 characters are required");
        }

        var updated = model.UpdateServer(tenant, serverId, name, adminPass: null);
        return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["server"] = V2Views.Server(updated, V2Links.Of(http, tenant)) });
    }

    private static IResult Delete(HttpContext http, CloudModel model, string serverId)
    {
        model.DeleteServer(http.Tenant(), serverId);
        return Results.StatusCode(StatusCodes.Status204NoContent);
    }

    internal static DateTimeOffset? ParseChangesSince(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            ? since
            : throw new CloudFaultException(CloudFault.BadRequest($"Invalid changes-since value: {value} is not an ISO 8601 time."));
    }

    private static Regex SafeRegex(string pattern, string field)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            throw new CloudFaultException(CloudFault.BadRequest($"Invalid {field} filter: not a valid regular expression."));
        }
    }

    private static bool IsBase64(string value) => Convert.TryFromBase64String(value, new byte[(value.Length * 3 / 4) + 3], out _);

    private static string LastSegment(string reference) => reference[(reference.LastIndexOf('/') + 1)..];
}
