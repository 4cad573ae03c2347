using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>v2 flavors and images: list, detail, get; image delete.</summary>
internal static class V2CatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/flavors", (HttpContext http, CloudModel model) => Flavors(http, model, detail: false)).Operation("ListFlavors");
        api.MapGet("/flavors/detail", (HttpContext http, CloudModel model) => Flavors(http, model, detail: true)).Operation("ListFlavorsWithDetails");
        api.MapGet("/flavors/{flavorId}", (HttpContext http, CloudModel model, string flavorId) =>
        {
            var tenant = http.Tenant();
            var flavor = model.GetFlavor(tenant, flavorId);
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["flavor"] = Flavor(flavor, V2Links.Of(http, tenant), detail: true) });
        }).Operation("GetFlavor");
        api.MapGet("/images", (HttpContext http, CloudModel model) => Images(http, model, detail: false)).Operation("ListImages");
        api.MapGet("/images/detail", (HttpContext http, CloudModel model) => Images(http, model, detail: true)).Operation("ListImagesWithDetails");
        api.MapGet("/images/{imageId}", (HttpContext http, CloudModel model, string imageId) =>
        {
            var tenant = http.Tenant();
            var image = model.GetImage(tenant, imageId);
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["image"] = Image(image, V2Links.Of(http, tenant), detail: true) });
        }).Operation("GetImage");
        api.MapDelete("/images/{imageId}", (HttpContext http, CloudModel model, string imageId) =>
        {
            model.DeleteImage(http.Tenant(), imageId);
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }).Operation("DeleteImage");
    }

    private static IResult Flavors(HttpContext http, CloudModel model, bool detail)
    {
        var tenant = http.Tenant();
        var links = V2Links.Of(http, tenant);
        var page = V2Paging.Apply(http, model.ListFlavors(tenant), f => f.Id, 1000, out var next);
        var result = new JsonObject { ["flavors"] = new JsonArray([.. page.Select(f => (JsonNode)Flavor(f, links, detail))]) };
        AddNext(result, "flavors", links, detail, next);
        return JsonReply.Result(StatusCodes.Status200OK, result);
    }

    private static IResult Images(HttpContext http, CloudModel model, bool detail)
    {
        var tenant = http.Tenant();
        var links = V2Links.Of(http, tenant);
        IEnumerable<ImageSnapshot> images = model.ListImages(tenant, V2ServerEndpoints.ParseChangesSince(http.Request.Query["changes-since"]));
        if (http.Request.Query["name"].ToString() is { Length: > 0 } name)
        {
            images = images.Where(i => i.Name == name);
        }

        if (http.Request.Query["status"].ToString() is { Length: > 0 } status)
        {
            images = images.Where(i => string.Equals(i.Status, status, StringComparison.OrdinalIgnoreCase));
        }

        if (http.Request.Query["server"].ToString() is { Length: > 0 } server)
        {
            images = images.Where(i => i.ServerId is not null && server.EndsWith(i.ServerId, StringComparison.OrdinalIgnoreCase));
        }

        var page = V2Paging.Apply(http, images.ToList(), i => i.Id, 1000, out var next);
        var result = new JsonObject { ["images"] = new JsonArray([.. page.Select(i => (JsonNode)Image(i, links, detail))]) };
        AddNext(result, "images", links, detail, next);
        return JsonReply.Result(StatusCodes.Status200OK, result);
    }

    internal static JsonObject Flavor(FlavorRecord flavor, V2Links links, bool detail)
    {
        var result = new JsonObject
        {
            ["id"] = flavor.Id,
            ["name"] = flavor.Name,
            ["links"] = V2Views.Links(links, "flavors", flavor.Id),
        };
        if (detail)
        {
            result["ram"] = flavor.Ram;
            result["disk"] = flavor.Disk;
            result["vcpus"] = flavor.Vcpus;
            result["swap"] = string.Empty;
            result["rxtx_factor"] = 1.0;
            result["OS-FLV-EXT-DATA:ephemeral"] = 0;
        }

        return result;
    }

    internal static JsonObject Image(ImageSnapshot image, V2Links links, bool detail)
    {
        var result = new JsonObject
        {
            ["id"] = image.Id,
            ["name"] = image.Name,
            ["links"] = V2Views.Links(links, "images", image.Id),
        };
        if (detail)
        {
            result["status"] = image.Status;
            result["progress"] = image.Progress;
            result["created"] = V2Views.Time(image.Created);
            result["updated"] = V2Views.Time(image.Updated);
            result["minDisk"] = image.MinDisk;
            result["minRam"] = image.MinRam;
            result["metadata"] = V2Views.Metadata(image.Metadata);
            result["OS-DCF:diskConfig"] = "AUTO";
            if (image.ServerId is not null)
            {
                result["server"] = V2Views.Reference(links, "servers", image.ServerId);
            }
        }

        return result;
    }

    private static void AddNext(JsonObject result, string collection, V2Links links, bool detail, string? next)
    {
        if (next is not null)
        {
            result[$"{collection}_links"] = new JsonArray(new JsonObject
            {
                ["href"] = $"{links.PublicUrl}/{collection}{(detail ? "/detail" : string.Empty)}?{next}",
                ["rel"] = "next",
            });
        }
    }
}
