namespace Autoscaler.RackspaceApi.Identity;

/// <summary>One endpoint of a service in the identity service catalog.</summary>
/// <param name="Region">The region (DFW, ORD, IAD, LON, SYD, HKG), or null for a global endpoint.</param>
/// <param name="PublicUrl">The public URL, e.g. https://dfw.servers.api.rackspacecloud.com/v2/{tenant}.</param>
/// <param name="TenantId">The tenant the endpoint serves.</param>
public sealed record ServiceEndpoint(string? Region, Uri PublicUrl, string? TenantId);
