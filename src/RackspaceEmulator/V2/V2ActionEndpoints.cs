using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>POST /servers/{id}/action: reboot, rebuild, resize, confirmResize, revertResize, changePassword, createImage.</summary>
internal static class V2ActionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/servers/{serverId}/action", ActAsync).Operation("ServerAction");
    }

    private static async Task<IResult> ActAsync(HttpContext http, CloudModel model, string serverId)
    {
        var tenant = http.Tenant();
        var body = await JsonBody.ReadAsync(http).ConfigureAwait(false);
        if (body.Count != 1)
        {
            throw JsonBody.Invalid("action", "exactly one action is required");
        }

        var (action, value) = body.First();
        var args = value as JsonObject ?? [];
        switch (action)
        {
            case "reboot":
                var type = JsonBody.RequiredString(args, "type", "reboot.type");
                if (type is not ("SOFT" or "HARD"))
                {
                    throw JsonBody.Invalid("reboot.type", "SOFT or HARD is required");
                }

                model.Reboot(tenant, serverId, hard: type == "HARD");
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "rebuild":
                var (rebuilt, adminPass) = model.Rebuild(
                    tenant,
                    serverId,
                    JsonBody.RequiredString(args, "imageRef", "rebuild.imageRef"),
                    JsonBody.OptionalString(args, "name", "rebuild.name"),
                    JsonBody.OptionalString(args, "adminPass", "rebuild.adminPass"),
                    JsonBody.OptionalMetadata(args, "metadata", "rebuild.metadata"),
                    JsonBody.OptionalPersonality(args, "personality", "rebuild.personality"));
                var server = V2Views.Server(rebuilt, V2Links.Of(http, tenant));
                server["adminPass"] = adminPass;
                return JsonReply.Result(StatusCodes.Status202Accepted, new JsonObject { ["server"] = server });
            case "resize":
                model.Resize(tenant, serverId, JsonBody.RequiredString(args, "flavorRef", "resize.flavorRef"));
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "confirmResize":
                model.ConfirmResize(tenant, serverId);
                return Results.StatusCode(StatusCodes.Status204NoContent);
            case "revertResize":
                model.RevertResize(tenant, serverId);
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "changePassword":
                model.ChangePassword(tenant, serverId, JsonBody.RequiredString(args, "adminPass", "changePassword.adminPass"));
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "createImage":
                var name = JsonBody.RequiredString(args, "name", "createImage.name");
                var image = model.CreateImage(tenant, serverId, name, JsonBody.OptionalMetadata(args, "metadata", "createImage.metadata"));
                http.Response.Headers.Location = V2Links.Of(http, tenant).Self("images", image.Id);
                return Results.StatusCode(StatusCodes.Status202Accepted);
            default:
                throw JsonBody.Invalid("action", $"{action} is not one of reboot, rebuild, resize, confirmResize, revertResize, changePassword, createImage");
        }
    }
}
