using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>A reference to an image or flavor inside a server (<c>{"id":..,"links":[..]}</c>; boot-from-volume servers send "").</summary>
[JsonConverter(typeof(V2ReferenceConverter))]
public sealed record V2Reference
{
    /// <summary>The referenced id (empty when the server has none, e.g. booted from a volume).</summary>
    public string Id { get; init; } = "";

    /// <summary>The reference's links.</summary>
    public IReadOnlyList<V2Link> Links { get; init; } = [];
}
