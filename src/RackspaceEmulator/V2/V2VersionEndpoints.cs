using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>GET /{region}/ lists the compute versions (the catalog's versionList); GET /{region}/v2/ describes v2 (versionInfo).</summary>
internal static class V2VersionEndpoints
{
    private const string Updated = "2011-01-21T11:33:21Z";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{region}", (HttpContext http, CloudModel model, string region) =>
            JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["versions"] = new JsonArray(Version(http, model, region)) }))
            .WithMetadata(new EmulatorOperation("ListVersions", ApiDialect.V2, Authenticated: false));
        endpoints.MapGet("/{region}/v2", (HttpContext http, CloudModel model, string region) =>
            JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["version"] = Version(http, model, region) }))
            .WithMetadata(new EmulatorOperation("GetVersion", ApiDialect.V2, Authenticated: false));
    }

    private static JsonObject Version(HttpContext http, CloudModel model, string region)
    {
        if (!model.HasRegion(region))
        {
            throw new CloudFaultException(CloudFault.ItemNotFound("The resource could not be found."));
        }

        return new JsonObject
        {
            ["id"] = "v2",
            ["status"] = "CURRENT",
            ["updated"] = Updated,
            ["links"] = new JsonArray(new JsonObject
            {
                ["rel"] = "self",
                ["href"] = $"{http.BaseUrl()}{region.ToLowerInvariant()}/v2/",
            }),
        };
    }
}
