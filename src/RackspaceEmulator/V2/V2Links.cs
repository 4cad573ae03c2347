using Autoscaler.RackspaceEmulator.Http;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V2;

/// <summary>The v2 URLs of a request: the catalog's publicURL and the bookmark (version-less) base.</summary>
internal sealed record V2Links(string PublicUrl, string BookmarkUrl)
{
    public static V2Links Of(HttpContext http, TenantContext tenant)
    {
        var regionBase = $"{http.BaseUrl()}{tenant.Region.ToLowerInvariant()}";
        return new V2Links($"{regionBase}/v2/{tenant.TenantId}", $"{regionBase}/{tenant.TenantId}");
    }

    public string Self(string collection, string id) => $"{PublicUrl}/{collection}/{id}";

    public string Bookmark(string collection, string id) => $"{BookmarkUrl}/{collection}/{id}";
}
