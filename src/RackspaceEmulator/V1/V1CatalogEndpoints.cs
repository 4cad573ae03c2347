using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 flavors and images: list, list with details, get; image create (from a server) and delete.</summary>
internal static class V1CatalogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/flavors", (HttpContext http, CloudModel model) => Flavors(http, model, detail: false)).Operation("ListFlavors");
        api.MapGet("/flavors/detail", (HttpContext http, CloudModel model) => Flavors(http, model, detail: true)).Operation("ListFlavorsWithDetails");
        api.MapGet("/flavors/{flavorId}", (HttpContext http, CloudModel model, string flavorId) =>
        {
            var flavor = model.GetFlavor(http.Tenant(), flavorId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["flavor"] = V1Views.FlavorJson(flavor, detail: true) },
                () => V1Views.FlavorXml(flavor, detail: true));
        }).Operation("GetFlavorDetails");
        api.MapGet("/images", (HttpContext http, CloudModel model) => Images(http, model, detail: false)).Operation("ListImages");
        api.MapGet("/images/detail", (HttpContext http, CloudModel model) => Images(http, model, detail: true)).Operation("ListImagesWithDetails");
        api.MapGet("/images/{imageId}", (HttpContext http, CloudModel model, string imageId) =>
        {
            var image = model.GetImage(http.Tenant(), imageId);
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["image"] = V1Views.ImageJson(image, detail: true) },
                () => V1Views.ImageXml(image, detail: true),
                image.Updated);
        }).Operation("GetImageDetails");
        api.MapPost("/images", CreateImageAsync).Operation("CreateImage");
        api.MapDelete("/images/{imageId}", (HttpContext http, CloudModel model, string imageId) =>
        {
            model.DeleteImage(http.Tenant(), imageId);
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }).Operation("DeleteImage");
    }

    private static IResult Flavors(HttpContext http, CloudModel model, bool detail)
    {
        var page = V1Query.Page(http, model.ListFlavors(http.Tenant()));
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => V1Views.List("flavors", page.Select(f => V1Views.FlavorJson(f, detail))),
            () => V1Views.ListXml("flavors", page.Select(f => V1Views.FlavorXml(f, detail))));
    }

    private static IResult Images(HttpContext http, CloudModel model, bool detail)
    {
        var since = V1Query.ChangesSince(http);
        var images = model.ListImages(http.Tenant(), since);
        if (since is not null && images.Count == 0)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var page = V1Query.Page(http, images);
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => V1Views.List("images", page.Select(i => V1Views.ImageJson(i, detail))),
            () => V1Views.ListXml("images", page.Select(i => V1Views.ImageXml(i, detail))),
            images.Count > 0 ? images.Max(i => i.Updated) : null);
    }

    private static async Task<IResult> CreateImageAsync(HttpContext http, CloudModel model)
    {
        var body = await V1RequestBody.ReadAsync(http, "image").ConfigureAwait(false);
        var name = body.RequiredString("name");
        if (name.Length > 255)
        {
            throw JsonBody.Invalid("image.name", "at most 255 characters are allowed");
        }

        var serverId = body.RequiredInt("serverId");
        var image = model.CreateImage(http.Tenant(), serverId.ToString(System.Globalization.CultureInfo.InvariantCulture), name, metadata: null);
        return V1Reply.Result(
            http,
            StatusCodes.Status202Accepted,
            () => new JsonObject { ["image"] = V1Views.ImageJson(image, detail: true) },
            () => V1Views.ImageXml(image, detail: true));
    }
}
