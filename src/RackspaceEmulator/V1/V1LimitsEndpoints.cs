using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>GET /limits (v1.0): rate[] of {verb, URI, regex, value, remaining, unit, resetTime} and absolute limits.</summary>
internal static class V1LimitsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/limits", (HttpContext http, CloudModel model, RateLimiter limiter) =>
        {
            var tenant = http.Tenant();
            var rates = limiter.Status(tenant);
            var limits = model.Options.AbsoluteLimits;
            (string Name, int Value)[] absolute =
            [
                ("maxTotalRAMSize", limits.MaxTotalRamSize),
                ("maxIPGroups", limits.MaxIpGroups),
                ("maxIPGroupMembers", limits.MaxIpGroupMembers),
            ];
            return V1Reply.Result(
                http,
                StatusCodes.Status200OK,
                () => new JsonObject
                {
                    ["limits"] = new JsonObject
                    {
                        ["rate"] = new JsonArray([.. rates.Select(r => (JsonNode)new JsonObject
                        {
                            ["verb"] = r.Rule.Verb,
                            ["URI"] = r.Rule.Uri,
                            ["regex"] = r.Rule.Regex,
                            ["value"] = r.Rule.Value,
                            ["remaining"] = r.Remaining,
                            ["unit"] = r.Rule.Unit,
                            ["resetTime"] = r.ResetTime.ToUnixTimeSeconds(),
                        })]),
                        ["absolute"] = new JsonObject([.. absolute.Select(a => KeyValuePair.Create(a.Name, (JsonNode?)a.Value))]),
                    },
                },
                () => new XElement(
                    V1Xml.Ns + "limits",
                    new XElement(V1Xml.Ns + "rate", rates.Select(r => new XElement(
                        V1Xml.Ns + "limit",
                        new XAttribute("verb", r.Rule.Verb),
                        new XAttribute("URI", r.Rule.Uri),
                        new XAttribute("regex", r.Rule.Regex),
                        new XAttribute("value", r.Rule.Value),
                        new XAttribute("remaining", r.Remaining),
                        new XAttribute("unit", r.Rule.Unit),
                        new XAttribute("resetTime", r.ResetTime.ToUnixTimeSeconds())))),
                    new XElement(V1Xml.Ns + "absolute", absolute.Select(a => new XElement(
                        V1Xml.Ns + "limit", new XAttribute("name", a.Name), new XAttribute("value", a.Value))))));
        }).Operation("ListLimits");
    }
}
