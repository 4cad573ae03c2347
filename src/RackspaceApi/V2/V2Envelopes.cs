using System.Text.Json.Serialization;
using Autoscaler.RackspaceApi.V2.Models;

namespace Autoscaler.RackspaceApi.V2;

/// <summary>The documented top-level wrappers of v2 bodies.</summary>
internal sealed record V2ServersEnvelope(
    [property: JsonPropertyName("servers")] IReadOnlyList<V2Server>? Servers,
    [property: JsonPropertyName("servers_links")] IReadOnlyList<V2Link>? Links);

internal sealed record V2ServerEnvelope([property: JsonPropertyName("server")] V2Server? Server);

internal sealed record V2CreatedServerEnvelope([property: JsonPropertyName("server")] V2CreatedServer? Server);

internal sealed record V2FlavorsEnvelope([property: JsonPropertyName("flavors")] IReadOnlyList<V2Flavor>? Flavors);

internal sealed record V2FlavorEnvelope([property: JsonPropertyName("flavor")] V2Flavor? Flavor);

internal sealed record V2ImagesEnvelope(
    [property: JsonPropertyName("images")] IReadOnlyList<V2Image>? Images,
    [property: JsonPropertyName("images_links")] IReadOnlyList<V2Link>? Links);

internal sealed record V2ImageEnvelope([property: JsonPropertyName("image")] V2Image? Image);

internal sealed record V2LimitsEnvelope([property: JsonPropertyName("limits")] V2Limits? Limits);

internal sealed record V2MetadataEnvelope([property: JsonPropertyName("metadata")] IReadOnlyDictionary<string, string>? Metadata);

internal sealed record V2MetaEnvelope([property: JsonPropertyName("meta")] IReadOnlyDictionary<string, string>? Meta);
