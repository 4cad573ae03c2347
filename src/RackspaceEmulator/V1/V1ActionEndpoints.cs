using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>POST /servers/{id}/action: reboot, rebuild, resize, confirmResize, revertResize.</summary>
internal static class V1ActionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/servers/{serverId}/action", ActAsync).Operation("ServerAction");
    }

    private static async Task<IResult> ActAsync(HttpContext http, CloudModel model, string serverId)
    {
        var body = await V1RequestBody.ReadAsync(http, expected: null).ConfigureAwait(false);
        var tenant = http.Tenant();
        switch (body.Name)
        {
            case "reboot":
                var type = body.RequiredString("type");
                if (type is not ("SOFT" or "HARD"))
                {
                    throw JsonBody.Invalid("reboot.type", "SOFT or HARD is required");
                }

                model.Reboot(tenant, serverId, hard: type == "HARD");
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "rebuild":
                var image = body.RequiredInt("imageId").ToString(System.Globalization.CultureInfo.InvariantCulture);
                model.Rebuild(tenant, serverId, image, name: null, adminPass: null, body.Metadata(), body.Personality());
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "resize":
                model.Resize(tenant, serverId, body.RequiredInt("flavorId").ToString(System.Globalization.CultureInfo.InvariantCulture));
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "confirmResize":
                model.ConfirmResize(tenant, serverId);
                return Results.StatusCode(StatusCodes.Status204NoContent);
            case "revertResize":
                model.RevertResize(tenant, serverId);
                return Results.StatusCode(StatusCodes.Status202Accepted);
            default:
                throw JsonBody.Invalid("action", $"{body.Name} is not one of reboot, rebuild, resize, confirmResize, revertResize");
        }
    }
}
