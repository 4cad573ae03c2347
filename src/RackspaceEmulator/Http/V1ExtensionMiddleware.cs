using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Strips a .json or .xml extension from v1.0 paths before routing and records it as the response format.</summary>
internal sealed class V1ExtensionMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/v1.0", StringComparison.Ordinal))
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                http.SetExtensionFormat(ResponseFormat.Json);
                http.Request.Path = new PathString(path[..^5]);
            }
            else if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                http.SetExtensionFormat(ResponseFormat.Xml);
                http.Request.Path = new PathString(path[..^4]);
            }
        }

        return next(http);
    }
}
