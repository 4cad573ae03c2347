using System.Text.Json.Nodes;
using Autoscaler.RackspaceApi.Http;
using Autoscaler.RackspaceApi.Serialization;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>Reads and writes v2 bodies (always JSON).</summary>
internal static class V2Json
{
    public static T Read<T>(ResponseText text, string operation, Func<T, object?> required, string wrapper)
    {
        var envelope = RackspaceJson.Deserialize<T>(text.Body, operation);
        return required(envelope) is null
            ? throw new RackspaceResponseFormatException(operation, $"the body has no \"{wrapper}\" object")
            : envelope;
    }

    public static RequestBody Body(JsonNode node) => new(node.ToJsonString(), MediaTypes.Json);

    public static JsonObject Strings(IReadOnlyDictionary<string, string> values)
    {
        var node = new JsonObject();
        foreach (var (key, value) in values)
        {
            node[key] = value;
        }

        return node;
    }

    /// <summary>The marker of the next page, from a rel=next link's query.</summary>
    public static string? NextMarker(IReadOnlyList<Models.V2Link>? links)
    {
        var next = links?.FirstOrDefault(l => l.Rel == "next")?.Href;
        if (next is null || !Uri.TryCreate(next, UriKind.Absolute, out var uri))
        {
            return null;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] == "marker")
            {
                return Uri.UnescapeDataString(parts[1]);
            }
        }

        return null;
    }
}
