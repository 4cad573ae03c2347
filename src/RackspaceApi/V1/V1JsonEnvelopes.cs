using System.Text.Json.Serialization;
using Autoscaler.RackspaceApi.V1.Models;

namespace Autoscaler.RackspaceApi.V1;

/// <summary>The documented top-level wrappers of v1.0 JSON bodies.</summary>
internal sealed record V1ServersEnvelope([property: JsonPropertyName("servers")] IReadOnlyList<V1Server>? Servers);

internal sealed record V1ServerEnvelope([property: JsonPropertyName("server")] V1Server? Server);

internal sealed record V1AddressesEnvelope([property: JsonPropertyName("addresses")] V1Addresses? Addresses);

internal sealed record V1PublicEnvelope([property: JsonPropertyName("public")] IReadOnlyList<string>? Public);

internal sealed record V1PrivateEnvelope([property: JsonPropertyName("private")] IReadOnlyList<string>? Private);

internal sealed record V1FlavorsEnvelope([property: JsonPropertyName("flavors")] IReadOnlyList<V1Flavor>? Flavors);

internal sealed record V1FlavorEnvelope([property: JsonPropertyName("flavor")] V1Flavor? Flavor);

internal sealed record V1ImagesEnvelope([property: JsonPropertyName("images")] IReadOnlyList<V1Image>? Images);

internal sealed record V1ImageEnvelope([property: JsonPropertyName("image")] V1Image? Image);

internal sealed record V1SharedIpGroupsEnvelope([property: JsonPropertyName("sharedIpGroups")] IReadOnlyList<V1SharedIpGroup>? SharedIpGroups);

internal sealed record V1SharedIpGroupEnvelope([property: JsonPropertyName("sharedIpGroup")] V1SharedIpGroup? SharedIpGroup);

internal sealed record V1BackupScheduleEnvelope([property: JsonPropertyName("backupSchedule")] V1BackupSchedule? BackupSchedule);

internal sealed record V1LimitsEnvelope([property: JsonPropertyName("limits")] V1Limits? Limits);

internal sealed record V1VersionsEnvelope([property: JsonPropertyName("versions")] IReadOnlyList<V1Version>? Versions);

internal sealed record V1VersionEnvelope([property: JsonPropertyName("version")] V1Version? Version);
