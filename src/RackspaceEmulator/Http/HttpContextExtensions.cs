using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Per-request state the pipeline hands to the endpoints.</summary>
internal static class HttpContextExtensions
{
    private const string TenantKey = "emulator.tenant";
    private const string ExtensionKey = "emulator.extension";

    public static TenantContext Tenant(this HttpContext http) =>
        http.Items[TenantKey] as TenantContext ?? throw new InvalidOperationException("The request was not authenticated.");

    public static TenantContext? TenantOrNull(this HttpContext http) => http.Items[TenantKey] as TenantContext;

    public static void SetTenant(this HttpContext http, TenantContext tenant) => http.Items[TenantKey] = tenant;

    public static void SetExtensionFormat(this HttpContext http, ResponseFormat format) => http.Items[ExtensionKey] = format;

    /// <summary>The v1.0 response format: a .json/.xml extension wins over Accept; JSON is the default.</summary>
    public static ResponseFormat ResponseFormat(this HttpContext http)
    {
        if (http.Items[ExtensionKey] is ResponseFormat fromExtension)
        {
            return fromExtension;
        }

        foreach (var accept in http.Request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var mediaType = accept.MediaType.Value;
            if (mediaType is "application/xml" or "text/xml")
            {
                return Http.ResponseFormat.Xml;
            }

            if (mediaType is "application/json" or "*/*" or "application/*")
            {
                return Http.ResponseFormat.Json;
            }
        }

        return Http.ResponseFormat.Json;
    }

    /// <summary>The base address the caller used, ending with '/'.</summary>
    public static string BaseUrl(this HttpContext http) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
}
