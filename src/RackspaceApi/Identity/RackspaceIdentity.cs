using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>What authentication established, without the token itself (which never leaves the client).</summary>
/// <param name="EventType">The identity service's answer (v1.0 success is Success204, v2.0 Success200).</param>
/// <param name="Expires">When the token expires (v1.0: issue time plus the configured lifetime).</param>
/// <param name="TenantId">The tenant (account) id, when the identity service says.</param>
/// <param name="DefaultRegion">The user's RAX-AUTH:defaultRegion (v2.0), when set.</param>
/// <param name="ServiceCatalog">The v2.0 service catalog (empty for v1.0).</param>
/// <param name="ServerManagementUrl">The v1.0 X-Server-Management-Url (null for v2.0).</param>
/// <param name="StorageUrl">The v1.0 X-Storage-Url, when sent.</param>
/// <param name="CdnManagementUrl">The v1.0 X-CDN-Management-Url, when sent.</param>
public sealed record RackspaceIdentity(
    RackspaceEventType EventType,
    DateTimeOffset Expires,
    string? TenantId,
    string? DefaultRegion,
    IReadOnlyList<ServiceCatalogEntry> ServiceCatalog,
    Uri? ServerManagementUrl,
    Uri? StorageUrl = null,
    Uri? CdnManagementUrl = null);
