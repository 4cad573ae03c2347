using System.Text.Json.Nodes;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>GET /limits (v2): rate[] grouped by uri/regex with limit[] per verb, and absolute limits with usage.</summary>
internal static class V2LimitsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/limits", (HttpContext http, CloudModel model, RateLimiter limiter) =>
        {
            var tenant = http.Tenant();
            var rates = new JsonArray();
            foreach (var group in limiter.Status(tenant).GroupBy(r => (r.Rule.Uri, r.Rule.Regex)))
            {
                rates.Add(new JsonObject
                {
                    ["uri"] = group.Key.Uri,
                    ["regex"] = group.Key.Regex,
                    ["limit"] = new JsonArray([.. group.Select(r => (JsonNode)new JsonObject
                    {
                        ["verb"] = r.Rule.Verb,
                        ["value"] = r.Rule.Value,
                        ["remaining"] = r.Remaining,
                        ["unit"] = r.Rule.Unit,
                        ["next-available"] = V2Views.Time(r.Remaining > 0 ? model.Now : r.ResetTime),
                    })]),
                });
            }

            var limits = model.Options.AbsoluteLimits;
            var usage = model.Usage(tenant);
            return JsonReply.Result(StatusCodes.Status200OK, new JsonObject
            {
                ["limits"] = new JsonObject
                {
                    ["rate"] = rates,
                    ["absolute"] = new JsonObject
                    {
                        ["maxTotalRAMSize"] = limits.MaxTotalRamSize,
                        ["totalRAMUsed"] = usage.TotalRamUsed,
                        ["maxTotalInstances"] = limits.MaxTotalInstances,
                        ["totalInstancesUsed"] = usage.TotalInstancesUsed,
                        ["maxServerMeta"] = limits.MaxServerMeta,
                        ["maxPersonality"] = limits.MaxPersonality,
                        ["maxPersonalitySize"] = limits.MaxPersonalitySize,
                        ["maxImageMeta"] = limits.MaxServerMeta,
                    },
                },
            });
        }).Operation("ListLimits");
    }
}
