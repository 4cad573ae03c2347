using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>GET /servers/{id}/ips and /servers/{id}/ips/{network}.</summary>
internal static class V2AddressEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/servers/{serverId}/ips", (HttpContext http, CloudModel model, string serverId) =>
        {
            var server = model.GetServer(http.Tenant(), serverId);
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { ["addresses"] = V2Views.Addresses(server) });
        }).Operation("ListServerAddresses");
        api.MapGet("/servers/{serverId}/ips/{network}", (HttpContext http, CloudModel model, string serverId, string network) =>
        {
            var server = model.GetServer(http.Tenant(), serverId);
            var addresses = V2Views.Addresses(server)[network]
                ?? throw new CloudFaultException(CloudFault.ItemNotFound($"Network {network} could not be found for the instance."));
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject { [network] = addresses.DeepClone() });
        }).Operation("ListServerAddressesByNetwork");
    }
}
