using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>The identity v2.0 token response (POST /v2.0/tokens), as documented.</summary>
internal sealed class IdentityV2Response
{
    [JsonPropertyName("access")]
    public IdentityV2Access? Access { get; set; }
}

internal sealed class IdentityV2Access
{
    [JsonPropertyName("token")]
    public IdentityV2Token? Token { get; set; }

    [JsonPropertyName("serviceCatalog")]
    public List<IdentityV2Service>? ServiceCatalog { get; set; }

    [JsonPropertyName("user")]
    public IdentityV2User? User { get; set; }
}

internal sealed class IdentityV2Token
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("expires")]
    public DateTimeOffset? Expires { get; set; }

    [JsonPropertyName("tenant")]
    public IdentityV2Tenant? Tenant { get; set; }

    public override string ToString() => "IdentityV2Token";
}

internal sealed class IdentityV2Tenant
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

internal sealed class IdentityV2User
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("RAX-AUTH:defaultRegion")]
    public string? DefaultRegion { get; set; }
}

internal sealed class IdentityV2Service
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("endpoints")]
    public List<IdentityV2Endpoint>? Endpoints { get; set; }
}

internal sealed class IdentityV2Endpoint
{
    [JsonPropertyName("publicURL")]
    public string? PublicUrl { get; set; }

    [JsonPropertyName("region")]
    public string? Region { get; set; }

    [JsonPropertyName("tenantId")]
    public string? TenantId { get; set; }
}
