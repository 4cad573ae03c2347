using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Autoscaler.RackspaceEmulator.Model;
using Autoscaler.RackspaceEmulator.V1;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Writes a fault in the documented shape of the request's dialect.</summary>
internal static class FaultWriter
{
    public static Task WriteAsync(HttpContext http, CloudFault fault, ApiDialect dialect)
    {
        var response = http.Response;
        response.StatusCode = fault.Code;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (fault.Code == StatusCodes.Status401Unauthorized && dialect is ApiDialect.V2 or ApiDialect.Identity)
        {
            response.Headers.WWWAuthenticate = $"Keystone uri='{http.BaseUrl()}v2.0/'";
        }

        if (dialect == ApiDialect.V1 && http.ResponseFormat() == ResponseFormat.Xml)
        {
            return V1Xml.WriteAsync(http, ToXml(fault));
        }

        var body = new JsonObject { ["code"] = fault.Code, ["message"] = fault.Message };
        if (fault.Details is not null)
        {
            body["details"] = fault.Details;
        }

        if (dialect == ApiDialect.V1 && fault.RetryAt is { } at)
        {
            // The v1.0 schema types retryAfter as xsd:dateTime.
            body["retryAfter"] = FormatTime(at);
        }
        else if (fault.RetryAfterSeconds is { } retry)
        {
            // Nova reports the number of seconds as a string.
            body["retryAfter"] = retry.ToString(CultureInfo.InvariantCulture);
        }

        return JsonReply.WriteAsync(http, fault.Code, new JsonObject { [fault.Name] = body });
    }

    public static XElement ToXml(CloudFault fault)
    {
        var element = new XElement(
            V1Xml.Ns + fault.Name,
            new XAttribute("code", fault.Code),
            new XElement(V1Xml.Ns + "message", fault.Message));
        if (fault.Details is not null)
        {
            element.Add(new XElement(V1Xml.Ns + "details", fault.Details));
        }

        if (fault.RetryAt is { } at)
        {
            element.Add(new XAttribute("retryAfter", FormatTime(at)));
        }

        return element;
    }

    private static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
