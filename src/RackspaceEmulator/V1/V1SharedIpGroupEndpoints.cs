using System.Globalization;
using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 shared IP groups: list, list with details, create (201), get, delete (204).</summary>
internal static class V1SharedIpGroupEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/shared_ip_groups", (HttpContext http, CloudModel model) => List(http, model, detail: false)).Operation("ListSharedIPGroups");
        api.MapGet("/shared_ip_groups/detail", (HttpContext http, CloudModel model) => List(http, model, detail: true)).Operation("ListSharedIPGroupsWithDetails");
        api.MapPost("/shared_ip_groups", CreateAsync).Operation("CreateSharedIPGroup");
        api.MapGet("/shared_ip_groups/{groupId}", (HttpContext http, CloudModel model, string groupId) =>
        {
            var group = model.GetSharedIpGroup(http.Tenant(), ParseId(groupId));
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject { ["sharedIpGroup"] = V1Views.GroupJson(group, detail: true) },
                () => V1Views.GroupXml(group, detail: true));
        }).Operation("GetSharedIPGroupDetails");
        api.MapDelete("/shared_ip_groups/{groupId}", (HttpContext http, CloudModel model, string groupId) =>
        {
            model.DeleteSharedIpGroup(http.Tenant(), ParseId(groupId));
            return Results.StatusCode(StatusCodes.Status204NoContent);
        }).Operation("DeleteSharedIPGroup");
    }

    private static IResult List(HttpContext http, CloudModel model, bool detail)
    {
        var page = V1Query.Page(http, model.ListSharedIpGroups(http.Tenant()));
        return V1Reply.Result(
            http,
            StatusCodes.Status200OK,
            () => V1Views.List("sharedIpGroups", page.Select(g => V1Views.GroupJson(g, detail))),
            () => V1Views.ListXml("sharedIpGroups", page.Select(g => V1Views.GroupXml(g, detail))));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CloudModel model)
    {
        var body = await V1RequestBody.ReadAsync(http, "sharedIpGroup").ConfigureAwait(false);
        var name = body.RequiredString("name");
        if (name.Length > 255)
        {
            throw JsonBody.Invalid("sharedIpGroup.name", "at most 255 characters are allowed");
        }

        var group = model.CreateSharedIpGroup(http.Tenant(), name, body.ServerReference());
        return V1Reply.Result(
            http,
            StatusCodes.Status201Created,
            () => new JsonObject { ["sharedIpGroup"] = V1Views.GroupJson(group, detail: true) },
            () => V1Views.GroupXml(group, detail: true));
    }

    private static int ParseId(string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CloudFaultException(CloudFault.ItemNotFound("The shared IP group could not be found"));
}
