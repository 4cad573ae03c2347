using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>GET / lists the API versions; GET /v1.0/ (without credentials) describes v1.0.</summary>
internal static class V1VersionEndpoints
{
    private const string Updated = "2011-01-21T11:33:21-06:00";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ListVersions).WithMetadata(new EmulatorOperation("ListVersions", ApiDialect.V1, Authenticated: false));
    }

    public static IResult ListVersions(HttpContext http) => V1Reply.Result(
        http,
        StatusCodes.Status200OK,
        () => new JsonObject
        {
            ["versions"] = new JsonArray(new JsonObject { ["id"] = "v1.0", ["status"] = "CURRENT", ["updated"] = Updated }),
        },
        () => new XElement(V1Xml.Ns + "versions",
            new XElement(V1Xml.Ns + "version", new XAttribute("id", "v1.0"), new XAttribute("status", "CURRENT"), new XAttribute("updated", Updated))));

    public static IResult VersionDetails(HttpContext http)
    {
        var self = $"{http.BaseUrl()}v1.0/";
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => new JsonObject
            {
                ["version"] = new JsonObject
                {
                    ["id"] = "v1.0",
                    ["status"] = "CURRENT",
                    ["updated"] = Updated,
                    ["links"] = new JsonArray(new JsonObject { ["rel"] = "self", ["href"] = self }),
                    ["media-types"] = new JsonArray(
                        new JsonObject { ["base"] = "application/xml", ["type"] = "application/vnd.rackspace.cloudservers+xml;version=1.0" },
                        new JsonObject { ["base"] = "application/json", ["type"] = "application/vnd.rackspace.cloudservers+json;version=1.0" }),
                },
            },
            () => new XElement(V1Xml.Ns + "version",
                new XAttribute("id", "v1.0"),
                new XAttribute("status", "CURRENT"),
                new XAttribute("updated", Updated),
                new XElement(V1Xml.Ns + "link", new XAttribute("rel", "self"), new XAttribute("href", self))));
    }
}
