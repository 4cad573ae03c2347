using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Autoscaler.RackspaceEmulator.V1;

/// <summary>The v1.0 XML namespace and XML writing.</summary>
internal static class V1Xml
{
    public static readonly XNamespace Ns = "http://docs.rackspacecloud.com/servers/api/v1.0";

    public static string Serialize(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting);

    public static async Task WriteAsync(HttpContext http, XElement root)
    {
        http.Response.ContentType = "application/xml";
        var bytes = Encoding.UTF8.GetBytes(Serialize(root));
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
    }
}
