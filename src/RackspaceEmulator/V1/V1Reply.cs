using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Http;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>v1.0 responses in JSON or XML as the request asked (extension, then Accept), with Last-Modified on reads
/// and, when fault injection asks for it, 203 Non-Authoritative for cached reads.</summary>
internal static class V1Reply
{
    public static IResult Result(HttpContext http, int status, Func<JsonNode> json, Func<XElement> xml, DateTimeOffset? lastModified = null)
    {
        if (HttpMethods.IsGet(http.Request.Method) && status == StatusCodes.Status200OK)
        {
            var model = http.RequestServices.GetService(typeof(CloudModel)) as CloudModel;
            var modified = lastModified ?? model?.Now;
            if (modified is { } time)
            {
                http.Response.Headers.LastModified = time.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
            }

            if (model is not null && model.Faults.CachedResponseRate > 0 && model.NextDouble() < model.Faults.CachedResponseRate)
            {
                status = StatusCodes.Status203NonAuthoritative;
            }
        }

        http.Response.Headers.Vary = "Accept, Accept-Encoding, X-Auth-Token";
        return http.ResponseFormat() == ResponseFormat.Xml
            ? Results.Content(V1Xml.Serialize(xml()), "application/xml", Encoding.UTF8, status)
            : Results.Content(json().ToJsonString(), "application/json", Encoding.UTF8, status);
    }
}
